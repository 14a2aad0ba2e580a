import { isMessageKey } from '@hf/shared';
import { createTestApiToken } from './helpers/api-tokens';
import { createTestCallback, createTestTicket } from './helpers/factories';
import { Client, initTestApp, TestApp } from './helpers/test-app';
import { BAD_INPUTS, BadInput, Fixture, Sender } from './bad-input.corpus';

/** Row count and checksum of every table (API tokens' last-used time is bookkeeping, not data, and is left out). */
async function databaseFingerprint(app: TestApp): Promise<Record<string, string>> {
  const sql = app.orm.em.getConnection();
  const tables: { table_name: string }[] = await sql.execute(
    // login_failure counts failed sign-ins and graphql_rate_limit the query cost by design (counted, not stored as data)
    `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not in ('login_failure', 'graphql_rate_limit') order by table_name`,
  );
  const parts = tables.map(({ table_name: t }) =>
    `select '${t}' as t, count(*)::text || ':' || md5(coalesce(string_agg((to_jsonb(x) - 'last_used_at')::text, '|' order by (to_jsonb(x) - 'last_used_at')::text), '')) as v from "${t}" x`,
  );
  const rows: { t: string; v: string }[] = await sql.execute(parts.join(' union all '));
  return Object.fromEntries(rows.map((r) => [r.t, r.v]));
}

const LEAK = /\bat [\w.<>]+ \(|node_modules|\.ts:\d+|select .* from|insert into|syntax error at|violates|stacktrace/i;

describe('bad input: every malformed request gets a coded error and changes nothing', () => {
  let app: TestApp;
  let senders: Record<Sender, Client>;
  let fixture: Fixture;

  beforeAll(async () => {
    app = await initTestApp();
    const [clerk, clerkB, supervisor, admin] = await Promise.all([app.as('zhangli'), app.as('liumei'), app.as('liqiang'), app.as('admin')]);
    const callbackA = await createTestCallback(clerk, app.projectA, { kind: 'HELP', category: null });
    const ticketA = (await clerk.gql(`query ($id: ID!) { node(id: $id) { ... on Callback { ticket { id version } } } }`, { id: callbackA.id })).data.node.ticket;
    const openTicketA = (await createTestTicket(clerk, app.projectA)).ticket;
    const callbackB = await createTestCallback(clerkB, app.projectB, { kind: 'HELP', category: null });
    const ticketB = (await clerkB.gql(`query ($id: ID!) { node(id: $id) { ... on Callback { ticket { id version } } } }`, { id: callbackB.id })).data.node.ticket;
    const policy = async (projectId: string) =>
      (await admin.gql(`query ($p: ID) { callbackPolicies(projectId: $p) { id version kind } }`, { p: projectId })).data.callbackPolicies.find((p: any) => p.kind === 'HELP');
    const userB = (await admin.gql(`query ($p: ID!) { staff(projectId: $p, role: CLERK) { id } }`, { p: app.projectB })).data.staff[0].id;
    const token = await createTestApiToken(admin, { scopes: ['TICKETS_READ', 'TICKETS_WRITE'], projectIds: [app.projectA] });
    const reportB = (await clerkB.gql(`mutation { saveQuarterlyReport(input: { projectId: "${app.projectB}", period: "2026Q2", analysis: "二季度" }) { report { id version } } }`))
      .data.saveQuarterlyReport.report;
    fixture = {
      projectA: app.projectA, projectB: app.projectB, ticketA, openTicketA, ticketB, callbackA, callbackB,
      policyA: await policy(app.projectA), policyB: await policy(app.projectB), userB, tokenId: token.apiToken.id, reportB,
    };
    senders = { clerk, supervisor, admin, anonymous: app.anonymous, token: app.bearer(token.secret) };
  });
  afterAll(() => app.close());

  it('should hold at least 100 malformed requests', () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(BAD_INPUTS.map((c) => c.name)).size).toBe(BAD_INPUTS.length);
  });

  async function send(c: BadInput): Promise<{ status: number; text: string; json: any }> {
    const sender = senders[c.as];
    const headers: Record<string, string> = { 'content-type': c.raw?.contentType ?? 'application/json', ...(sender.token ? { authorization: `Bearer ${sender.token}` } : {}), ...c.raw?.headers };
    const method = c.raw?.method ?? 'POST';
    const body = c.raw ? c.raw.body : JSON.stringify({ query: c.query, variables: c.vars?.(fixture) });
    const res = await fetch(`${app.url}${c.raw?.path ?? '/graphql'}`, { method, headers, body: method === 'GET' ? undefined : body });
    const text = await res.text();
    let json: any = null;
    try { json = JSON.parse(text); } catch { /* not JSON: asserted below */ }
    return { status: res.status, text, json };
  }

  /** the codes in errors[], or else in the userErrors of the mutation payload */
  function answer(json: any): { codes: string[]; fields: string[][]; errors: { code: string; field: string[]; message: string }[] } {
    if (json?.errors?.length) {
      const errors = json.errors.map((e: any) => ({ code: e.extensions?.code, field: e.extensions?.field ?? [], message: e.message }));
      return { codes: errors.map((e: any) => e.code), fields: errors.map((e: any) => e.field), errors };
    }
    const payload = Object.values(json?.data ?? {})[0] as { userErrors?: { code: string; field: string[]; message: string }[] } | null;
    const userErrors = payload?.userErrors ?? [];
    return { codes: userErrors.map((e) => e.code), fields: userErrors.map((e) => e.field), errors: userErrors };
  }

  it.each(BAD_INPUTS.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const before = await databaseFingerprint(app);
    const res = await send(c);
    const after = await databaseFingerprint(app);

    expect(res.json).not.toBeNull();
    const { codes, fields, errors } = answer(res.json);
    expect(codes).toContain(c.code);
    expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
    if (c.field) expect(fields).toContainEqual(c.field);
    if (c.message) expect(errors.find((e) => JSON.stringify(e.field) === JSON.stringify(c.field))?.message).toMatch(c.message);
    // a grid edit is refused as userErrors naming ["rows", index, column] (or the whole paste, ["rows"]), never as a request error
    if (c.query?.includes('updateCallbacks(')) {
      expect(res.json.errors).toBeUndefined();
      for (const field of fields) expect(field.length === 1 ? field : field.slice(0, 1)).toEqual(['rows']);
      for (const field of fields.filter((f) => f.length > 1)) expect(field).toEqual(['rows', expect.stringMatching(/^\d+$/), expect.any(String)]);
    }
    expect(res.text).not.toMatch(LEAK);
    // every refusal names its text in the shared catalogue (issue 13: the client shows it in its language)
    for (const e of res.json?.errors ?? []) expect({ message: e.message, messageKey: isMessageKey(e.extensions?.messageKey) }).toEqual({ message: e.message, messageKey: true });
    // schema suggestions only for signed-in staff
    if (c.as === 'anonymous' || c.as === 'token') expect(res.text).not.toMatch(/Did you mean/);
    expect(after).toEqual(before);
  });
});
