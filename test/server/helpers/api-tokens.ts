import type { Client } from './test-app';

/** Creates an API token as the given admin client; returns its id, version and the secret (shown once). */
export async function createTestApiToken(admin: Client, input: { name?: string; scopes: string[]; projectIds?: string[] | null; expiresAt?: string | null }) {
  const res = await admin.gql(
    `mutation ($input: CreateApiTokenInput!) {
       createApiToken(input: $input) { secret apiToken { id version name tokenHint scopes lastUsedAt revokedAt active projects { code } } userErrors { field code message } }
     }`,
    { input: { name: input.name ?? '呼叫中心', ...input } },
  );
  if (res.errors || res.data.createApiToken.userErrors.length) throw new Error(JSON.stringify(res));
  return res.data.createApiToken as { secret: string; apiToken: { id: string; version: number; tokenHint: string; scopes: string[] } };
}
