import { createTestApiToken } from './helpers/api-tokens';
import { completeTestTicket, createTestTicket } from './helpers/factories';
import { Client, initTestApp, TestApp } from './helpers/test-app';

// 保护客户隐私，不得泄露个人信息 (seed 001): name, phone and unit only for staff of the project or pii:read tokens
describe("residents' personal data", () => {
  let app: TestApp;
  let clerkA: Client;
  let auditor: Client;
  let token: Client;
  let ticket: { id: string; version: number; number: string };

  beforeAll(async () => {
    app = await initTestApp();
    let admin: Client;
    [admin, clerkA, auditor] = await Promise.all([app.as('admin'), app.as('zhangli'), app.as('auditor')]);
    token = app.bearer((await createTestApiToken(admin, { scopes: ['TICKETS_READ', 'CALLBACKS_READ'] })).secret);
    const created = (await createTestTicket(clerkA, app.projectA, { kind: 'COMPLAINT', severity: 'GENERAL', department: '工程部', category: null, ownerName: '欧阳娜娜', phone: '13812345678', unit: '12-3-0801' })).ticket;
    const update = await clerkA.gql(`mutation ($i: UpdateTicketInput!) { updateTicket(input: $i) { ticket { id version number } userErrors { code } } }`, {
      i: { id: created.id, version: created.version, phone: '13987654321', summary: '投诉：电梯噪音' },
    });
    ticket = update.data.updateTicket.ticket;
    const done = await completeTestTicket(clerkA, ticket);
    expect(done.callbacks.length).toBe(1);
  });
  afterAll(() => app.close());

  const MASKED = { ownerName: '欧***', phone: '139****4321', unit: '12-*-****' };
  const CLEAR = { ownerName: '欧阳娜娜', phone: '13987654321', unit: '12-3-0801' };

  it('should show staff of the project the data and mask it for everyone else on the tickets list', async () => {
    const q = `{ tickets(first: 10) { edges { node { ownerName phone unit } } } }`;
    expect((await clerkA.gql(q)).data.tickets.edges[0].node).toEqual(CLEAR);
    // the auditor reads every project but is staff of none
    expect((await auditor.gql(q)).data.tickets.edges[0].node).toEqual(MASKED);
    expect((await token.gql(q)).data.tickets.edges[0].node).toEqual(MASKED);
  });

  it('should mask on the grid page (callback read model) and on nested tickets of a callback', async () => {
    const q = `{ callbacks(first: 100) { edges { node { serialCode ticket { ownerName phone unit callbacks { ticket { ownerName } } } } } } }`;
    const masked = (await token.gql(q)).data.callbacks.edges[0].node.ticket;
    expect({ ownerName: masked.ownerName, phone: masked.phone, unit: masked.unit }).toEqual(MASKED);
    expect(masked.callbacks[0].ticket.ownerName).toBe('欧***');
    const clear = (await clerkA.gql(q)).data.callbacks.edges[0].node.ticket;
    expect({ ownerName: clear.ownerName, phone: clear.phone, unit: clear.unit }).toEqual(CLEAR);
  });

  it('should mask on node(id) for tickets and owners', async () => {
    const q = `query ($id: ID!) { node(id: $id) { ... on Ticket { ownerName phone unit } } }`;
    expect((await token.gql(q, { id: ticket.id })).data.node).toEqual(MASKED);
    expect((await auditor.gql(q, { id: ticket.id })).data.node).toEqual(MASKED);
    expect((await clerkA.gql(q, { id: ticket.id })).data.node).toEqual(CLEAR);

    const ownerId = Buffer.from('Owner:1').toString('base64url');
    const owner = `query ($id: ID!) { node(id: $id) { ... on Owner { name phone unit } } }`;
    expect((await auditor.gql(owner, { id: ownerId })).data.node).toEqual({ name: '欧***', phone: '139****4321', unit: '12-*-****' });
    expect((await clerkA.gql(owner, { id: ownerId })).data.node).toEqual({ name: '欧阳娜娜', phone: '13987654321', unit: '12-3-0801' });
  });

  it('should mask old and new values in the history the same way', async () => {
    const q = `query ($id: ID!) { node(id: $id) { ... on Ticket { history { edges { node { action field oldValue newValue } } } } } }`;
    const masked = (await auditor.gql(q, { id: ticket.id })).data.node.history.edges.map((e: any) => e.node);
    expect(masked[0].action).toBe('CREATE');
    expect(masked[0].newValue).toMatchObject({ ownerName: '欧***', phone: '138****5678', unit: '12-*-****', summary: '厨房水管漏水' });
    expect(masked).toContainEqual({ action: 'UPDATE', field: 'phone', oldValue: '138****5678', newValue: '139****4321' });
    expect(masked).toContainEqual({ action: 'UPDATE', field: 'summary', oldValue: '厨房水管漏水', newValue: '投诉：电梯噪音' });
    expect(JSON.stringify(masked)).not.toMatch(/欧阳|13812345678|13987654321|12-3-0801/);

    const clear = (await clerkA.gql(q, { id: ticket.id })).data.node.history.edges.map((e: any) => e.node);
    expect(clear).toContainEqual({ action: 'UPDATE', field: 'phone', oldValue: '13812345678', newValue: '13987654321' });
  });

  it('should not let a caller without the right find rows by searching a name or unit', async () => {
    const byName = (c: Client) => c.gql(`{ tickets(filter: { text: "欧阳" }) { totalCount } callbacks(filter: { text: "12-3-0801" }) { totalCount } }`);
    expect((await clerkA.gql(`{ tickets(filter: { text: "欧阳" }) { totalCount } callbacks(filter: { text: "12-3-0801" }) { totalCount } }`)).data).toEqual({ tickets: { totalCount: 1 }, callbacks: { totalCount: 1 } });
    expect((await byName(auditor)).data).toEqual({ tickets: { totalCount: 0 }, callbacks: { totalCount: 0 } });
    expect((await byName(token)).data).toEqual({ tickets: { totalCount: 0 }, callbacks: { totalCount: 0 } });
    // other words still search
    expect((await auditor.gql(`{ tickets(filter: { text: "电梯" }) { totalCount } }`)).data.tickets.totalCount).toBe(1);
  });
});
