import { ticket } from './helpers/dated-records';
import { Client, initTestApp, TestApp } from './helpers/test-app';

const REPORT_FIELDS = `id version period status analysis improvementMeasures figuresFrozen changedSinceSubmission
  submittedAt submittedBy { username } reviewedAt reviewOpinion reviewedBy { username } reportedAt reportedBy { username }
  returnedAt returnReason returnedBy { username } figures { period computedAt totals { ticketsCompleted callbacksRequired } }`;
const SAVE = `mutation ($i: SaveQuarterlyReportInput!) { saveQuarterlyReport(input: $i) { report { ${REPORT_FIELDS} } userErrors { field code message } } }`;
const action = (name: string) =>
  `mutation ($i: QuarterlyReportActionInput!) { ${name}(input: $i) { report { ${REPORT_FIELDS} } userErrors { field code message } } }`;

describe('quarterly report (季度统计分析报告)', () => {
  let app: TestApp;
  let clerk: Client;
  let supervisor: Client;
  let manager: Client;

  beforeAll(async () => {
    app = await initTestApp();
    [clerk, supervisor, manager] = await Promise.all([app.as('zhangli'), app.as('liqiang'), app.as('chenjie')]);
    for (const day of ['05', '06', '07']) {
      await ticket(clerk, app.projectA, { kind: 'HELP', unit: `8-1-08${day}`, ownerName: `业主${day}`, receivedAt: `2026-05-${day}T09:00` }, `2026-05-${day}T12:00`);
    }
  });
  afterAll(() => app.close());

  it('should go DRAFT → SUBMITTED → REVIEWED → REPORTED, recording who and when, with the figures frozen at submission', async () => {
    // Arrange: a draft; its figures are live until submitted
    const drafted = await clerk.gql(SAVE, { i: { projectId: app.projectA, period: '2026Q2', analysis: '  ' } });
    let report = drafted.data.saveQuarterlyReport.report;
    expect(report).toMatchObject({ status: 'DRAFT', analysis: null, figuresFrozen: false, figures: { period: '2026Q2', totals: { ticketsCompleted: 3, callbacksRequired: 1 } } });

    const incomplete = await clerk.gql(action('submitQuarterlyReport'), { i: { id: report.id, version: report.version } });
    expect(incomplete.data.submitQuarterlyReport.userErrors.map((e: { field: string[]; code: string }) => [e.field[0], e.code])).toEqual([
      ['analysis', 'BAD_USER_INPUT'], ['improvementMeasures', 'BAD_USER_INPUT'],
    ]);

    const stale = await clerk.gql(SAVE, { i: { projectId: app.projectA, period: '2026Q2', version: report.version + 5, analysis: '本季度求助服务3件' } });
    expect(stale.data.saveQuarterlyReport.userErrors[0]).toMatchObject({ field: ['version'], code: 'CONFLICT' });

    const written = await clerk.gql(SAVE, {
      i: { projectId: app.projectA, period: '2026Q2', version: report.version, analysis: '本季度求助服务3件', improvementMeasures: '加强回访时效' },
    });
    report = written.data.saveQuarterlyReport.report;
    expect(report).toMatchObject({ analysis: '本季度求助服务3件', improvementMeasures: '加强回访时效', status: 'DRAFT' });

    // Act: submit
    const submitted = await clerk.gql(action('submitQuarterlyReport'), { i: { id: report.id, version: report.version } });
    report = submitted.data.submitQuarterlyReport.report;
    expect(report).toMatchObject({ status: 'SUBMITTED', submittedBy: { username: 'zhangli' }, figuresFrozen: true, changedSinceSubmission: false });
    expect(Date.now() - Date.parse(report.submittedAt)).toBeLessThan(60_000);
    expect(report.figures.computedAt).toBe(report.submittedAt);

    // a submitted report cannot be edited
    const edit = await clerk.gql(SAVE, { i: { projectId: app.projectA, period: '2026Q2', version: report.version, analysis: '改过' } });
    expect(edit.data.saveQuarterlyReport.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });

    // a ticket completed afterwards in the quarter changes the live statistics, not the submitted figures — and says so
    await ticket(clerk, app.projectA, { kind: 'HELP', unit: '8-1-0808', ownerName: '业主08', receivedAt: '2026-05-08T09:00' }, '2026-05-08T12:00');
    const live = await clerk.gql(`query ($p: ID!) { quarterlyStatistics(projectId: $p, period: "2026Q2") { totals { ticketsCompleted } } }`, { p: app.projectA });
    expect(live.data.quarterlyStatistics.totals.ticketsCompleted).toBe(4);
    const read = await clerk.gql(`query ($p: ID!) { quarterlyReport(projectId: $p, period: "2026Q2") { ${REPORT_FIELDS} } }`, { p: app.projectA });
    expect(read.data.quarterlyReport).toMatchObject({ figures: { totals: { ticketsCompleted: 3, callbacksRequired: 1 } }, changedSinceSubmission: true });

    // only the project manager receives it, and only after review
    const early = await manager.gql(action('reportQuarterlyReport'), { i: { id: report.id, version: report.version } });
    expect(early.data.reportQuarterlyReport.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });
    const clerkReview = await clerk.gql(action('reviewQuarterlyReport'), { i: { id: report.id, version: report.version } });
    expect(clerkReview.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const reviewed = await supervisor.gql(action('reviewQuarterlyReport'), { i: { id: report.id, version: report.version, opinion: '同意' } });
    report = reviewed.data.reviewQuarterlyReport.report;
    expect(report).toMatchObject({ status: 'REVIEWED', reviewedBy: { username: 'liqiang' }, reviewOpinion: '同意' });

    const reported = await manager.gql(action('reportQuarterlyReport'), { i: { id: report.id, version: report.version } });
    report = reported.data.reportQuarterlyReport.report;
    expect(report).toMatchObject({
      status: 'REPORTED', submittedBy: { username: 'zhangli' }, reviewedBy: { username: 'liqiang' }, reportedBy: { username: 'chenjie' },
      figures: { totals: { ticketsCompleted: 3 } },
    });
    expect(Date.parse(report.submittedAt)).toBeLessThanOrEqual(Date.parse(report.reviewedAt));
    expect(Date.parse(report.reviewedAt)).toBeLessThanOrEqual(Date.parse(report.reportedAt));

    // every step is in the history (who, old → new)
    const history = await app.orm.em.fork().getConnection().execute(
      `select field, new_value, changed_by_id from change_record where entity_type = 'QuarterlyReport' and field = 'status' order by id`,
    );
    expect(history.map((h: { new_value: string }) => h.new_value)).toEqual(['SUBMITTED', 'REVIEWED', 'REPORTED']);
  });

  it('should send a submitted report back to draft with a reason and drop its snapshot', async () => {
    const drafted = await clerk.gql(SAVE, { i: { projectId: app.projectA, period: '2026Q1', analysis: '一季度', improvementMeasures: '无' } });
    let report = drafted.data.saveQuarterlyReport.report;
    report = (await clerk.gql(action('submitQuarterlyReport'), { i: { id: report.id, version: report.version } })).data.submitQuarterlyReport.report;
    const noReason = await supervisor.gql(action('returnQuarterlyReport'), { i: { id: report.id, version: report.version } });
    expect(noReason.data.returnQuarterlyReport.userErrors[0]).toMatchObject({ field: ['opinion'], code: 'BAD_USER_INPUT' });
    const returned = await supervisor.gql(action('returnQuarterlyReport'), { i: { id: report.id, version: report.version, opinion: '请补充投诉分析' } });
    expect(returned.data.returnQuarterlyReport.report).toMatchObject({
      status: 'DRAFT', figuresFrozen: false, returnReason: '请补充投诉分析', returnedBy: { username: 'liqiang' }, analysis: '一季度',
    });
  });

  it('should let one of two clerks starting the same report at once win and tell the other', async () => {
    const other = await app.as('wangfang');
    const [a, b] = await Promise.all([
      clerk.gql(SAVE, { i: { projectId: app.projectA, period: '2026-02', analysis: '甲' } }),
      other.gql(SAVE, { i: { projectId: app.projectA, period: '2026-02', analysis: '乙' } }),
    ]);
    const payloads = [a.data.saveQuarterlyReport, b.data.saveQuarterlyReport];
    expect(payloads.filter((p) => p.report).length).toBe(1);
    expect(payloads.filter((p) => p.userErrors[0]?.code === 'CONFLICT').length).toBe(1);
    const stored = await clerk.gql(`query ($p: ID!) { quarterlyReport(projectId: $p, period: "2026-02") { analysis } }`, { p: app.projectA });
    expect(stored.data.quarterlyReport.analysis).toBe(payloads.find((p) => p.report).report.analysis);
  });

  it('should refuse a malformed period and a report of another project', async () => {
    const bad = await clerk.gql(SAVE, { i: { projectId: app.projectA, period: '2026-13', analysis: 'x' } });
    expect(bad.data.saveQuarterlyReport.userErrors[0]).toMatchObject({ field: ['period'], code: 'BAD_USER_INPUT' });
    const foreign = await clerk.gql(SAVE, { i: { projectId: app.projectB, period: '2026Q2', analysis: 'x' } });
    expect(foreign.data.saveQuarterlyReport.userErrors[0]).toMatchObject({ field: ['projectId'], code: 'NOT_FOUND' });
  });
});
