import { createTestApiToken } from './helpers/api-tokens';
import { createTestCallback, createTestTicket } from './helpers/factories';
import { Client, initTestApp, TestApp } from './helpers/test-app';

describe('API tokens for other systems', () => {
  let app: TestApp;
  let admin: Client;
  let clerkA: Client;
  let clerkB: Client;
  let ticketA: { id: string; number: string };
  let ticketB: { id: string; number: string };

  beforeAll(async () => {
    app = await initTestApp();
    [admin, clerkA, clerkB] = await Promise.all([app.as('admin'), app.as('zhangli'), app.as('liumei')]);
    ticketA = (await createTestTicket(clerkA, app.projectA, { ownerName: '张三丰', phone: '13812345678', unit: '3-2-1502' })).ticket;
    ticketB = (await createTestTicket(clerkB, app.projectB, { ownerName: '李四', phone: '13900001111', unit: '5-1-0101' })).ticket;
    await createTestCallback(clerkA, app.projectA);
  });
  afterAll(() => app.close());

  it('should let only an admin create a token, show the secret once and store only its hash', async () => {
    const refused = await clerkA.gql(`mutation { createApiToken(input: { name: "x", scopes: [TICKETS_READ] }) { secret } }`);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const created = await createTestApiToken(admin, { name: '数据仓库', scopes: ['TICKETS_READ'] });
    expect(created.secret).toMatch(/^hfk_[A-Za-z0-9_-]{40}$/);
    expect(created.apiToken.tokenHint).toBe(`hfk_…${created.secret.slice(-4)}`);

    const listed = await admin.gql(`{ apiTokens { id name tokenHint scopes active } }`);
    expect(listed.data.apiTokens).toContainEqual({ id: created.apiToken.id, name: '数据仓库', tokenHint: created.apiToken.tokenHint, scopes: ['TICKETS_READ'], active: true });
    expect(JSON.stringify(listed)).not.toContain(created.secret);
    const noSecretField = await admin.gql(`{ apiTokens { secret } }`);
    expect(noSecretField.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const stored = await app.orm.em.getConnection().execute(`select token_hash from api_token where name = '数据仓库'`);
    expect(stored[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(created.secret.slice(4));
  });

  it('should refuse invalid token requests with userErrors naming the field', async () => {
    const res = await admin.gql(`mutation ($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret userErrors { field code } } }`, {
      i: { name: '  ', scopes: [], expiresAt: '2001-01-01T00:00:00Z' },
    });
    expect(res.data.createApiToken.secret).toBeNull();
    expect(res.data.createApiToken.userErrors).toEqual([
      { field: ['name'], code: 'BAD_USER_INPUT' },
      { field: ['scopes'], code: 'BAD_USER_INPUT' },
      { field: ['expiresAt'], code: 'BAD_USER_INPUT' },
    ]);
  });

  it('should let a token do what its scopes say and nothing else', async () => {
    const { secret } = await createTestApiToken(admin, { scopes: ['TICKETS_READ'] });
    const token = app.bearer(secret);
    const tickets = await token.gql(`{ tickets(first: 10) { totalCount edges { node { number } } } }`);
    expect(tickets.data.tickets.totalCount).toBe(3);

    const callbacks = await token.gql(`{ callbacks(first: 10) { totalCount } }`);
    expect(callbacks.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const nested = await token.gql(`{ tickets(first: 10) { edges { node { callbacks { serialCode } } } } }`);
    expect(nested.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const me = await token.gql(`{ me { user { username } } }`);
    expect(me.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const write = await token.gql(`mutation ($i: CreateTicketInput!) { createTicket(input: $i) { ticket { number } } }`, {
      i: { projectId: app.projectA, kind: 'HELP', ownerName: '王五', unit: '1-1-101', channel: 'PHONE', summary: '求助' },
    });
    expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('should never show a project-restricted token rows of another project', async () => {
    const { secret } = await createTestApiToken(admin, { scopes: ['TICKETS_READ', 'CALLBACKS_READ'], projectIds: [app.projectA] });
    const token = app.bearer(secret);
    const all = await token.gql(`{ projects { code } tickets(first: 100) { edges { node { number } } } callbacks(first: 100) { edges { node { serialCode ticket { number } } } } }`);
    expect(all.data.projects).toEqual([{ code: 'A01' }]);
    expect(all.data.tickets.edges.map((e: any) => e.node.number).every((n: string) => n.startsWith('A01-'))).toBe(true);
    expect(all.data.callbacks.edges.every((e: any) => e.node.serialCode.startsWith('HF-A01-'))).toBe(true);

    const byNode = await token.gql(`query ($id: ID!) { node(id: $id) { id } }`, { id: ticketB.id });
    expect(byNode.data.node).toBeNull();
    const ownNode = await token.gql(`query ($id: ID!) { node(id: $id) { ... on Ticket { number } } }`, { id: ticketA.id });
    expect(ownNode.data.node.number).toBe(ticketA.number);
    const filtered = await token.gql(`query ($p: ID!) { tickets(filter: { projectId: $p }) { totalCount } }`, { p: app.projectB });
    expect(filtered.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it("should mask residents' personal data unless the token holds pii:read", async () => {
    const plain = app.bearer((await createTestApiToken(admin, { scopes: ['TICKETS_READ'] })).secret);
    const pii = app.bearer((await createTestApiToken(admin, { scopes: ['TICKETS_READ', 'PII_READ'] })).secret);
    const query = `query ($id: ID!) { node(id: $id) { ... on Ticket { ownerName phone unit } } }`;
    expect((await plain.gql(query, { id: ticketB.id })).data.node).toEqual({ ownerName: '李*', phone: '139****1111', unit: '5-*-****' });
    expect((await pii.gql(query, { id: ticketB.id })).data.node).toEqual({ ownerName: '李四', phone: '13900001111', unit: '5-1-0101' });
  });

  it('should let a call-centre token with tickets:write register a ticket, its history naming the token', async () => {
    const { secret } = await createTestApiToken(admin, { name: '400 呼叫中心', scopes: ['TICKETS_WRITE', 'TICKETS_READ'], projectIds: [app.projectA] });
    const token = app.bearer(secret);
    const res = await token.gql(
      `mutation ($i: CreateTicketInput!) { createTicket(input: $i) { ticket { number history { edges { node { action changedBy { username } changedByApiToken } } } } userErrors { field code } } }`,
      { i: { projectId: app.projectA, kind: 'HELP', ownerName: '王五', unit: '1-1-101', phone: '13700002222', channel: 'PHONE', summary: '电话求助' } },
    );
    expect(res.data.createTicket.userErrors).toEqual([]);
    expect(res.data.createTicket.ticket.number).toMatch(/^A01-/);
    expect(res.data.createTicket.ticket.history.edges[0].node).toEqual({ action: 'CREATE', changedBy: null, changedByApiToken: '400 呼叫中心' });

    const other = await token.gql(`mutation ($i: CreateTicketInput!) { createTicket(input: $i) { ticket { number } userErrors { field code } } }`, {
      i: { projectId: app.projectB, kind: 'HELP', ownerName: '王五', unit: '1-1-101', channel: 'PHONE', summary: '电话求助' },
    });
    expect(other.data.createTicket.userErrors).toEqual([{ field: ['projectId'], code: 'NOT_FOUND' }]);
  });

  it('should keep pages of API tokens to 1–100 while staff sessions may ask for 500', async () => {
    const token = app.bearer((await createTestApiToken(admin, { scopes: ['TICKETS_READ'] })).secret);
    expect((await token.gql(`{ tickets(first: 100) { totalCount } }`)).data.tickets.totalCount).toBe(4);
    const tooBig = await token.gql(`{ tickets(first: 101) { totalCount } }`);
    expect(tooBig.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: ['first'], messageKey: 'argument.pageSize', args: { name: 'first', max: 100 } });
    const zero = await token.gql(`query ($n: Int) { tickets(first: $n) { totalCount } }`, { n: 0 });
    expect(zero.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await clerkA.gql(`{ tickets(first: 500) { totalCount } }`)).data.tickets.totalCount).toBe(3);
  });

  it('should record when a token was last used and stop it at once when revoked', async () => {
    const created = await createTestApiToken(admin, { scopes: ['TICKETS_READ'] });
    expect((created.apiToken as any).lastUsedAt).toBeNull();
    const token = app.bearer(created.secret);
    expect((await token.gql(`{ tickets(first: 1) { totalCount } }`)).data.tickets.totalCount).toBeGreaterThan(0);
    const used = await admin.gql(`{ apiTokens { id lastUsedAt } }`);
    const lastUsed = used.data.apiTokens.find((t: any) => t.id === created.apiToken.id).lastUsedAt;
    expect(Date.now() - Date.parse(lastUsed)).toBeLessThan(60_000);

    const revoked = await admin.gql(`mutation ($i: RevokeApiTokenInput!) { revokeApiToken(input: $i) { apiToken { active revokedAt revokedBy { username } } userErrors { code } } }`, {
      i: { id: created.apiToken.id, version: created.apiToken.version },
    });
    expect(revoked.data.revokeApiToken.apiToken).toMatchObject({ active: false, revokedBy: { username: 'admin' } });
    const after = await token.gql(`{ tickets(first: 1) { totalCount } }`);
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(after.data).toBeNull();

    const again = await admin.gql(`mutation ($i: RevokeApiTokenInput!) { revokeApiToken(input: $i) { userErrors { code } } }`, {
      i: { id: created.apiToken.id, version: created.apiToken.version },
    });
    expect(again.data.revokeApiToken.userErrors[0].code).toBe('CONFLICT');
  });

  it('should refuse an expired or unknown token', async () => {
    const created = await createTestApiToken(admin, { scopes: ['TICKETS_READ'], expiresAt: new Date(Date.now() + 1500).toISOString() });
    await new Promise((r) => setTimeout(r, 1600));
    expect((await app.bearer(created.secret).gql(`{ tickets(first: 1) { totalCount } }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.bearer('hfk_forged').gql(`{ tickets(first: 1) { totalCount } }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
