/**
 * What an API token for another system may do (GitHub-style fine-grained scopes). Staff sessions have no
 * scopes: their role decides. Personal data of residents needs PII_READ on top of the read scopes
 * (seed 001: 保护客户隐私，不得泄露个人信息).
 */
export enum ApiScope {
  TICKETS_READ = 'tickets:read',
  CALLBACKS_READ = 'callbacks:read',
  STATISTICS_READ = 'statistics:read',
  TICKETS_WRITE = 'tickets:write',
  PII_READ = 'pii:read',
  /** ask for an owner's survey or confirmation link (the call centre's SMS gateway) */
  OWNER_LINKS_WRITE = 'owner-links:write',
}

export const ALL_API_SCOPES: readonly ApiScope[] = Object.values(ApiScope);

/** Recognisable prefix of API tokens (like GitHub's ghp_), so a leaked one can be found by secret scanners. */
export const API_TOKEN_PREFIX = 'hfk_';

export function isApiScope(value: string): value is ApiScope {
  return (ALL_API_SCOPES as readonly string[]).includes(value);
}
