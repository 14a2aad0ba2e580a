import { createTestCallback, createTestTicket } from './helpers/factories';
import { Client, initTestApp, TestApp } from './helpers/test-app';

const HISTORY = `history(first: 100) { totalCount edges { node { action field oldValue newValue changedAt changedBy { username } } } }`;

// 不允许撕毁 (seed 000): every change is kept — who, when, field, old → new — and history itself never changes
describe('history of tickets, callbacks and policies', () => {
  let app: TestApp;
  let clerk: Client;
  let admin: Client;

  beforeAll(async () => {
    app = await initTestApp();
    [clerk, admin] = await Promise.all([app.as('zhangli'), app.as('admin')]);
  });
  afterAll(() => app.close());

  it('should keep who changed which field of a ticket, when, from what to what', async () => {
    const { ticket } = await createTestTicket(clerk, app.projectA, { summary: '厨房水管漏水' });
    const res = await clerk.gql(`mutation ($i: UpdateTicketInput!) { updateTicket(input: $i) { ticket { ${HISTORY} } userErrors { code } } }`, {
      i: { id: ticket.id, version: ticket.version, summary: '卫生间水管漏水', handler: '维修工 老李' },
    });
    const changes = res.data.updateTicket.ticket.history.edges.map((e: any) => e.node);
    expect(changes[0]).toMatchObject({ action: 'CREATE', field: null, changedBy: { username: 'zhangli' } });
    expect(changes).toContainEqual(expect.objectContaining({ action: 'UPDATE', field: 'summary', oldValue: '厨房水管漏水', newValue: '卫生间水管漏水', changedBy: { username: 'zhangli' } }));
    expect(changes).toContainEqual(expect.objectContaining({ action: 'UPDATE', field: 'handler', oldValue: null, newValue: '维修工 老李' }));
    expect(Date.now() - Date.parse(changes[1].changedAt)).toBeLessThan(60_000);
  });

  it('should keep the history of a callback and page through it with cursors', async () => {
    const callback = await createTestCallback(clerk, app.projectA, { kind: 'HELP', category: null });
    const recorded = await clerk.gql(
      `mutation ($i: RecordCallbackResultInput!) { recordCallbackResult(input: $i) { callback { id ${HISTORY} } userErrors { field code message } } }`,
      { i: { id: callback.id, version: callback.version, methods: ['PHONE'], satisfaction: 'SATISFIED', result: 'QUALIFIED', performedAt: new Date().toISOString(), ownerConfirmation: 'CONFIRMED_BY_PHONE' } },
    );
    expect(recorded.data.recordCallbackResult.userErrors).toEqual([]);
    const history = recorded.data.recordCallbackResult.callback.history;
    const fields = history.edges.map((e: any) => e.node.field);
    expect(fields).toEqual(expect.arrayContaining(['status', 'satisfaction', 'result', 'performedAt']));
    expect(history.edges.find((e: any) => e.node.field === 'status').node).toMatchObject({ oldValue: 'PLANNED', newValue: 'DONE' });

    const page1 = await clerk.gql(`query ($id: ID!) { node(id: $id) { ... on Callback { history(first: 2) { totalCount edges { node { field } } pageInfo { hasNextPage endCursor } } } } }`, { id: callback.id });
    const first = page1.data.node.history;
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const page2 = await clerk.gql(`query ($id: ID!, $after: String) { node(id: $id) { ... on Callback { history(first: 100, after: $after) { edges { node { field } } } } } }`, { id: callback.id, after: first.pageInfo.endCursor });
    expect(page2.data.node.history.edges.length).toBe(first.totalCount - 2);
  });

  it('should keep the history of a callback policy', async () => {
    const policies = await admin.gql(`query ($p: ID!) { callbackPolicies(projectId: $p) { id version kind severity stages { anchor fromOffset toOffset unit ratePercent performerRole purpose } } }`, { p: app.projectA });
    const help = policies.data.callbackPolicies.find((p: any) => p.kind === 'HELP');
    const stages = help.stages.map((s: any) => ({ ...s, ratePercent: 60 }));
    const res = await admin.gql(`mutation ($i: UpdateCallbackPolicyInput!) { updateCallbackPolicy(input: $i) { policy { ${HISTORY} } userErrors { code message } } }`, {
      i: { id: help.id, version: help.version, stages },
    });
    expect(res.data.updateCallbackPolicy.userErrors).toEqual([]);
    const change = res.data.updateCallbackPolicy.policy.history.edges.find((e: any) => e.node.field === 'stages').node;
    expect(change.oldValue[0].ratePercent).toBe(30);
    expect(change.newValue[0].ratePercent).toBe(60);
    expect(change.changedBy).toEqual({ username: 'admin' });
  });

  it('should write no history when a change fails (same transaction)', async () => {
    const { ticket } = await createTestTicket(clerk, app.projectA);
    const count = async () => Number((await app.orm.em.getConnection().execute(`select count(*) as n from change_record`))[0].n);
    const before = await count();
    const stale = await clerk.gql(`mutation ($i: UpdateTicketInput!) { updateTicket(input: $i) { userErrors { code } } }`, { i: { id: ticket.id, version: ticket.version + 5, summary: '改' } });
    expect(stale.data.updateTicket.userErrors[0].code).toBe('CONFLICT');
    const invalid = await clerk.gql(`mutation ($i: UpdateTicketInput!) { updateTicket(input: $i) { userErrors { code } } }`, { i: { id: ticket.id, version: ticket.version, phone: '12345' } });
    expect(invalid.data.updateTicket.userErrors[0].code).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);
  });

  it('should refuse to edit, delete or truncate history even in SQL, and offer no mutation for it', async () => {
    const sql = app.orm.em.getConnection();
    await expect(sql.execute(`update change_record set new_value = '"forged"' where id = (select min(id) from change_record)`)).rejects.toThrow(/never deleted|change_record/);
    await expect(sql.execute(`delete from change_record where id = (select min(id) from change_record)`)).rejects.toThrow(/never deleted/);
    await expect(sql.execute(`truncate change_record`)).rejects.toThrow(/never deleted/);

    const schema = await clerk.gql(`{ __schema { mutationType { fields { name } } } }`);
    const mutations: string[] = schema.data.__schema.mutationType.fields.map((f: { name: string }) => f.name);
    expect(mutations.filter((m) => /history|change|delete|remove/i.test(m))).toEqual([]);
  });
});
