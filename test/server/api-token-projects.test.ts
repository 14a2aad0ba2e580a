import { createTestApiToken } from './helpers/api-tokens';
import { createTestCallback } from './helpers/factories';
import { Client, initTestApp, TestApp } from './helpers/test-app';

// issue 21 item 2: a token valid for every project answered INTERNAL_SERVER_ERROR on `project { code }` ("Cannot return null
// for non-nullable field Project.code"): every token shape × every path that reaches a project
describe('the project of tickets and callbacks, for every token shape', () => {
  let app: TestApp;
  let callbackA: { id: string; serialCode: string };
  let callbackB: { id: string; serialCode: string };
  let ticketA: string;
  let ticketB: string;
  const tokens: Record<string, Client> = {};

  const SHAPES = [
    { name: 'all projects', scopes: ['TICKETS_READ', 'CALLBACKS_READ'], restricted: false, pii: false },
    { name: 'all projects with pii:read', scopes: ['TICKETS_READ', 'CALLBACKS_READ', 'PII_READ'], restricted: false, pii: true },
    { name: 'A01 only', scopes: ['TICKETS_READ', 'CALLBACKS_READ'], restricted: true, pii: false },
    { name: 'A01 only with pii:read', scopes: ['TICKETS_READ', 'CALLBACKS_READ', 'PII_READ'], restricted: true, pii: true },
  ] as const;

  beforeAll(async () => {
    app = await initTestApp();
    const [admin, clerkA, clerkB] = await Promise.all([app.as('admin'), app.as('zhangli'), app.as('liumei')]);
    const a = await createTestCallback(clerkA, app.projectA, { ownerName: '张三丰', phone: '13812345678', unit: '3-2-1502' });
    const b = await createTestCallback(clerkB, app.projectB, { ownerName: '李四', phone: '13900001111', unit: '5-1-0101' });
    callbackA = a;
    callbackB = b;
    const ticketOf = async (client: Client, callbackId: string) =>
      (await client.gql(`query ($id: ID!) { node(id: $id) { ... on Callback { ticket { id } } } }`, { id: callbackId })).data.node.ticket.id as string;
    ticketA = await ticketOf(clerkA, a.id);
    ticketB = await ticketOf(clerkB, b.id);
    for (const shape of SHAPES) {
      const { secret } = await createTestApiToken(admin, { name: shape.name, scopes: [...shape.scopes], projectIds: shape.restricted ? [app.projectA] : null });
      tokens[shape.name] = app.bearer(secret);
    }
  });
  afterAll(() => app.close());

  const expectedCodes = (restricted: boolean) => (restricted ? ['A01'] : ['A01', 'B02']);
  const NAMES: Record<string, string> = { A01: '阳光花园', B02: '翠湖苑' };

  describe.each(SHAPES)('a token for $name', (shape) => {
    it('should answer project { code name } on the tickets list', async () => {
      const res = await tokens[shape.name].gql(`{ tickets(first: 100) { edges { node { number ownerName project { code name } } } } }`);
      expect(res.errors).toBeUndefined();
      const nodes = res.data.tickets.edges.map((e: any) => e.node);
      expect([...new Set(nodes.map((n: any) => n.project.code))].sort()).toEqual(expectedCodes(shape.restricted));
      for (const node of nodes) {
        expect(node.project.name).toBe(NAMES[node.project.code]);
        expect(node.number.startsWith(`${node.project.code}-`)).toBe(true);
      }
      const a = nodes.find((n: any) => n.project.code === 'A01' && n.ownerName.startsWith('张'));
      expect(a.ownerName).toBe(shape.pii ? '张三丰' : '张**');
    });

    it('should answer project { code name } on the callbacks list and on their tickets', async () => {
      const res = await tokens[shape.name].gql(`{ callbacks(first: 100) { edges { node { serialCode project { code name } ticket { ownerName project { code } } } } } }`);
      expect(res.errors).toBeUndefined();
      const nodes = res.data.callbacks.edges.map((e: any) => e.node);
      expect(nodes.map((n: any) => n.project.code).sort()).toEqual(expectedCodes(shape.restricted));
      for (const node of nodes) {
        expect(node.serialCode.startsWith(`HF-${node.project.code}-`)).toBe(true);
        expect(node.project.name).toBe(NAMES[node.project.code]);
        expect(node.ticket.project.code).toBe(node.project.code);
      }
    });

    it('should answer the project through node() for tickets and callbacks, and nothing of a project it may not see', async () => {
      const query = `query ($t: ID!, $c: ID!) {
        t: node(id: $t) { ... on Ticket { number project { code name } } }
        c: node(id: $c) { ... on Callback { serialCode project { code name } ticket { project { code } } } }
      }`;
      const own = await tokens[shape.name].gql(query, { t: ticketA, c: callbackA.id });
      expect(own.errors).toBeUndefined();
      expect(own.data.t.project).toEqual({ code: 'A01', name: '阳光花园' });
      expect(own.data.c).toEqual({ serialCode: callbackA.serialCode, project: { code: 'A01', name: '阳光花园' }, ticket: { project: { code: 'A01' } } });

      const other = await tokens[shape.name].gql(query, { t: ticketB, c: callbackB.id });
      expect(other.errors).toBeUndefined();
      if (shape.restricted) {
        expect(other.data).toEqual({ t: null, c: null });
      } else {
        expect(other.data.t.project).toEqual({ code: 'B02', name: '翠湖苑' });
        expect(other.data.c.project).toEqual({ code: 'B02', name: '翠湖苑' });
      }
    });

    it('should list the projects it may see, with their names', async () => {
      const res = await tokens[shape.name].gql(`{ projects { code name } }`);
      expect(res.errors).toBeUndefined();
      expect(res.data.projects).toEqual(expectedCodes(shape.restricted).map((code) => ({ code, name: NAMES[code] })));
    });
  });
});
