import { at, ticket } from './helpers/dated-records';
import { Client, initTestApp, TestApp } from './helpers/test-app';

const STATUS = `query ($p: ID!, $period: String) { archiveStatus(projectId: $p, period: $period) {
  period from to archived archivedAt archivedBy { username } dueDate reminder retentionYears keepUntil } }`;
const ARCHIVE = `mutation ($i: ArchivePeriodInput!) { archivePeriod(input: $i) {
  archive { period archived archivedBy { username } reminder } userErrors { field code message } } }`;
const errors = '{ field code message }';

describe('archiving a period (存档)', () => {
  let app: TestApp;
  let clerk: Client;
  let supervisor: Client;
  let manager: Client;
  let admin: Client;
  let planned: { id: string; version: number };
  let openRepair: { id: string; version: number };
  let completed: { id: string; version: number };
  let report: { id: string; version: number };

  beforeAll(async () => {
    app = await initTestApp();
    [clerk, supervisor, manager, admin] = await Promise.all([app.as('liumei'), app.as('sunwei'), app.as('zhoumin'), app.as('admin')]);
    const complaint = { kind: 'COMPLAINT', severity: 'GENERAL', department: '秩序维护部', category: '噪音扰民' };
    const t1 = await ticket(clerk, app.projectB, { ...complaint, unit: '1-1-0101', ownerName: '刘洋', receivedAt: '2026-02-10T09:00' }, '2026-02-11T09:00');
    planned = t1.callbacks[0];
    const t4 = await ticket(clerk, app.projectB, { kind: 'REPAIR', category: '电路', unit: '1-1-0102', ownerName: '马丽', receivedAt: '2026-03-20T09:00' }, null);
    openRepair = t4;
    completed = await ticket(clerk, app.projectB, { ...complaint, unit: '1-1-0103', ownerName: '郭涛', receivedAt: '2026-03-25T09:00' }, '2026-03-26T09:00');
    const draft = await clerk.gql(`mutation { saveQuarterlyReport(input: { projectId: "${app.projectB}", period: "2026Q1", analysis: "一季度" }) { report { id version } } }`);
    report = draft.data.saveQuarterlyReport.report;
  });
  afterAll(() => app.close());

  it('should remind while a past period is not archived, then archive it by the supervisor only', async () => {
    const before = await clerk.gql(STATUS, { p: app.projectB, period: '2026Q1' });
    // 于下一季度10日前存档: due on 10 April; today is later; 保管2年 → kept until 31 March 2028
    expect(before.data.archiveStatus).toEqual({
      period: '2026Q1', from: '2026-01-01', to: '2026-03-31', archived: false, archivedAt: null, archivedBy: null,
      dueDate: '2026-04-10', reminder: true, retentionYears: 2, keepUntil: '2028-03-31',
    });

    const byClerk = await clerk.gql(ARCHIVE, { i: { projectId: app.projectB, period: '2026Q1' } });
    expect(byClerk.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const future = await supervisor.gql(ARCHIVE, { i: { projectId: app.projectB, period: '2099Q1' } });
    expect(future.data.archivePeriod.userErrors[0]).toMatchObject({ field: ['period'], code: 'INVALID_STATE' });

    const archived = await supervisor.gql(ARCHIVE, { i: { projectId: app.projectB, period: '2026Q1' } });
    expect(archived.data.archivePeriod).toEqual({
      archive: { period: '2026Q1', archived: true, archivedBy: { username: 'sunwei' }, reminder: false }, userErrors: [],
    });
    const again = await supervisor.gql(ARCHIVE, { i: { projectId: app.projectB, period: '2026-02' } });
    expect(again.data.archivePeriod.userErrors[0]).toMatchObject({ field: ['period'], code: 'INVALID_STATE' });
    const after = await manager.gql(STATUS, { p: app.projectB, period: '2026Q1' });
    expect(after.data.archiveStatus).toMatchObject({ archived: true, archivedBy: { username: 'sunwei' }, reminder: false });
  });

  it('should answer ARCHIVED to every mutation of a record of the archived period, for every role, and change nothing', async () => {
    const cases: [Client, string, Record<string, unknown>][] = [
      [clerk, `mutation ($i: CreateTicketInput!) { r: createTicket(input: $i) { userErrors ${errors} } }`,
        { projectId: app.projectB, kind: 'HELP', unit: '1-1-0109', ownerName: '新户', channel: 'PHONE', summary: '补登', receivedAt: at('2026-03-31T18:00') }],
      [clerk, `mutation ($i: UpdateTicketInput!) { r: updateTicket(input: $i) { userErrors ${errors} } }`, { id: completed.id, version: completed.version, summary: '改' }],
      [clerk, `mutation ($i: UpdateTicketInput!) { r: updateTicket(input: $i) { userErrors ${errors} } }`, { id: openRepair.id, version: openRepair.version, summary: '改' }],
      [clerk, `mutation ($i: CompleteTicketInput!) { r: completeTicket(input: $i) { userErrors ${errors} } }`, { id: openRepair.id, version: openRepair.version, completedAt: at('2026-03-30T10:00') }],
      [clerk, `mutation ($i: TicketActionInput!) { r: closeTicket(input: $i) { userErrors ${errors} } }`, { id: completed.id, version: completed.version }],
      [supervisor, `mutation ($i: VoidInput!) { r: voidTicket(input: $i) { userErrors ${errors} } }`, { id: completed.id, version: completed.version, reason: '作废' }],
      [admin, `mutation ($i: VoidInput!) { r: voidTicket(input: $i) { userErrors ${errors} } }`, { id: completed.id, version: completed.version, reason: '作废' }],
      [clerk, `mutation ($i: AddCallbackInput!) { r: addCallback(input: $i) { userErrors ${errors} } }`, { ticketId: completed.id }],
      [clerk, `mutation ($i: UpdateCallbacksInput!) { r: updateCallbacks(input: $i) { userErrors ${errors} } }`,
        { rows: [{ id: planned.id, version: planned.version, patch: { suggestions: '改' } }] }],
      [clerk, `mutation ($i: RecordCallbackResultInput!) { r: recordCallbackResult(input: $i) { userErrors ${errors} } }`,
        { id: planned.id, version: planned.version, methods: ['PHONE'], performedAt: at('2026-02-12T10:00'), satisfaction: 'SATISFIED', result: 'QUALIFIED' }],
      [clerk, `mutation ($i: RecordAttemptInput!) { r: recordCallbackAttempt(input: $i) { userErrors ${errors} } }`, { id: planned.id, version: planned.version, outcome: 'NO_ANSWER' }],
      [supervisor, `mutation ($i: CallbackActionInput!) { r: reviewCallback(input: $i) { userErrors ${errors} } }`, { id: planned.id, version: planned.version }],
      [supervisor, `mutation ($i: CallbackActionInput!) { r: escalateCallback(input: $i) { userErrors ${errors} } }`, { id: planned.id, version: planned.version }],
      [manager, `mutation ($i: CallbackActionInput!) { r: writeHandlingOpinion(input: $i) { userErrors ${errors} } }`, { id: planned.id, version: planned.version, opinion: '已处理' }],
      [supervisor, `mutation ($i: CallbackActionInput!) { r: closeCallback(input: $i) { userErrors ${errors} } }`, { id: planned.id, version: planned.version }],
      [admin, `mutation ($i: VoidInput!) { r: voidCallback(input: $i) { userErrors ${errors} } }`, { id: planned.id, version: planned.version, reason: '作废' }],
      [clerk, `mutation ($i: SaveQuarterlyReportInput!) { r: saveQuarterlyReport(input: $i) { userErrors ${errors} } }`,
        { projectId: app.projectB, period: '2026Q1', version: report.version, analysis: '改' }],
      [clerk, `mutation ($i: SaveQuarterlyReportInput!) { r: saveQuarterlyReport(input: $i) { userErrors ${errors} } }`,
        { projectId: app.projectB, period: '2026-03', analysis: '三月' }],
      [clerk, `mutation ($i: QuarterlyReportActionInput!) { r: submitQuarterlyReport(input: $i) { userErrors ${errors} } }`, { id: report.id, version: report.version }],
      [supervisor, `mutation ($i: QuarterlyReportActionInput!) { r: reviewQuarterlyReport(input: $i) { userErrors ${errors} } }`, { id: report.id, version: report.version }],
    ];
    for (const [client, mutation, input] of cases) {
      const res = await client.gql(mutation, { i: input });
      expect({ mutation: mutation.slice(0, 60), errors: res.errors, codes: res.data?.r?.userErrors?.map((e: { code: string }) => e.code) }).toEqual({
        mutation: mutation.slice(0, 60), errors: undefined, codes: ['ARCHIVED'],
      });
    }
    const callback = await clerk.gql(`query ($id: ID!) { node(id: $id) { ... on Callback { status version suggestions } } }`, { id: planned.id });
    expect(callback.data.node).toEqual({ status: 'PLANNED', version: planned.version, suggestions: null });
    const t = await clerk.gql(`query ($id: ID!) { node(id: $id) { ... on Ticket { status version summary } } }`, { id: completed.id });
    expect(t.data.node).toEqual({ status: 'COMPLETED', version: completed.version, summary: '内容摘要' });
    // still readable
    const stats = await clerk.gql(`query ($p: ID!) { quarterlyStatistics(projectId: $p, period: "2026Q1") { totals { ticketsCompleted } } }`, { p: app.projectB });
    expect(stats.data.quarterlyStatistics.totals.ticketsCompleted).toBe(2);
  });

  it('should let a ticket still open at archiving be completed in the next period', async () => {
    const current = await clerk.gql(`query ($id: ID!) { node(id: $id) { ... on Ticket { version } } }`, { id: openRepair.id });
    const res = await clerk.gql(`mutation ($i: CompleteTicketInput!) { completeTicket(input: $i) { ticket { status } userErrors ${errors} } }`, {
      i: { id: openRepair.id, version: current.data.node.version, completedAt: at('2026-04-02T10:00'), handlingResult: '已更换水管' },
    });
    expect(res.data.completeTicket).toEqual({ ticket: { status: 'COMPLETED' }, userErrors: [] });
  });
});
