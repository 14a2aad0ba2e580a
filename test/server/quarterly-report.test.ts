import { createTestApiToken } from './helpers/api-tokens';
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

  describe('a submitted report of a quarter with a repeated complaint (2025Q4)', () => {
    let report: { id: string; version: number };
    const HISTORY = `history(first: 50) { totalCount edges { node { action field oldValue newValue changedAt changedBy { username } } } }`;

    beforeAll(async () => {
      const complaint = { kind: 'COMPLAINT', severity: 'GENERAL', department: '工程部', unit: '9-2-0901', ownerName: '欧阳娜娜', category: '噪音扰民' };
      await ticket(clerk, app.projectA, { ...complaint, receivedAt: '2025-10-09T09:00' }, '2025-10-10T10:00');
      await ticket(clerk, app.projectA, { ...complaint, receivedAt: '2025-11-09T09:00' }, '2025-11-10T10:00');
      const drafted = await clerk.gql(SAVE, { i: { projectId: app.projectA, period: '2025Q4', analysis: '四季度', improvementMeasures: '降噪' } });
      report = drafted.data.saveQuarterlyReport.report;
      report = (await clerk.gql(action('submitQuarterlyReport'), { i: { id: report.id, version: report.version } })).data.submitQuarterlyReport.report;
      report = (await supervisor.gql(action('reviewQuarterlyReport'), { i: { id: report.id, version: report.version, opinion: '同意' } })).data.reviewQuarterlyReport.report;
    });

    it('should keep every step in its history field: who, when, field, old → new', async () => {
      const res = await clerk.gql(`query ($id: ID!) { node(id: $id) { ... on QuarterlyReport { status ${HISTORY} } } }`, { id: report.id });
      const changes = res.data.node.history.edges.map((e: any) => e.node);
      expect(changes[0]).toMatchObject({ action: 'CREATE', field: null, changedBy: { username: 'zhangli' }, newValue: { period: '2025Q4', status: 'DRAFT' } });
      expect(changes).toContainEqual(expect.objectContaining({ action: 'UPDATE', field: 'status', oldValue: 'DRAFT', newValue: 'SUBMITTED', changedBy: { username: 'zhangli' } }));
      expect(changes).toContainEqual(expect.objectContaining({ action: 'UPDATE', field: 'status', oldValue: 'SUBMITTED', newValue: 'REVIEWED', changedBy: { username: 'liqiang' } }));
      expect(changes).toContainEqual(expect.objectContaining({ action: 'UPDATE', field: 'reviewOpinion', oldValue: null, newValue: '同意', changedBy: { username: 'liqiang' } }));
      expect(changes.every((c: { changedAt: string }) => Date.now() - Date.parse(c.changedAt) < 60_000)).toBe(true);
    });

    it("should mask residents in the frozen figures and in their history, as on tickets (seed 001)", async () => {
      const FIGURES = `figuresFrozen figures { repeatedComplaints { unit ownerNames count } }`;
      const figuresHistory = `history(first: 50) { edges { node { field newValue } } }`;
      const admin = await app.as('admin');
      const [statsToken, callbacksToken, auditor] = await Promise.all([
        createTestApiToken(admin, { scopes: ['STATISTICS_READ'], projectIds: [app.projectA] }).then((t) => app.bearer(t.secret)),
        createTestApiToken(admin, { scopes: ['CALLBACKS_READ'] }).then((t) => app.bearer(t.secret)),
        app.as('auditor'),
      ]);
      const masked = { figuresFrozen: true, figures: { repeatedComplaints: [{ unit: '9-*-****', ownerNames: ['欧***'], count: 2 }] } };
      const clear = { figuresFrozen: true, figures: { repeatedComplaints: [{ unit: '9-2-0901', ownerNames: ['欧阳娜娜'], count: 2 }] } };

      // by project and period, in the list, and through node(id) (statistics:read)
      const byPeriod = `query ($p: ID!) { quarterlyReport(projectId: $p, period: "2025Q4") { ${FIGURES} } quarterlyReports(projectId: $p) { period } }`;
      const tokenRead = await statsToken.gql(byPeriod, { p: app.projectA });
      expect(tokenRead.data.quarterlyReport).toEqual(masked);
      expect(tokenRead.data.quarterlyReports.map((r: { period: string }) => r.period)).toContain('2025Q4');
      const byNode = `query ($id: ID!) { node(id: $id) { ... on QuarterlyReport { ${FIGURES} ${figuresHistory} } } }`;
      const tokenNode = (await statsToken.gql(byNode, { id: report.id })).data.node;
      expect({ figuresFrozen: tokenNode.figuresFrozen, figures: tokenNode.figures }).toEqual(masked);
      const clerkNode = (await clerk.gql(byNode, { id: report.id })).data.node;
      expect({ figuresFrozen: clerkNode.figuresFrozen, figures: clerkNode.figures }).toEqual(clear);

      // the snapshot written at submission, as history shows it
      const frozen = (node: any) => node.history.edges.find((e: any) => e.node.field === 'figures').node.newValue;
      expect(frozen(tokenNode).repeatedComplaints[0]).toMatchObject({ unit: '9-*-****', ownerNames: ['欧***'] });
      expect(frozen((await auditor.gql(byNode, { id: report.id })).data.node).repeatedComplaints[0]).toMatchObject({ unit: '9-*-****', ownerNames: ['欧***'] });
      expect(JSON.stringify(tokenNode.history)).not.toMatch(/欧阳|9-2-0901/);
      expect(frozen(clerkNode).repeatedComplaints[0]).toMatchObject({ unit: '9-2-0901', ownerNames: ['欧阳娜娜'] });

      // a token without statistics:read: refused by query, nothing by node(id); archiveStatus is a read like the others
      const refused = await callbacksToken.gql(byPeriod, { p: app.projectA });
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await callbacksToken.gql(byNode, { id: report.id })).data.node).toBeNull();
      const archive = `query ($p: ID!) { archiveStatus(projectId: $p, period: "2025Q4") { period archived } }`;
      expect((await statsToken.gql(archive, { p: app.projectA })).data.archiveStatus).toEqual({ period: '2025Q4', archived: false });
      expect((await callbacksToken.gql(archive, { p: app.projectA })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await statsToken.gql(archive, { p: app.projectB })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });
});
