import { createTestApiToken } from './helpers/api-tokens';
import { createTestTicket } from './helpers/factories';
import { Client, client, initTestApp, TestApp } from './helpers/test-app';

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: (() => { try { return JSON.parse(text); } catch { return null; } })() };
}

const codes = (json: any): string[] => (json?.errors ?? []).map((e: any) => e.extensions?.code);

// OWASP GraphQL Cheat Sheet and GitHub's limits: everything here is refused before any resolver runs
describe('query limits', () => {
  let app: TestApp;
  let clerk: Client;
  let admin: Client;

  beforeAll(async () => {
    app = await initTestApp();
    [clerk, admin] = await Promise.all([app.as('zhangli'), app.as('admin')]);
    await createTestTicket(clerk, app.projectA);
  });
  afterAll(() => app.close());

  it('should refuse a query nested deeper than 10 levels', async () => {
    const deep = `{ callbacks { edges { node { ticket { callbacks { ticket { callbacks { ticket { callbacks { ticket { number } } } } } } } } } } }`;
    const res = await post(app.url, JSON.stringify({ query: deep }), { authorization: `Bearer ${clerk.token}` });
    expect(res.status).toBe(400);
    expect(codes(res.json)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(res.json.errors[0].message).toMatch(/depth 11 exceeds 10/);
  });

  it('should refuse more than 30 aliases and more than 10 root fields', async () => {
    const aliases = `{ me { ${Array.from({ length: 31 }, (_, i) => `a${i}: user { username }`).join(' ')} } }`;
    const many = await clerk.gql(aliases);
    expect(codes(many)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(many.errors![0].message).toMatch(/31 aliases/);

    const roots = `{ ${Array.from({ length: 11 }, (_, i) => `p${i}: projects { code }`).join(' ')} }`;
    const wide = await clerk.gql(roots);
    expect(codes(wide)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(wide.errors![0].message).toMatch(/11 root fields/);
    expect((await clerk.gql(`{ ${Array.from({ length: 10 }, (_, i) => `p${i}: projects { code }`).join(' ')} }`)).data.p9).toEqual([{ code: 'A01' }]);
  });

  it('should compute the cost before execution and refuse a query over 10,000', async () => {
    const costly = await clerk.gql(`{ tickets(first: 500) { edges { node { callbacks { attempts { note } } } } } }`);
    expect(codes(costly)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(costly.errors![0].message).toMatch(/query cost \d+ exceeds 10000/);
    expect(costly.data).toBeUndefined();
    // the grid's page of 500 callbacks with ticket and assignee stays well inside
    const grid = await clerk.gql(`{ callbacks(first: 500) { edges { node { serialCode ticket { number ownerName } assignee { displayName } coAssignee { displayName } } } pageInfo { hasNextPage } } }`);
    expect(grid.errors).toBeUndefined();
  });

  it('should charge a repeated query the same cost every time and another page size its own, and refuse an oversize page every time', async () => {
    const query = `query ($first: Int) { callbacks(first: $first) { edges { node { serialCode ticket { number } } } } }`;
    let used = 0;
    const charge = async (first: number) => {
      const res = await post(app.url, JSON.stringify({ query, variables: { first } }), { authorization: `Bearer ${clerk.token}` });
      const now = Number(res.headers.get('x-ratelimit-used'));
      const cost = now - used;
      used = now;
      return { cost, codes: codes(res.json) };
    };
    await charge(50);
    const [first, second, small, third] = [await charge(50), await charge(50), await charge(5), await charge(50)];
    expect(first.codes).toEqual([]);
    expect(second.cost).toBe(first.cost);
    expect(third.cost).toBe(first.cost);
    expect(small.cost).toBeLessThan(first.cost);
    expect(small.cost).toBeGreaterThan(0);
    // a refusal is not remembered as a cost: the same oversize page is refused again, before execution
    expect((await charge(501)).codes).toEqual(['BAD_USER_INPUT']);
    expect((await charge(501)).codes).toEqual(['BAD_USER_INPUT']);
  });

  // what the statistics page, the report and the export register ask for must never be refused as too complex
  const KIND = `kind ticketsCompleted callbacksRequired targetRatePercent callbacksPlanned callbacksDone achievedRatePercent targetMet doneWithinWindow overdue unreachable`;
  const FULL_STATISTICS = `projectId projectCode projectName period periodKind from to asOf computedAt kinds { ${KIND} } totals { ${KIND} }
    satisfaction { distribution { level count } rated satisfiedRatePercent }
    unqualifiedCallbacks { callbackId serialCode ticketNumber kind ownerName unit phone summary purpose status performedAt visitors satisfaction shortcomings suggestions reviewOpinion escalatedTo handlingOpinion followUp }
    repeatedComplaints { unit matter count ownerNames ticketNumbers firstReceivedOn lastReceivedOn }
    repeatedRepairs { unit category count ownerNames ticketNumbers firstReceivedOn lastReceivedOn }
    spotCheck { ratePercent repairRecords required planned done remaining }`;

  it('should let the statistics page (figures, report, its history) and the export register through, well under the cost limit', async () => {
    const supervisor = await app.as('liqiang');
    const ask = async (bearer: string, query: string) => {
      const res = await post(app.url, JSON.stringify({ query, variables: { p: app.projectA } }), { authorization: `Bearer ${bearer}` });
      expect(res.json.errors).toBeUndefined();
      expect(res.status).toBe(200);
      return { data: res.json.data, cost: Number(res.headers.get('x-ratelimit-used')) };
    };
    const page = await ask(supervisor.token!, `query ($p: ID!) {
      quarterlyStatistics(projectId: $p) { ${FULL_STATISTICS} }
      archiveStatus(projectId: $p) { period archived dueDate reminder }
      quarterlyReport(projectId: $p, period: "2026Q2") { id status figures { ${FULL_STATISTICS} } submittedBy { displayName } reviewedBy { displayName }
        history(first: 50) { totalCount edges { node { action field oldValue newValue changedAt changedBy { displayName } } } } }
      quarterlyReports(projectId: $p) { period status submittedAt } }`);
    expect(page.data.quarterlyStatistics.kinds.length).toBeGreaterThan(0);
    // the figures are ~55 points, the report's page of history 151; the whole page a few hundred
    expect(page.cost).toBeLessThan(1_000);
    const register = await ask(supervisor.token!, `query ($p: ID!) {
      exportRegister(projectId: $p, first: 500) { totalCount edges { node { number period sha256 byteSize rowCounts { sheet rows } exportedBy { displayName } } } } }`);
    expect(register.data.exportRegister.totalCount).toBe(0);
    expect(register.cost - page.cost).toBeLessThan(10_000);

    // another system's full statistics read, on its own budget
    const { secret } = await createTestApiToken(admin, { scopes: ['STATISTICS_READ'] });
    expect((await ask(secret, `query ($p: ID!) { quarterlyStatistics(projectId: $p) { ${FULL_STATISTICS} } }`)).cost).toBeLessThan(100);
  });

  it('should refuse JSON-array batching and requests that could be cross-site', async () => {
    const batch = await post(app.url, JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(batch.status).toBe(400);
    expect(batch.text).not.toMatch(/"data"/);

    const simple = await post(app.url, JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'text/plain' });
    expect(simple.status).toBe(400);
    const get = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF|preflight/i);
    const preflighted = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await preflighted.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('should answer introspection to signed-in staff only', async () => {
    const q = `{ __schema { queryType { name } } }`;
    expect(codes(await app.anonymous.gql(q))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await app.anonymous.gql(`{ __type(name: "Ticket") { fields { name } } }`))).toEqual(['UNAUTHENTICATED']);
    const token = app.bearer((await createTestApiToken(admin, { scopes: ['TICKETS_READ', 'PII_READ'] })).secret);
    expect(codes(await token.gql(q))).toEqual(['FORBIDDEN']);
    expect((await clerk.gql(q)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect((await app.anonymous.gql(`{ __typename }`)).data).toEqual({ __typename: 'Query' });
  });

  it('should not suggest field names to anonymous callers', async () => {
    const anonymous = await app.anonymous.gql(`{ ticket { id } }`);
    expect(codes(anonymous)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(anonymous.errors![0].message).not.toMatch(/Did you mean/);
    const staff = await clerk.gql(`{ ticket { id } }`);
    expect(staff.errors![0].message).toMatch(/Did you mean "tickets"/);
  });

  it('should answer unreadable or oversized bodies with a coded error and no internals', async () => {
    const broken = await post(app.url, '{"query": "{ __typename }"');
    expect(broken.status).toBe(400);
    expect(codes(broken.json)).toEqual(['BAD_REQUEST']);
    const huge = await post(app.url, JSON.stringify({ query: '{ __typename }', variables: { x: 'x'.repeat(1_100_000) } }));
    expect(huge.status).toBe(413);
    expect(codes(huge.json)).toEqual(['BAD_REQUEST']);
    const tokens = await post(app.url, JSON.stringify({ query: `{ ${'__typename '.repeat(6000)} }` }));
    expect(tokens.status).toBe(400);
    expect(codes(tokens.json)).toEqual(['GRAPHQL_PARSE_FAILED']);
    for (const res of [broken, huge, tokens]) expect(res.text).not.toMatch(/\bat \w+ \(|node_modules|stacktrace|select /i);
  });

  it('should charge each caller the query cost, report it in x-ratelimit-* headers and answer 429 when spent — in every process', async () => {
    const limits = { rateLimit: { windowSeconds: 3600, tokenPoints: 30, sessionPoints: 1_000_000, anonymousPoints: 1000 } };
    const small = await app.startAnother(limits);
    // a second process on the same database: the budget is counted in PostgreSQL, so it spends the same one
    const other = await app.startAnother(limits);
    try {
      const { secret } = await createTestApiToken(admin, { scopes: ['TICKETS_READ'] });
      const query = JSON.stringify({ query: '{ tickets(first: 10) { edges { node { number } } } }' });
      const first = await post(small.url, query, { authorization: `Bearer ${secret}` });
      expect(first.status).toBe(200);
      // cost: the connection 1 + 10 × (edges 1 + node 1) = 21
      expect(Object.fromEntries(['limit', 'remaining', 'used', 'resource'].map((h) => [h, first.headers.get(`x-ratelimit-${h}`)]))).toEqual({
        limit: '30', remaining: '9', used: '21', resource: 'graphql',
      });
      const reset = Number(first.headers.get('x-ratelimit-reset'));
      expect(reset * 1000).toBeGreaterThan(Date.now());

      const second = await post(other.url, query, { authorization: `Bearer ${secret}` });
      expect(second.status).toBe(429);
      expect(codes(second.json)).toEqual(['RATE_LIMITED']);
      expect(second.json.data).toBeUndefined();
      expect(second.headers.get('x-ratelimit-remaining')).toBe('9');
      expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0);
      // a cheaper query still fits; another caller has its own budget
      const cheap = await post(small.url, JSON.stringify({ query: '{ tickets(first: 1) { totalCount } }' }), { authorization: `Bearer ${secret}` });
      expect(cheap.status).toBe(200);
      expect(cheap.headers.get('x-ratelimit-used')).toBe('22');
      const seenElsewhere = await post(other.url, JSON.stringify({ query: '{ tickets(first: 1) { totalCount } }' }), { authorization: `Bearer ${secret}` });
      expect(seenElsewhere.headers.get('x-ratelimit-used')).toBe('23');
      // a document refused by validation still costs a point
      const invalid = await post(small.url, JSON.stringify({ query: '{ nonsense }' }), { authorization: `Bearer ${secret}` });
      expect(invalid.status).toBe(400);
      expect(invalid.headers.get('x-ratelimit-used')).toBe('24');
      const staff = await client(small.url, clerk.token).gql(`{ tickets(first: 10) { totalCount } }`);
      expect(staff.data.tickets.totalCount).toBe(1);
    } finally {
      await Promise.all([small.close(), other.close()]);
    }
  });
});
