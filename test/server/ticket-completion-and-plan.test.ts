import { addDays, toLocalDate } from '@hf/shared';
import { createTestTicket, TICKET_FIELDS } from './helpers/factories';
import { Client, initTestApp, TestApp } from './helpers/test-app';

// issue 13: why completing a ticket scheduled no callback (item 10), the handling result and the project's unit format
// (item 14), the callback plan ahead of today (item 17).
const COMPLETE = `mutation ($i: CompleteTicketInput!) { completeTicket(input: $i) {
  ticket { ${TICKET_FIELDS} handlingResult } callbacks { serialCode }
  sampling { stageIndex purpose ratePercent period completed selected outcome }
  userErrors { field code message messageKey } } }`;
const SETTINGS = `mutation ($i: UpdateProjectSettingsInput!) { updateProjectSettings(input: $i) {
  project { unitPattern unitExample } userErrors { field code message messageKey } } }`;

describe('completing a ticket, its unit format, and the plan ahead', () => {
  let app: TestApp;
  let clerk: Client;
  let admin: Client;

  beforeAll(async () => {
    app = await initTestApp();
    clerk = await app.as('zhangli');
    admin = await app.as('admin');
  });
  afterAll(() => app.close());

  const completedAt = () => new Date(Date.now() - 3_600_000).toISOString();

  it('should refuse to complete a ticket without a handling result, and complete it with one', async () => {
    const { ticket } = await createTestTicket(clerk, app.projectA, { kind: 'HELP', category: null });
    const refused = await clerk.gql(COMPLETE, { i: { id: ticket.id, version: ticket.version, completedAt: completedAt(), handlingResult: '  ' } });
    expect(refused.data.completeTicket.userErrors).toEqual([
      { field: ['handlingResult'], code: 'BAD_USER_INPUT', message: '完成工单须填写处理结果 (write the handling result to complete the ticket)', messageKey: 'ticket.handlingResultRequired' },
    ]);
    expect(refused.data.completeTicket.ticket).toBeNull();
    const still = await clerk.gql(`query ($id: ID!) { node(id: $id) { ... on Ticket { status version } } }`, { id: ticket.id });
    expect(still.data.node).toEqual({ status: 'OPEN', version: ticket.version });

    const done = await clerk.gql(COMPLETE, { i: { id: ticket.id, version: ticket.version, completedAt: completedAt(), handlingResult: '已协助开锁' } });
    expect(done.data.completeTicket.userErrors).toEqual([]);
    expect(done.data.completeTicket.ticket).toMatchObject({ status: 'COMPLETED', handlingResult: '已协助开锁' });
  });

  it('should say which stage sampling passed a repair over, with the rate and the tally of the period', async () => {
    // 回访标准规程 (seed 000): 30 % of repairs; the first repair of the period is selected, the second is not
    const results = [];
    for (const owner of ['甲', '乙']) {
      const { ticket } = await createTestTicket(clerk, app.projectA, { ownerName: `抽样${owner}`, unit: `2-1-${owner === '甲' ? '0201' : '0202'}` });
      results.push((await clerk.gql(COMPLETE, { i: { id: ticket.id, version: ticket.version, completedAt: completedAt(), handlingResult: '已修复' } })).data.completeTicket);
    }
    const [first, second] = results;
    expect(first.callbacks).toHaveLength(1);
    expect(first.sampling).toEqual([expect.objectContaining({ purpose: 'REGULAR', ratePercent: 30, completed: 1, selected: 1, outcome: 'SELECTED' })]);
    expect(second.callbacks).toEqual([]);
    expect(second.sampling).toEqual([expect.objectContaining({ purpose: 'REGULAR', ratePercent: 30, completed: 2, selected: 1, outcome: 'NOT_SAMPLED' })]);
    expect(second.sampling[0].period).toMatch(/^\d{4}Q[1-4]$/);
  });

  it("should check a new or changed unit against the project's format, and let the administrator set the format", async () => {
    const refused = await createTestTicket(clerk, app.projectA, { unit: '3栋2单元1502' });
    expect(refused.userErrors).toEqual([
      { field: ['unit'], code: 'BAD_USER_INPUT', message: "房号应按本项目的格式填写，如 3-2-1502 (write the unit in this project's format, e.g. 3-2-1502)" },
    ]);

    const bad = await admin.gql(SETTINGS, { i: { projectId: app.projectB, unitPattern: '^(\\d+栋' } });
    expect(bad.data.updateProjectSettings.userErrors).toEqual([expect.objectContaining({ field: ['unitPattern'], code: 'BAD_USER_INPUT', messageKey: 'project.unitPatternInvalid' })]);
    const mismatch = await admin.gql(SETTINGS, { i: { projectId: app.projectB, unitPattern: '^\\d+栋\\d+单元\\d{3,4}$' } });
    expect(mismatch.data.updateProjectSettings.userErrors).toEqual([expect.objectContaining({ field: ['unitExample'], messageKey: 'project.unitExampleMismatch' })]);
    const set = await admin.gql(SETTINGS, { i: { projectId: app.projectB, unitPattern: '^\\d+栋\\d+单元\\d{3,4}$', unitExample: '3栋2单元1502' } });
    expect(set.data.updateProjectSettings).toEqual({ project: { unitPattern: '^\\d+栋\\d+单元\\d{3,4}$', unitExample: '3栋2单元1502' }, userErrors: [] });

    const clerkB = await app.as('liumei');
    expect((await createTestTicket(clerkB, app.projectB, { unit: '3栋2单元1502' })).userErrors).toEqual([]);
    const old = await createTestTicket(clerkB, app.projectB, { unit: '1-1-101' });
    expect(old.userErrors.map((e: { field: string[] }) => e.field)).toEqual([['unit']]);
    // a ticket registered before the format changed keeps its unit when another field is edited
    const before = await createTestTicket(clerk, app.projectA, { unit: '5-1-0501' });
    const edit = await clerk.gql(`mutation ($i: UpdateTicketInput!) { updateTicket(input: $i) { ticket { summary } userErrors { field code } } }`, {
      i: { id: before.ticket.id, version: before.ticket.version, summary: '补充说明', unit: '5-1-0501' },
    });
    expect(edit.data.updateTicket).toEqual({ ticket: { summary: '补充说明' }, userErrors: [] });
    const changed = await clerk.gql(`mutation ($i: UpdateTicketInput!) { updateTicket(input: $i) { userErrors { field code } } }`, {
      i: { id: before.ticket.id, version: before.ticket.version + 1, unit: '五栋' },
    });
    expect(changed.data.updateTicket.userErrors).toEqual([{ field: ['unit'], code: 'BAD_USER_INPUT' }]);
  });

  it('should list the planned callbacks whose window opens within the coming days, besides those due now', async () => {
    // a callback added by hand for next week: not due today, due within 7 days
    const { ticket } = await createTestTicket(clerk, app.projectA, { kind: 'HELP', category: null, unit: '6-1-0601' });
    await clerk.gql(COMPLETE, { i: { id: ticket.id, version: ticket.version, completedAt: completedAt(), handlingResult: '已处理' } });
    const today = toLocalDate(new Date());
    const added = await clerk.gql(`mutation ($i: AddCallbackInput!) { addCallback(input: $i) { callback { serialCode } userErrors { message } } }`, {
      i: { ticketId: ticket.id, windowFrom: addDays(today, 5), windowTo: addDays(today, 9) },
    });
    const code = added.data.addCallback.callback.serialCode;
    const plan = async (filter: Record<string, unknown>) => (await clerk.gql(
      `query ($f: CallbackFilter) { callbacks(first: 100, filter: $f) { edges { node { serialCode } } } }`,
      { f: { projectId: app.projectA, statuses: ['PLANNED'], ...filter } },
    )).data.callbacks.edges.map((e: { node: { serialCode: string } }) => e.node.serialCode);
    expect(await plan({ due: true })).not.toContain(code);
    expect(await plan({ dueBy: addDays(today, 7) })).toContain(code);
    expect(await plan({ dueBy: addDays(today, 4) })).not.toContain(code);
  });
});
