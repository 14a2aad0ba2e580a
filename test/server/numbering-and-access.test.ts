import { parseSerialCode } from '@hf/shared';
import { completeTestTicket, createTestTicket } from './helpers/factories';
import { Client, initTestApp, TestApp } from './helpers/test-app';

describe('serial codes and project access', () => {
  let app: TestApp;
  let clerkA: Client;
  let clerkB: Client;

  beforeAll(async () => {
    app = await initTestApp();
    [clerkA, clerkB] = await Promise.all([app.as('zhangli'), app.as('liumei')]);
  });
  afterAll(() => app.close());

  it('should give 50 concurrently created callbacks 50 distinct gapless serial codes', async () => {
    const tickets = [];
    for (let i = 0; i < 50; i++) {
      const { ticket } = await createTestTicket(clerkA, app.projectA, { kind: 'HELP', category: null, summary: `求助 ${i}` });
      const done = await completeTestTicket(clerkA, ticket);
      tickets.push(done.ticket);
    }
    const before = await clerkA.gql(`{ callbacks(first: 500) { edges { node { serialCode } } } }`);
    const existing = before.data.callbacks.edges.length;

    const results = await Promise.all(
      tickets.map((t) => clerkA.gql(`mutation ($t: ID!) { addCallback(input: { ticketId: $t }) { callback { serialCode } userErrors { code message } } }`, { t: t.id })),
    );
    const codes = results.map((r) => r.data.addCallback.callback.serialCode as string);
    expect(new Set(codes).size).toBe(50);
    const numbers = codes.map((c) => parseSerialCode(c)!.sequence).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => existing + 1 + i));
  });

  it('should not let a clerk of project A read or change anything of project B', async () => {
    const { ticket } = await createTestTicket(clerkB, app.projectB, { summary: '翠湖苑 漏水' });
    const done = await completeTestTicket(clerkB, ticket);

    const list = await clerkA.gql(`query ($p: ID!) { tickets(filter: { projectId: $p }) { totalCount } }`, { p: app.projectB });
    expect(list.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const all = await clerkA.gql(`{ tickets(first: 500) { edges { node { number } } } callbacks(first: 500) { edges { node { serialCode } } } }`);
    expect(all.data.tickets.edges.every((e: { node: { number: string } }) => e.node.number.startsWith('A01-'))).toBe(true);
    expect(all.data.callbacks.edges.every((e: { node: { serialCode: string } }) => e.node.serialCode.startsWith('HF-A01-'))).toBe(true);

    const node = await clerkA.gql(`query ($id: ID!) { node(id: $id) { id } }`, { id: done.ticket.id });
    expect(node.data.node).toBeNull();

    const update = await clerkA.gql(`mutation ($i: UpdateTicketInput!) { updateTicket(input: $i) { ticket { id } userErrors { code field } } }`, {
      i: { id: done.ticket.id, version: done.ticket.version, summary: '改掉' },
    });
    expect(update.data.updateTicket.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['id'] }]);
  });

  it('should answer UNAUTHENTICATED to anonymous callers and never show internals', async () => {
    const res = await app.anonymous.gql(`{ tickets { totalCount } }`);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(res)).not.toMatch(/stack|select |at Object/i);
  });

  it('should page through callbacks with opaque cursors and refuse a page over 500', async () => {
    const page1 = await clerkA.gql(`{ callbacks(first: 20) { edges { cursor node { serialCode } } pageInfo { hasNextPage endCursor } } }`);
    const page2 = await clerkA.gql(`query ($after: String) { callbacks(first: 20, after: $after) { edges { node { serialCode } } pageInfo { hasPreviousPage } } }`, { after: page1.data.callbacks.pageInfo.endCursor });
    const codes1 = page1.data.callbacks.edges.map((e: { node: { serialCode: string } }) => e.node.serialCode);
    const codes2 = page2.data.callbacks.edges.map((e: { node: { serialCode: string } }) => e.node.serialCode);
    expect(page1.data.callbacks.pageInfo.hasNextPage).toBe(true);
    expect(codes2[0] > codes1[codes1.length - 1]).toBe(true);
    expect(page2.data.callbacks.pageInfo.hasPreviousPage).toBe(true);

    const tooBig = await clerkA.gql(`{ callbacks(first: 501) { totalCount } }`);
    expect(tooBig.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
