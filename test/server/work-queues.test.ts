import 'reflect-metadata';
import { addDays, archiveDueDate, toLocalDate } from '@hf/shared';
import { createApp } from '../../server/src/app';
import { loadConfig } from '../../server/src/config';
import { initOrm } from '../../server/src/db/orm';
import { createTestApiToken } from './helpers/api-tokens';
import { completeTestTicket, createTestTicket } from './helpers/factories';
import { Client, client, initTestApp, TestApp } from './helpers/test-app';

// 待办 (issue 14.1): each role's work queues — who sees what, access, masking, counts, paging, statements.

const EDGE = 'cursor daysLeft daysOverdue waitingSince ageDays correctableUntil node { id serialCode status windowTo ticket { number kind severity ownerName unit phone } }';
const page = (field: string, args = '') => `${field}${args} { totalCount pageInfo { hasNextPage endCursor } edges { ${EDGE} } }`;
const CLERK_QUEUES = `{ workQueues { user { username } today kinds
  ${page('callbacksOverdue')} ${page('callbacksDueToday')} ${page('callbacksDueSoon')} ${page('callLaterDue')} ${page('correctionsOpen')} } }`;
const ADD = `mutation ($i: AddCallbackInput!) { addCallback(input: $i) { callback { id version serialCode } userErrors { field code message } } }`;
const RECORD = `mutation ($i: RecordCallbackResultInput!) { recordCallbackResult(input: $i) { callback { id version status } userErrors { field code message } } }`;
const ATTEMPT = `mutation ($i: RecordAttemptInput!) { recordCallbackAttempt(input: $i) { callback { id version } userErrors { field code message } } }`;
const REVIEW = `mutation ($i: CallbackActionInput!) { reviewCallback(input: $i) { callback { id version status } userErrors { field code message } } }`;
const OPINION = `mutation ($i: CallbackActionInput!) { writeHandlingOpinion(input: $i) { callback { id version status } userErrors { field code message } } }`;

type Edge = { cursor: string; daysLeft: number | null; daysOverdue: number | null; waitingSince: string | null; ageDays: number | null; correctableUntil: string | null; node: { id: string; serialCode: string; status: string; windowTo: string; ticket: { number: string; kind: string; severity: string | null; ownerName: string; unit: string; phone: string } } };
type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Edge[] };
const codes = (p: Page) => p.edges.map((e) => e.node.serialCode);

describe('work queues (待办)', () => {
  let app: TestApp;
  let clerk: Client; // 张丽, A01
  let otherClerk: Client; // 王芳, A01
  let supervisor: Client; // 李强, A01
  let departmentSupervisor: Client; // 赵刚, 工程部 of A01
  let manager: Client; // 陈杰, A01
  let auditor: Client;
  let admin: Client;
  let users: Record<string, string>;
  const today = toLocalDate(new Date());
  const sql = (text: string, params: unknown[] = []) => app.orm.em.fork().getConnection().execute(text, params);

  /** A completed repair ticket with a callback added by hand with this window and assignee. */
  async function callbackWithWindow(from: string, to: string, assignee = 'zhangli', owner: Record<string, unknown> = {}) {
    const { ticket } = await createTestTicket(clerk, app.projectA, { kind: 'HELP', category: null, receivedAt: new Date(Date.parse(`${addDays(today, -21)}T10:00:00+08:00`)).toISOString(), ...owner });
    const done = await completeTestTicket(clerk, ticket, { completedAt: new Date(Date.parse(`${addDays(today, -20)}T10:00:00+08:00`)).toISOString() });
    for (const c of done.callbacks) await sql(`update callback set status = 'VOIDED', void_reason = 'test: only the hand-made one' where serial_code = ?`, [c.serialCode]);
    const added = await clerk.gql(ADD, { i: { ticketId: done.ticket.id, windowFrom: from, windowTo: to, assigneeId: users[assignee] } });
    if (!added.data?.addCallback.callback) throw new Error(JSON.stringify(added));
    return added.data.addCallback.callback as { id: string; version: number; serialCode: string };
  }

  async function recordAs(who: Client, callback: { id: string; version: number }, result = 'QUALIFIED') {
    const res = await who.gql(RECORD, {
      i: { id: callback.id, version: callback.version, methods: ['PHONE'], performedAt: new Date(Date.now() - 60_000).toISOString(),
        satisfaction: result === 'QUALIFIED' ? 'SATISFIED' : 'UNSATISFIED', shortcomings: result === 'QUALIFIED' ? null : '处理不及时', result },
    });
    if (!res.data?.recordCallbackResult.callback) throw new Error(JSON.stringify(res));
    return res.data.recordCallbackResult.callback as { id: string; version: number; status: string };
  }

  let overdue5: { id: string; version: number; serialCode: string };
  let overdue1: { id: string; version: number; serialCode: string };
  let dueToday: { id: string; version: number; serialCode: string };
  let dueSoon: { id: string; version: number; serialCode: string };
  let notDue: { id: string; version: number; serialCode: string };
  let othersDue: { id: string; version: number; serialCode: string };
  let callLater: { id: string; version: number; serialCode: string };
  let callLaterLater: { id: string; version: number; serialCode: string };
  let recordedByClerk: { id: string; version: number; status: string };
  let recordedLongAgo: { id: string; version: number; status: string };
  let recordedByOther: { id: string; version: number; status: string };
  let escalated: { id: string; version: number; status: string };

  beforeAll(async () => {
    app = await initTestApp();
    [clerk, otherClerk, supervisor, departmentSupervisor, manager, auditor, admin] = await Promise.all(
      ['zhangli', 'wangfang', 'liqiang', 'zhaogang', 'chenjie', 'auditor', 'admin'].map((u) => app.as(u)),
    );
    const rows = await sql(`select id, username from app_user`);
    users = Object.fromEntries(rows.map((r: { id: number; username: string }) => [r.username, Buffer.from(`User:${r.id}`).toString('base64url')]));

    // 客服管家: windows closing 5 and 1 days ago, today, in 2 days, in 3 days (not due yet); one of 王芳's due today
    overdue5 = await callbackWithWindow(addDays(today, -10), addDays(today, -5), 'zhangli', { ownerName: '欧阳娜娜', unit: '12-3-0801', phone: '13987654321' });
    overdue1 = await callbackWithWindow(addDays(today, -10), addDays(today, -1));
    dueToday = await callbackWithWindow(addDays(today, -3), today);
    dueSoon = await callbackWithWindow(addDays(today, -3), addDays(today, 2));
    notDue = await callbackWithWindow(addDays(today, 1), addDays(today, 3));
    othersDue = await callbackWithWindow(addDays(today, -3), today, 'wangfang');

    // 约定稍后回访: one agreed an hour ago (due), one agreed for two hours from now (not yet)
    callLater = await callbackWithWindow(addDays(today, -3), addDays(today, 20));
    callLaterLater = await callbackWithWindow(addDays(today, -3), addDays(today, 20));
    const hour = 3_600_000;
    for (const [c, next] of [[callLater, -hour], [callLaterLater, 2 * hour]] as const) {
      const res = await clerk.gql(ATTEMPT, { i: { id: c.id, version: c.version, outcome: 'CALL_LATER', attemptedAt: new Date(Date.now() - 3 * hour).toISOString(), nextAttemptAt: new Date(Date.now() + next).toISOString() } });
      expect(res.data.recordCallbackAttempt.userErrors).toEqual([]);
    }

    // records: 张丽's own (still correctable), one recorded 25 hours ago (window passed), 王芳's; one unqualified → escalated
    recordedByClerk = await recordAs(clerk, await callbackWithWindow(addDays(today, -3), addDays(today, 20)));
    recordedLongAgo = await recordAs(clerk, await callbackWithWindow(addDays(today, -3), addDays(today, 20)));
    await sql(`update callback set recorded_at = now() - interval '25 hours' where id = ?`, [Number(Buffer.from(recordedLongAgo.id, 'base64url').toString().split(':')[1])]);
    recordedByOther = await recordAs(otherClerk, await callbackWithWindow(addDays(today, -3), addDays(today, 20), 'wangfang'));
    const unqualified = await recordAs(clerk, await callbackWithWindow(addDays(today, -3), addDays(today, 20)), 'UNQUALIFIED');
    const reviewed = await supervisor.gql(REVIEW, { i: { id: unqualified.id, version: unqualified.version, opinion: '回访不合格，上报项目经理' } });
    escalated = reviewed.data.reviewCallback.callback;
    expect(escalated.status).toBe('ESCALATED');
  });
  afterAll(() => app.close());

  const idOf = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

  it("should give a clerk their own callbacks due today, within 2 days and overdue (with the days over), judged on today's date in Asia/Shanghai", async () => {
    const res = await clerk.gql(CLERK_QUEUES);
    expect(res.errors).toBeUndefined();
    const q = res.data.workQueues;
    expect(q).toMatchObject({ user: { username: 'zhangli' }, today, kinds: ['CALLBACKS_OVERDUE', 'CALLBACKS_DUE_TODAY', 'CALL_LATER_DUE', 'CALLBACKS_DUE_SOON', 'CORRECTIONS_OPEN'] });
    // most overdue first, with the days over; 王芳's callback is not 张丽's work
    expect(codes(q.callbacksOverdue)).toEqual([overdue5.serialCode, overdue1.serialCode]);
    expect(q.callbacksOverdue.edges.map((e: Edge) => [e.daysOverdue, e.daysLeft])).toEqual([[5, -5], [1, -1]]);
    expect(codes(q.callbacksDueToday)).toEqual([dueToday.serialCode]);
    expect(q.callbacksDueToday.edges[0]).toMatchObject({ daysLeft: 0, daysOverdue: 0 });
    expect(codes(q.callbacksDueSoon)).toEqual([dueSoon.serialCode]);
    expect(q.callbacksDueSoon.edges[0].daysLeft).toBe(2);
    expect(q.callbacksDueToday.totalCount + q.callbacksDueSoon.totalCount + q.callbacksOverdue.totalCount).toBe(4);
    const everything = [q.callbacksOverdue, q.callbacksDueToday, q.callbacksDueSoon].flatMap(codes);
    expect(everything).not.toContain(notDue.serialCode);
    expect(everything).not.toContain(othersDue.serialCode);
    // staff of the project read the resident's data as it is
    expect(q.callbacksOverdue.edges[0].node.ticket).toMatchObject({ ownerName: '欧阳娜娜', unit: '12-3-0801', phone: '13987654321' });

    const other = (await otherClerk.gql(CLERK_QUEUES)).data.workQueues;
    expect(codes(other.callbacksDueToday)).toEqual([othersDue.serialCode]);
    expect(other.callbacksOverdue.totalCount).toBe(0);
  });

  it('should list call-later attempts whose agreed time has come, and the records the clerk may still correct until the window closes', async () => {
    const q = (await clerk.gql(CLERK_QUEUES)).data.workQueues;
    expect(codes(q.callLaterDue)).toEqual([callLater.serialCode]);
    expect(Date.now() - Date.parse(q.callLaterDue.edges[0].waitingSince)).toBeGreaterThan(3_000_000);

    // her own record of a minute ago, correctable for 24 hours (A01's setting); not the one of 25 hours ago, not 王芳's
    expect(q.correctionsOpen.edges.map((e: Edge) => e.node.id)).toEqual([recordedByClerk.id]);
    const until = Date.parse(q.correctionsOpen.edges[0].correctableUntil);
    expect(until - Date.now()).toBeGreaterThan(23 * 3_600_000);
    expect(until - Date.now()).toBeLessThanOrEqual(24 * 3_600_000);
    expect((await otherClerk.gql(CLERK_QUEUES)).data.workQueues.correctionsOpen.edges.map((e: Edge) => e.node.id)).toEqual([recordedByOther.id]);

    // the window really is what the grid allows: the clerk can still correct the first, not the second
    const correct = async (c: { id: string; version: number }) =>
      (await clerk.gql(`mutation ($i: UpdateCallbacksInput!) { updateCallbacks(input: $i) { savedCount userErrors { code } } }`, { i: { rows: [{ id: c.id, version: c.version, patch: { suggestions: '更正' } }] } })).data.updateCallbacks;
    expect(await correct(recordedByClerk)).toEqual({ savedCount: 1, userErrors: [] });
    expect(await correct(recordedLongAgo)).toEqual({ savedCount: 0, userErrors: [{ code: 'FORBIDDEN' }] });
  });

  it('should give the service supervisor the records waiting for review oldest first with their age, and drop a record once reviewed', async () => {
    // 王芳's record was written three days ago
    await sql(`update callback set recorded_at = now() - interval '3 days' where id = ?`, [idOf(recordedByOther.id)]);
    const q = `{ workQueues { kinds ${page('recordsToReview')} } }`;
    const before = (await supervisor.gql(q)).data.workQueues;
    expect(before.kinds).toEqual(['RECORDS_TO_REVIEW', 'REPORTS_TO_REVIEW', 'SPOT_CHECK_QUOTA', 'TARGETS_AT_RISK', 'ARCHIVE_DUE', 'OWNER_DISPUTES']);
    expect(before.recordsToReview.edges.map((e: Edge) => e.node.id)).toEqual([recordedByOther.id, recordedLongAgo.id, recordedByClerk.id]);
    expect(before.recordsToReview.edges.map((e: Edge) => e.ageDays)).toEqual([3, expect.any(Number), 0]);
    expect(before.recordsToReview.edges[1].ageDays).toBeGreaterThanOrEqual(1);

    const current = before.recordsToReview.edges[0].node;
    const version = (await supervisor.gql(`query ($id: ID!) { node(id: $id) { ... on Callback { version } } }`, { id: current.id })).data.node.version;
    expect((await supervisor.gql(REVIEW, { i: { id: current.id, version, opinion: '同意' } })).data.reviewCallback.callback.status).toBe('REVIEWED');
    const after = (await supervisor.gql(q)).data.workQueues;
    expect(after.recordsToReview.edges.map((e: Edge) => e.node.id)).toEqual([recordedLongAgo.id, recordedByClerk.id]);
  });

  it('should page a queue with opaque cursors and refuse a cursor that is not one', async () => {
    const first = (await clerk.gql(`{ workQueues { ${page('callbacksOverdue', '(first: 1)')} } }`)).data.workQueues.callbacksOverdue;
    expect(codes(first)).toEqual([overdue5.serialCode]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (await clerk.gql(`query ($a: String) { workQueues { ${page('callbacksOverdue', '(first: 1, after: $a)')} } }`, { a: first.pageInfo.endCursor })).data.workQueues.callbacksOverdue;
    expect(codes(next)).toEqual([overdue1.serialCode]);
    expect(next.pageInfo.hasNextPage).toBe(false);
    expect(next.totalCount).toBe(2);

    const forged = await clerk.gql(`{ workQueues { callbacksOverdue(after: "${Buffer.from(JSON.stringify(['not-a-date', 1])).toString('base64url')}") { totalCount } } }`);
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['after'] });
    const tooBig = await clerk.gql(`{ workQueues { callbacksOverdue(first: 501) { totalCount } } }`);
    expect(tooBig.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("should give the department supervisor the general complaints against their department waiting for the joint callback, and not another department's", async () => {
    const complaint = async (department: string, severity: string) => {
      const { ticket } = await createTestTicket(clerk, app.projectA, { kind: 'COMPLAINT', severity, department, category: null, summary: `投诉${department}` });
      return (await completeTestTicket(clerk, ticket)).callbacks[0] as { id: string; serialCode: string; assignee: { username: string }; coAssignee: { username: string } | null };
    };
    const engineering = await complaint('工程部', 'GENERAL');
    const cleaning = await complaint('保洁部', 'GENERAL');
    const major = await complaint('工程部', 'MAJOR');
    // the assignment rule (回访标准规程): 赵刚 with a clerk
    expect(engineering.assignee.username).toBe('zhaogang');

    const q = (await departmentSupervisor.gql(`{ workQueues { kinds ${page('jointComplaintCallbacks')} } }`)).data.workQueues;
    expect(q.kinds).toEqual(['JOINT_COMPLAINT_CALLBACKS']);
    expect(codes(q.jointComplaintCallbacks)).toEqual([engineering.serialCode]);
    expect(q.jointComplaintCallbacks.edges[0]).toMatchObject({ daysLeft: expect.any(Number), node: { ticket: { kind: 'COMPLAINT', severity: 'GENERAL' } } });
    expect(codes(q.jointComplaintCallbacks)).not.toContain(cleaning.serialCode);

    // 何军 leads 秩序维护部 of B02: nothing of A01
    const other = await (await app.as('hejun')).gql(`{ workQueues { ${page('jointComplaintCallbacks')} } }`);
    expect(other.data.workQueues.jointComplaintCallbacks.totalCount).toBe(0);

    // the project manager organises the major one
    const m = (await manager.gql(`{ workQueues { ${page('majorComplaintsToOrganise')} } }`)).data.workQueues;
    expect(codes(m.majorComplaintsToOrganise)).toEqual([major.serialCode]);
  });

  it('should give the project manager the escalated callbacks without a handling opinion, with their age, until the opinion is written', async () => {
    await sql(`update callback set escalated_at = now() - interval '2 days' where id = ?`, [idOf(escalated.id)]);
    const q = `{ workQueues { kinds ${page('escalationsWithoutOpinion')} } }`;
    const before = (await manager.gql(q)).data.workQueues;
    expect(before.kinds).toEqual(['ESCALATIONS_WITHOUT_OPINION', 'MAJOR_COMPLAINTS_TO_ORGANISE', 'REPORTS_TO_MARK_REPORTED']);
    expect(before.escalationsWithoutOpinion.edges.map((e: Edge) => [e.node.id, e.ageDays])).toEqual([[escalated.id, 2]]);
    // B02's manager sees nothing of A01
    expect((await (await app.as('zhoumin')).gql(q)).data.workQueues.escalationsWithoutOpinion.totalCount).toBe(0);

    const written = await manager.gql(OPINION, { i: { id: escalated.id, version: escalated.version, opinion: '责成工程部返修', followUp: '已安排复查' } });
    expect(written.data.writeHandlingOpinion.userErrors).toEqual([]);
    expect((await manager.gql(q)).data.workQueues.escalationsWithoutOpinion.totalCount).toBe(0);
  });

  it('should move a quarterly report from the supervisor\'s queue to the manager\'s, and count reports per state for the auditor', async () => {
    const period = '2026Q2';
    const saved = await clerk.gql(`mutation ($i: SaveQuarterlyReportInput!) { saveQuarterlyReport(input: $i) { report { id version } userErrors { code } } }`, {
      i: { projectId: app.projectA, period, analysis: '本季度回访情况良好', improvementMeasures: '加强回访时效' },
    });
    let report = saved.data.saveQuarterlyReport.report;
    const step = async (who: Client, name: string, opinion?: string) => {
      const res = await who.gql(`mutation ($i: QuarterlyReportActionInput!) { ${name}(input: $i) { report { id version status } userErrors { code message } } }`, { i: { id: report.id, version: report.version, opinion } });
      report = res.data[name].report;
      return report;
    };
    const reports = (field: string) => `{ workQueues { ${field} { totalCount edges { waitingSince ageDays node { id period status } } } } }`;
    const byState = `{ workQueues { reportsByState { status count } } }`;

    expect((await auditor.gql(byState)).data.workQueues.reportsByState).toEqual([
      { status: 'DRAFT', count: 1 }, { status: 'SUBMITTED', count: 0 }, { status: 'REVIEWED', count: 0 }, { status: 'REPORTED', count: 0 },
    ]);
    await step(clerk, 'submitQuarterlyReport');
    const toReview = (await supervisor.gql(reports('reportsToReview'))).data.workQueues.reportsToReview;
    expect(toReview).toMatchObject({ totalCount: 1, edges: [{ ageDays: 0, node: { id: report.id, period, status: 'SUBMITTED' } }] });
    expect((await manager.gql(reports('reportsToMarkReported'))).data.workQueues.reportsToMarkReported.totalCount).toBe(0);

    await step(supervisor, 'reviewQuarterlyReport', '同意');
    expect((await supervisor.gql(reports('reportsToReview'))).data.workQueues.reportsToReview.totalCount).toBe(0);
    const toReport = (await manager.gql(reports('reportsToMarkReported'))).data.workQueues.reportsToMarkReported;
    expect(toReport).toMatchObject({ totalCount: 1, edges: [{ node: { id: report.id, status: 'REVIEWED' } }] });
    expect((await auditor.gql(byState)).data.workQueues.reportsByState).toContainEqual({ status: 'REVIEWED', count: 1 });

    await step(manager, 'reportQuarterlyReport');
    expect((await manager.gql(reports('reportsToMarkReported'))).data.workQueues.reportsToMarkReported.totalCount).toBe(0);
    expect((await auditor.gql(byState)).data.workQueues.reportsByState).toContainEqual({ status: 'REPORTED', count: 1 });
  });

  it("should show the supervisor the period's spot-check quota and the targets at risk exactly as the statistics compute them", async () => {
    // four repairs completed this quarter (sampling picks 30 %); nothing recorded yet
    for (let i = 0; i < 4; i++) await completeTestTicket(clerk, (await createTestTicket(clerk, app.projectA, { kind: 'REPAIR' })).ticket);
    const res = await supervisor.gql(`{ workQueues {
      spotCheckQuota { project { code } period ratePercent repairRecords required planned done stillToPlan remaining }
      targetsAtRisk { project { code } period kind targetRatePercent achievedRatePercent callbacksRequired callbacksDone callbacksOpen overdue } } }`);
    expect(res.errors).toBeUndefined();
    const stats = (await supervisor.gql(`query ($p: ID!) { quarterlyStatistics(projectId: $p) { period spotCheck { ratePercent repairRecords required planned done remaining }
      kinds { kind targetRatePercent achievedRatePercent callbacksRequired callbacksDone } } }`, { p: app.projectA })).data.quarterlyStatistics;
    const [quota] = res.data.workQueues.spotCheckQuota;
    expect(quota).toEqual({ project: { code: 'A01' }, period: stats.period, ...stats.spotCheck, stillToPlan: stats.spotCheck.required - stats.spotCheck.planned });
    expect(quota.repairRecords).toBe(4);
    expect(quota.required).toBe(1); // 20 % of 4, rounded up (seed 004)
    expect(quota.stillToPlan).toBe(1);

    const atRisk = res.data.workQueues.targetsAtRisk;
    const expected = stats.kinds.filter((k: { targetRatePercent: number | null; achievedRatePercent: number | null }) =>
      k.targetRatePercent !== null && k.achievedRatePercent !== null && k.achievedRatePercent < k.targetRatePercent);
    expect(atRisk.map((k: { kind: string }) => k.kind)).toEqual(expected.map((k: { kind: string }) => k.kind));
    const repair = atRisk.find((k: { kind: string }) => k.kind === 'REPAIR');
    expect(repair).toMatchObject({ project: { code: 'A01' }, targetRatePercent: 30, achievedRatePercent: 0, callbacksDone: 0 });
    expect(repair.callbacksOpen).toBeGreaterThan(0);
  });

  it('should give the supervisor the archive due date and reminder, and the auditor every project\'s recent periods archived or not', async () => {
    const due = `{ workQueues { archiveDue { period dueDate reminder archived archivedBy { username } } } }`;
    const status = (await supervisor.gql(`query ($p: ID!) { archiveStatus(projectId: $p) { period dueDate reminder archived } }`, { p: app.projectA })).data.archiveStatus;
    const before = (await supervisor.gql(due)).data.workQueues.archiveDue;
    expect(before).toEqual([{ ...status, archivedBy: null }]);
    expect(before[0].dueDate).toBe(archiveDueDate(before[0].period));

    const overview = `{ workQueues { archiveOverview { totalCount edges { node { project { code } archivedCount notArchivedCount periods { period archived dueDate reminder reportStatus } } } } } }`;
    const list = (await auditor.gql(overview)).data.workQueues.archiveOverview;
    expect(list.totalCount).toBe(2);
    expect(list.edges.map((e: { node: { project: { code: string } } }) => e.node.project.code)).toEqual(['A01', 'B02']);
    const a01 = list.edges[0].node;
    expect(a01.periods.map((p: { period: string }) => p.period)).toEqual([status.period, ...a01.periods.slice(1).map((p: { period: string }) => p.period)]);
    expect(a01.periods).toHaveLength(4);
    expect(a01.periods.find((p: { period: string }) => p.period === '2026Q2').reportStatus).toBe('REPORTED');
    expect(a01.notArchivedCount).toBe(4);

    const archived = await supervisor.gql(`mutation ($i: ArchivePeriodInput!) { archivePeriod(input: $i) { archive { archived } userErrors { code message } } }`, { i: { projectId: app.projectA, period: status.period } });
    expect(archived.data.archivePeriod.userErrors).toEqual([]);
    expect((await supervisor.gql(due)).data.workQueues.archiveDue).toEqual([{ ...status, reminder: false, archived: true, archivedBy: { username: 'liqiang' } }]);
    const after = (await auditor.gql(overview)).data.workQueues.archiveOverview.edges[0].node;
    expect(after).toMatchObject({ archivedCount: 1, notArchivedCount: 3 });
    expect(after.periods[0]).toMatchObject({ period: status.period, archived: true, reminder: false });
    // the admin reads the same overview (staff of no project)
    expect((await admin.gql(overview)).data.workQueues.archiveOverview.totalCount).toBe(2);
  });

  it('should refuse another role\'s queue, another person\'s queues and a foreign project, and ask anonymous callers to sign in', async () => {
    const clerkAsksReview = await clerk.gql(`{ workQueues { recordsToReview { totalCount } } }`);
    expect(clerkAsksReview.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, path: ['workQueues', 'recordsToReview'] });
    expect(clerkAsksReview.errors?.[0].message).toContain('待审核记录');
    const supervisorAsksDue = await supervisor.gql(`{ workQueues { callbacksDueToday { totalCount } } }`);
    expect(supervisorAsksDue.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const auditorAsksSpotChecks = await auditor.gql(`{ workQueues { spotCheckQuota { required } } }`);
    expect(auditorAsksSpotChecks.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const someoneElse = await clerk.gql(`query ($u: ID!) { workQueues(userId: $u) { kinds } }`, { u: users.wangfang });
    expect(someoneElse.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: ['userId'] });
    const foreign = await clerk.gql(`query ($p: ID!) { workQueues(projectId: $p) { kinds } }`, { p: app.projectB });
    expect(foreign.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const own = await clerk.gql(`query ($p: ID!) { workQueues(projectId: $p) { callbacksOverdue { totalCount } } }`, { p: app.projectA });
    expect(own.data.workQueues.callbacksOverdue.totalCount).toBe(2);
    // 刘梅 works in B02 only: none of A01's work
    expect((await (await app.as('liumei')).gql(`{ workQueues { callbacksOverdue { totalCount } correctionsOpen { totalCount } } }`)).data.workQueues)
      .toEqual({ callbacksOverdue: { totalCount: 0 }, correctionsOpen: { totalCount: 0 } });

    const anonymous = await app.anonymous.gql(`{ workQueues { kinds } }`);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("should let an API token read a named user's queues within its projects and scopes, with residents' data masked unless it holds pii:read", async () => {
    const token = async (scopes: string[], projectIds?: string[]) => app.bearer((await createTestApiToken(admin, { scopes, projectIds })).secret);
    const reader = await token(['CALLBACKS_READ']);
    const q = `query ($u: ID) { workQueues(userId: $u) { user { username } kinds ${page('callbacksOverdue')} } }`;

    const unnamed = await reader.gql(q, {});
    expect(unnamed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['userId'] });

    const masked = (await reader.gql(q, { u: users.zhangli })).data.workQueues;
    expect(masked.user.username).toBe('zhangli');
    expect(codes(masked.callbacksOverdue)).toEqual([overdue5.serialCode, overdue1.serialCode]);
    expect(masked.callbacksOverdue.edges[0].node.ticket).toMatchObject({ ownerName: '欧***', unit: '12-*-****', phone: '139****4321' });

    const clear = (await (await token(['CALLBACKS_READ', 'PII_READ'])).gql(q, { u: users.zhangli })).data.workQueues;
    expect(clear.callbacksOverdue.edges[0].node.ticket).toMatchObject({ ownerName: '欧阳娜娜', unit: '12-3-0801', phone: '13987654321' });

    // statistics:read alone opens the report and archive queues, not the callbacks
    const statistics = await token(['STATISTICS_READ']);
    const noCallbacks = await statistics.gql(q, { u: users.zhangli });
    expect(noCallbacks.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const reports = await statistics.gql(`query ($u: ID) { workQueues(userId: $u) { reportsToReview { totalCount } archiveDue { period } } }`, { u: users.liqiang });
    expect(reports.errors).toBeUndefined();
    const callbacksOnly = await reader.gql(`query ($u: ID) { workQueues(userId: $u) { reportsToReview { totalCount } } }`, { u: users.liqiang });
    expect(callbacksOnly.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // a token of B02 does not know 张丽 (A01)
    const other = await (await token(['CALLBACKS_READ'], [app.projectB])).gql(q, { u: users.zhangli });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: ['userId'] });
    // counts: only the queues the token may read
    const counted = (await statistics.gql(`query ($u: ID) { workQueueCounts(userId: $u) { queues { kind count } } }`, { u: users.liqiang })).data.workQueueCounts;
    expect(counted.queues.map((c: { kind: string }) => c.kind)).toEqual(['REPORTS_TO_REVIEW', 'ARCHIVE_DUE']);
  });

  it('should count every counted queue of a role in the badges, equal to the queues themselves', async () => {
    const counts = `{ workQueueCounts { user { username } today total queues { kind count } } }`;
    const clerkCounts = (await clerk.gql(counts)).data.workQueueCounts;
    const clerkQueues = (await clerk.gql(CLERK_QUEUES)).data.workQueues;
    expect(clerkCounts).toMatchObject({ user: { username: 'zhangli' }, today });
    expect(clerkCounts.queues).toEqual([
      { kind: 'CALLBACKS_OVERDUE', count: clerkQueues.callbacksOverdue.totalCount },
      { kind: 'CALLBACKS_DUE_TODAY', count: clerkQueues.callbacksDueToday.totalCount },
      { kind: 'CALL_LATER_DUE', count: clerkQueues.callLaterDue.totalCount },
      { kind: 'CALLBACKS_DUE_SOON', count: clerkQueues.callbacksDueSoon.totalCount },
      { kind: 'CORRECTIONS_OPEN', count: clerkQueues.correctionsOpen.totalCount },
    ]);
    expect(clerkCounts.total).toBe(clerkCounts.queues.reduce((s: number, c: { count: number }) => s + c.count, 0));
    expect(clerkCounts.total).toBeGreaterThan(0);

    const supervisorCounts = (await supervisor.gql(counts)).data.workQueueCounts.queues;
    const review = (await supervisor.gql(`{ workQueues { recordsToReview { totalCount } reportsToReview { totalCount } archiveDue { reminder } } }`)).data.workQueues;
    expect(supervisorCounts).toEqual([
      { kind: 'RECORDS_TO_REVIEW', count: review.recordsToReview.totalCount },
      { kind: 'REPORTS_TO_REVIEW', count: review.reportsToReview.totalCount },
      { kind: 'ARCHIVE_DUE', count: review.archiveDue.filter((a: { reminder: boolean }) => a.reminder).length },
      // no owner has disputed a phone result in this test (test/server/owner-links.test.ts fills this queue)
      { kind: 'OWNER_DISPUTES', count: 0 },
    ]);
    expect((await manager.gql(counts)).data.workQueueCounts.queues.map((c: { kind: string }) => c.kind)).toEqual(['ESCALATIONS_WITHOUT_OPINION', 'MAJOR_COMPLAINTS_TO_ORGANISE', 'REPORTS_TO_MARK_REPORTED']);
    expect((await departmentSupervisor.gql(counts)).data.workQueueCounts.queues).toEqual([{ kind: 'JOINT_COMPLAINT_CALLBACKS', count: 1 }]);
    expect((await auditor.gql(counts)).data.workQueueCounts).toMatchObject({ queues: [], total: 0 });
  });

  it('should answer the 待办 screen and the badges with the same number of SQL statements whatever the number of items', async () => {
    let statements = 0;
    const countingOrm = await initOrm(app.databaseUrl, { debug: ['query'], logger: () => { statements += 1; } });
    const counting = await createApp(loadConfig({ port: 0, host: '127.0.0.1' }), countingOrm, () => undefined);
    try {
      const as = client(counting.url, clerk.token);
      const supervisorThere = client(counting.url, supervisor.token);
      const SCREEN = `{ workQueues { ${['callbacksOverdue', 'callbacksDueToday', 'callLaterDue', 'callbacksDueSoon', 'correctionsOpen']
        .map((f) => `${f}(first: 20) { totalCount edges { daysLeft node { serialCode ticket { number ownerName } assignee { displayName } coAssignee { displayName } recordedBy { displayName } project { code } } } }`).join(' ')} } }`;
      const SUPERVISOR = `{ workQueues { recordsToReview(first: 20) { totalCount edges { ageDays node { serialCode ticket { ownerName } recordedBy { displayName } } } }
        reportsToReview { totalCount } spotCheckQuota { required } targetsAtRisk { kind } archiveDue { reminder } } }`;
      await as.gql(`{ workQueueCounts { total } }`); // a fresh server's first request
      const measure = async (c: Client, query: string) => {
        statements = 0;
        const res = await c.gql(query);
        expect(res.errors).toBeUndefined();
        return statements;
      };
      const before = { screen: await measure(as, SCREEN), counts: await measure(as, `{ workQueueCounts { total } }`), supervisor: await measure(supervisorThere, SUPERVISOR) };
      // more work arrives: five more overdue callbacks of 张丽, recorded ones for the supervisor
      for (let i = 0; i < 5; i++) await callbackWithWindow(addDays(today, -9), addDays(today, -2 - i));
      for (let i = 0; i < 3; i++) await recordAs(clerk, await callbackWithWindow(addDays(today, -3), addDays(today, 20)));
      const after = { screen: await measure(as, SCREEN), counts: await measure(as, `{ workQueueCounts { total } }`), supervisor: await measure(supervisorThere, SUPERVISOR) };
      expect(after).toEqual(before);
      // the badges: the session lookup and one statement for every queue; the screen: the session, and a page and a count per queue
      expect(before.counts).toBe(2);
      expect(before.screen).toBe(1 + 5 * 2);
    } finally {
      await counting.close();
      await countingOrm.close();
    }
  });
});
