import { createTestCallback } from './helpers/factories';
import { Client, initTestApp, TestApp } from './helpers/test-app';

const ALL_FIELDS = `id serialCode status version purpose anchor anchorDate windowFrom windowTo methods performedAt visitors
  qualityEvaluation serviceEvaluation satisfaction satisfactionScore shortcomings suggestions result ownerConfirmation
  recordedAt handlerAtRecording departmentAtRecording reviewOpinion reviewedAt handlingOpinion attemptCount overdue voided createdAt updatedAt
  ticket { id number kind severity ownerName unit phone channel receivedAt department category summary handler completedAt status project { code } }
  assignee { username displayName role } coAssignee { username } recordedBy { username } reviewedBy { username } project { code name }`;

describe('the callback grid page', () => {
  let app: TestApp;
  let clerk: Client;
  let supervisor: Client;

  beforeAll(async () => {
    app = await initTestApp();
    [clerk, supervisor] = await Promise.all([app.as('zhangli'), app.as('liqiang')]);
  });
  afterAll(() => app.close());

  it('should show every column of a row exactly as the row itself reads', async () => {
    const planned = await createTestCallback(clerk, app.projectA, { kind: 'COMPLAINT', severity: 'GENERAL', department: '工程部', category: null });
    const recorded = await clerk.gql(`mutation ($i: RecordCallbackResultInput!) { recordCallbackResult(input: $i) { callback { id version } userErrors { message } } }`, {
      i: {
        id: planned.id, version: planned.version, methods: ['PHONE', 'ON_SITE'], performedAt: new Date(Date.now() - 60_000).toISOString(),
        satisfaction: 'SATISFIED', satisfactionScore: 8, result: 'QUALIFIED', ownerConfirmation: 'SIGNED', suggestions: '希望提前告知',
      },
    });
    const done = recorded.data.recordCallbackResult.callback;
    await supervisor.gql(`mutation ($i: CallbackActionInput!) { reviewCallback(input: $i) { userErrors { message } } }`, { i: { id: done.id, version: done.version, opinion: '同意' } });

    const list = await clerk.gql(`{ callbacks(first: 50) { edges { node { ${ALL_FIELDS} } } } }`);
    const row = list.data.callbacks.edges.find((e: { node: { id: string } }) => e.node.id === planned.id).node;
    const single = await clerk.gql(`query ($id: ID!) { node(id: $id) { ... on Callback { ${ALL_FIELDS} } } }`, { id: planned.id });

    expect(list.errors).toBeUndefined();
    expect(row).toEqual(single.data.node);
    expect(row).toMatchObject({
      status: 'REVIEWED', methods: ['PHONE', 'ON_SITE'], satisfactionScore: 8, reviewOpinion: '同意', reviewedBy: { username: 'liqiang' },
      ticket: { kind: 'COMPLAINT', department: '工程部', project: { code: 'A01' } }, assignee: { role: 'DEPARTMENT_SUPERVISOR' },
    });
    expect(new Date(row.performedAt).getTime()).toBeGreaterThan(Date.now() - 10 * 60_000);
  });

  it('should filter by status, text and overdue, and order by window', async () => {
    const a = await createTestCallback(clerk, app.projectA, { summary: '独一无二的摘要 X1' });
    const byText = await clerk.gql(`{ callbacks(filter: { text: "独一无二的摘要" }) { totalCount edges { node { id } } } }`);
    expect(byText.data.callbacks.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([a.id]);

    const planned = await clerk.gql(`{ callbacks(first: 500, filter: { statuses: [PLANNED] }, orderBy: { field: WINDOW_TO, direction: DESC }) { edges { node { status windowTo } } } }`);
    const nodes = planned.data.callbacks.edges.map((e: { node: { status: string; windowTo: string } }) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n: { status: string }) => n.status === 'PLANNED')).toBe(true);
    expect([...nodes].map((n: { windowTo: string }) => n.windowTo)).toEqual([...nodes].map((n: { windowTo: string }) => n.windowTo).sort().reverse());

    const overdue = await clerk.gql(`{ callbacks(filter: { overdue: true }) { totalCount } }`);
    expect(overdue.data.callbacks.totalCount).toBe(0);
  });
});
