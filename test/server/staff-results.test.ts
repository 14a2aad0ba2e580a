import { CallbackResult, CallbackStatus, Satisfaction } from '@hf/shared';
import { spotCheckAgreement } from '../../server/src/modules/callbacks/spot-check.rules';
import { spotCheckAgreementSql } from '../../server/src/modules/staff-results/staff-results.sql';
import { createTestApiToken } from './helpers/api-tokens';
import { at, record, ticket } from './helpers/dated-records';
import { Client, initTestApp, TestApp } from './helpers/test-app';

// 考核 (issue 17, item 4): a quarter (2026Q2) of project A01 whose per-staff and per-handler figures are worked out by
// hand below, judged as of 5 July 2026. 张丽 and 王芳 are the clerks, 赵刚 the department supervisor of 工程部, 李强
// the supervisor who spot-checks.

const STAFF_RESULTS = `query ($p: ID!, $period: String, $asOf: LocalDate) { staffResults(projectId: $p, period: $period, asOf: $asOf) {
  period from to asOf ownRowOnly
  staff { username displayName role callbacksAssigned callbacksDone doneWithinWindow overdue unreachable callbacksPerformed rated
    satisfiedRatePercent spotChecked spotCheckAgreed spotCheckAgreementPercent }
  handlers { department handler departmentTotal callbacksRecorded rated satisfiedRatePercent unqualified } } }`;
const ADD = `mutation ($i: AddCallbackInput!) { addCallback(input: $i) { callback { id version } userErrors { field code message } } }`;
const ATTEMPT = `mutation ($i: RecordAttemptInput!) { recordCallbackAttempt(input: $i) { callback { id version status } userErrors { field code message } } }`;
const PLAN = `mutation ($i: PlanSpotChecksInput!) { planSpotChecks(input: $i) { spotChecks { id version } userErrors { field code message } } }`;
const VOID = `mutation ($i: VoidInput!) { voidCallback(input: $i) { callback { status } userErrors { code } } }`;

// every ticket its own resident (the minimum gap between two callbacks to one owner would keep sampling off a second)
const OWNERS: string[] = [];
const UNITS: string[] = [];
function resident() {
  OWNERS.push(`考核业主${OWNERS.length + 1}`);
  UNITS.push(`9-1-${String(901 + UNITS.length).padStart(4, '0')}`);
  return { ownerName: OWNERS[OWNERS.length - 1], unit: UNITS[UNITS.length - 1] };
}

describe('staff results (考核)', () => {
  let app: TestApp;
  let zhangli: Client;
  let wangfang: Client;
  let supervisor: Client;
  let zhaogang: Client;
  let manager: Client;
  let auditor: Client;
  let admin: Client;
  const userIds: Record<string, number> = {};
  const sql = (text: string, params: unknown[] = []) => app.orm.em.fork().getConnection().execute(text, params);
  const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
  const idOf = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

  /** A completed ticket with one callback added by hand: this window, this assignee (the sampled ones voided). */
  async function planned(spec: { completed: string; from: string; to: string; assignee: string; handler?: string | null; department?: string | null }) {
    const made = await ticket(zhangli, app.projectA, {
      kind: 'HELP', ...resident(), receivedAt: `${spec.completed}T08:00`,
      handler: spec.handler ?? null, department: spec.department ?? null,
    }, `${spec.completed}T10:00`);
    for (const c of made.callbacks) await sql(`update callback set status = 'VOIDED', void_reason = 'test: only the hand-made one' where id = ?`, [idOf(c.id)]);
    const added = await zhangli.gql(ADD, { i: { ticketId: made.id, windowFrom: spec.from, windowTo: spec.to, assigneeId: gid('User', userIds[spec.assignee]) } });
    if (!added.data?.addCallback.callback) throw new Error(JSON.stringify(added));
    return added.data.addCallback.callback as { id: string; version: number };
  }

  const assign = (callback: { id: string }, assignee: string, coAssignee: string | null = null) =>
    sql('update callback set assignee_id = ?, co_assignee_id = ? where id = ?', [userIds[assignee], coAssignee ? userIds[coAssignee] : null, idOf(callback.id)]);

  beforeAll(async () => {
    app = await initTestApp();
    [zhangli, wangfang, supervisor, zhaogang, manager, auditor, admin] = await Promise.all(
      ['zhangli', 'wangfang', 'liqiang', 'zhaogang', 'chenjie', 'auditor', 'admin'].map((u) => app.as(u)),
    );
    for (const r of await sql('select id, username from app_user')) userIds[r.username] = r.id;

    // #1 张丽's, recorded by her within the window, 满意; handled by 王师傅 of 工程部
    const c1 = await planned({ completed: '2026-04-02', from: '2026-04-02', to: '2026-04-09', assignee: 'zhangli', handler: '王师傅', department: '工程部' });
    await record(zhangli, c1, '2026-04-05T10:00', 'SATISFIED', 'QUALIFIED');
    // #2 张丽's, recorded by her three days after the window, 基本满意
    const c2 = await planned({ completed: '2026-04-10', from: '2026-04-10', to: '2026-04-17', assignee: 'zhangli', handler: '王师傅', department: '工程部' });
    await record(zhangli, c2, '2026-04-20T10:00', 'BASICALLY_SATISFIED', 'QUALIFIED');
    // #3 张丽's, still planned, its window closed on 8 May: overdue
    await planned({ completed: '2026-05-01', from: '2026-05-01', to: '2026-05-08', assignee: 'zhangli' });
    // #4 张丽 with 王芳 beside her (co-assignee); 王芳 records it within the window, 不满意 and 不合格; handled by 李师傅
    const c4 = await planned({ completed: '2026-05-10', from: '2026-05-10', to: '2026-05-17', assignee: 'zhangli', handler: '李师傅', department: '工程部' });
    await assign(c4, 'zhangli', 'wangfang');
    await record(wangfang, c4, '2026-05-12T10:00', 'UNSATISFIED', 'UNQUALIFIED', '处理不及时');
    // #5 王芳's, three failed attempts: 无法联系
    let c5 = await planned({ completed: '2026-06-01', from: '2026-06-01', to: '2026-06-08', assignee: 'wangfang' });
    for (const day of ['02', '03', '04']) {
      const res = await wangfang.gql(ATTEMPT, { i: { id: c5.id, version: c5.version, outcome: 'NO_ANSWER', attemptedAt: at(`2026-06-${day}T10:00`) } });
      c5 = res.data.recordCallbackAttempt.callback;
    }
    expect((c5 as unknown as { status: string }).status).toBe('UNREACHABLE');
    // #6 王芳's, window open until 20 July: neither done nor overdue on 5 July
    await planned({ completed: '2026-06-20', from: '2026-06-20', to: '2026-07-20', assignee: 'wangfang' });
    // #7 王芳's, recorded by 张丽 within the window, 非常满意; department 秩序维护部, no handler given
    const c7 = await planned({ completed: '2026-06-01', from: '2026-06-01', to: '2026-06-08', assignee: 'wangfang', department: '秩序维护部' });
    await record(zhangli, c7, '2026-06-05T10:00', 'VERY_SATISFIED', 'QUALIFIED');
    // #8 张丽's, recorded and then voided: counts nowhere
    const c8 = await planned({ completed: '2026-06-03', from: '2026-06-03', to: '2026-06-10', assignee: 'zhangli', handler: '王师傅', department: '工程部' });
    const c8done = await record(zhangli, c8, '2026-06-04T10:00', 'VERY_UNSATISFIED', 'UNQUALIFIED', '服务态度差');
    expect((await supervisor.gql(VOID, { i: { id: c8done.id, version: c8done.version, reason: '重复登记' } })).data.voidCallback.callback.status).toBe('VOIDED');
    // #9 张丽's, completed on 1 July: anchored in Q3, not in Q2
    const c9 = await planned({ completed: '2026-07-01', from: '2026-07-01', to: '2026-07-08', assignee: 'zhangli', handler: '王师傅', department: '工程部' });
    await record(zhangli, c9, '2026-07-02T10:00', 'UNSATISFIED', 'UNQUALIFIED', '处理不及时');

    // repairs: 30 % by systematic sampling, so #1 and #4 of four get a regular callback (the spot-checkable records)
    const repairs = [];
    for (const [i, day] of ['04-03', '04-08', '04-12', '04-20'].entries()) {
      repairs.push(await ticket(zhangli, app.projectA, {
        kind: 'REPAIR', category: '水管漏水', ...resident(), receivedAt: `2026-${day}T08:00`,
        handler: i === 0 ? '王师傅' : '张师傅', department: '工程部',
      }, `2026-${day}T15:00`));
    }
    expect(repairs.map((r) => r.callbacks.length)).toEqual([1, 0, 0, 1]);
    const [r1] = repairs[0].callbacks;
    const [r4] = repairs[3].callbacks;
    expect(r1).toMatchObject({ windowFrom: '2026-05-03', windowTo: '2026-06-03' });
    expect(r4).toMatchObject({ windowFrom: '2026-05-20', windowTo: '2026-06-20' });
    // #11 张丽's repair record, within the window, 满意; #12 王芳's, within the window, 满意
    await assign(r1, 'zhangli');
    await assign(r4, 'wangfang');
    const r1done = await record(zhangli, r1, '2026-05-10T10:00', 'SATISFIED', 'QUALIFIED');
    const r4done = await record(wangfang, r4, '2026-05-25T10:00', 'SATISFIED', 'QUALIFIED');

    // 李强 spot-checks both: the owner of #11 says the same (一致), the owner of #12 something else (不一致)
    const plan = await supervisor.gql(PLAN, { i: { projectId: app.projectA, period: '2026Q2', callbackIds: [r1done.id, r4done.id] } });
    expect(plan.data.planSpotChecks.userErrors).toEqual([]);
    const [s1, s4] = plan.data.planSpotChecks.spotChecks;
    const now = new Date(Date.now() - 60_000);
    const recordSpotCheck = async (s: { id: string; version: number }, satisfaction: string, result: string, shortcomings?: string) => {
      const res = await supervisor.gql(`mutation ($input: RecordCallbackResultInput!) { recordCallbackResult(input: $input) { callback { status } userErrors { field code message } } }`, {
        input: { id: s.id, version: s.version, methods: ['PHONE'], performedAt: now.toISOString(), satisfaction, result, shortcomings },
      });
      expect(res.data.recordCallbackResult.callback.status).toBe('DONE');
    };
    await recordSpotCheck(s1, 'SATISFIED', 'QUALIFIED');
    await recordSpotCheck(s4, 'UNSATISFIED', 'UNQUALIFIED', '维修后仍漏水');

    // #13 a general complaint against 工程部: 赵刚 calls with 张丽 beside him and records it within the window, 非常满意
    const complaint = await ticket(zhangli, app.projectA, {
      kind: 'COMPLAINT', severity: 'GENERAL', department: '工程部', category: '噪音扰民', handler: '王师傅',
      ...resident(), receivedAt: '2026-06-09T08:00',
    }, '2026-06-10T10:00');
    const [c13] = complaint.callbacks;
    expect(c13).toMatchObject({ windowFrom: '2026-06-10', windowTo: '2026-06-13' });
    await assign(c13, 'zhaogang', 'zhangli');
    await record(zhaogang, c13, '2026-06-11T10:00', 'VERY_SATISFIED', 'QUALIFIED');
  });

  afterAll(() => app.close());

  // worked out by hand from the records above
  const ZHANGLI = {
    username: 'zhangli', displayName: '张丽', role: 'CLERK',
    // #1 #2 #3 #4 #11 #13 (#8 voided, #9 in Q3)
    callbacksAssigned: 6,
    // #1 #2 #4 #11 #13
    callbacksDone: 5,
    // all but #2
    doneWithinWindow: 4,
    overdue: 1, // #3
    unreachable: 0,
    // she recorded #1 #2 #7 #11: 满意, 基本满意, 非常满意, 满意
    callbacksPerformed: 4, rated: 4, satisfiedRatePercent: 75,
    // #11 re-checked: the same
    spotChecked: 1, spotCheckAgreed: 1, spotCheckAgreementPercent: 100,
  };
  const WANGFANG = {
    username: 'wangfang', displayName: '王芳', role: 'CLERK',
    // #4 (co-assignee) #5 #6 #7 #12
    callbacksAssigned: 5,
    // #4 #7 #12, all within their windows
    callbacksDone: 3, doneWithinWindow: 3,
    overdue: 0, // #6's window is still open
    unreachable: 1, // #5
    // she recorded #4 (不满意) and #12 (满意)
    callbacksPerformed: 2, rated: 2, satisfiedRatePercent: 50,
    // #12 re-checked: different
    spotChecked: 1, spotCheckAgreed: 0, spotCheckAgreementPercent: 0,
  };
  const ZHAOGANG = {
    username: 'zhaogang', displayName: '赵刚', role: 'DEPARTMENT_SUPERVISOR',
    callbacksAssigned: 1, callbacksDone: 1, doneWithinWindow: 1, overdue: 0, unreachable: 0,
    callbacksPerformed: 1, rated: 1, satisfiedRatePercent: 100,
    spotChecked: 0, spotCheckAgreed: 0, spotCheckAgreementPercent: null,
  };
  const HANDLERS = [
    // #12
    { department: '工程部', handler: '张师傅', departmentTotal: false, callbacksRecorded: 1, rated: 1, satisfiedRatePercent: 100, unqualified: 0 },
    // #4
    { department: '工程部', handler: '李师傅', departmentTotal: false, callbacksRecorded: 1, rated: 1, satisfiedRatePercent: 0, unqualified: 1 },
    // #1 #2 #11 #13: 满意, 基本满意, 满意, 非常满意
    { department: '工程部', handler: '王师傅', departmentTotal: false, callbacksRecorded: 4, rated: 4, satisfiedRatePercent: 75, unqualified: 0 },
    // 4 of 6 satisfied
    { department: '工程部', handler: null, departmentTotal: true, callbacksRecorded: 6, rated: 6, satisfiedRatePercent: 66.7, unqualified: 1 },
    // #7
    { department: '秩序维护部', handler: null, departmentTotal: false, callbacksRecorded: 1, rated: 1, satisfiedRatePercent: 100, unqualified: 0 },
    { department: '秩序维护部', handler: null, departmentTotal: true, callbacksRecorded: 1, rated: 1, satisfiedRatePercent: 100, unqualified: 0 },
  ];

  it('should give the supervisor one row per clerk and per handler/department, every figure as worked out by hand', async () => {
    const res = await supervisor.gql(STAFF_RESULTS, { p: app.projectA, period: '2026Q2', asOf: '2026-07-05' });
    expect(res.errors).toBeUndefined();
    const results = res.data.staffResults;
    expect(results).toMatchObject({ period: '2026Q2', from: '2026-04-01', to: '2026-06-30', asOf: '2026-07-05', ownRowOnly: false });
    // the clerks first, then the others the callbacks name; 李强's spot checks are not callbacks assigned to him
    expect(results.staff).toEqual([ZHANGLI, WANGFANG, ZHAOGANG]);
    expect(results.handlers).toEqual(HANDLERS);
  });

  it('should give the project manager, the auditor, the admin and a statistics token the same rows', async () => {
    const expected = (await supervisor.gql(STAFF_RESULTS, { p: app.projectA, period: '2026Q2', asOf: '2026-07-05' })).data.staffResults;
    for (const who of [manager, auditor, admin]) {
      expect((await who.gql(STAFF_RESULTS, { p: app.projectA, period: '2026Q2', asOf: '2026-07-05' })).data.staffResults).toEqual(expected);
    }
    const { secret } = await createTestApiToken(admin, { scopes: ['STATISTICS_READ'], projectIds: [app.projectA] });
    expect((await app.bearer(secret).gql(STAFF_RESULTS, { p: app.projectA, period: '2026Q2', asOf: '2026-07-05' })).data.staffResults).toEqual(expected);
    const { secret: other } = await createTestApiToken(admin, { scopes: ['TICKETS_READ'], projectIds: [app.projectA] });
    expect((await app.bearer(other).gql(STAFF_RESULTS, { p: app.projectA, period: '2026Q2' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('should give a clerk their own row only, and no handler rows', async () => {
    const mine = (await zhangli.gql(STAFF_RESULTS, { p: app.projectA, period: '2026Q2', asOf: '2026-07-05' })).data.staffResults;
    expect(mine).toMatchObject({ ownRowOnly: true, staff: [ZHANGLI], handlers: [] });
    const hers = (await wangfang.gql(STAFF_RESULTS, { p: app.projectA, period: '2026Q2', asOf: '2026-07-05' })).data.staffResults;
    expect(hers).toMatchObject({ ownRowOnly: true, staff: [WANGFANG], handlers: [] });
    const his = (await zhaogang.gql(STAFF_RESULTS, { p: app.projectA, period: '2026Q2', asOf: '2026-07-05' })).data.staffResults;
    expect(his).toMatchObject({ ownRowOnly: true, staff: [ZHAOGANG], handlers: [] });
  });

  it("should show a clerk with nothing assigned as a row of zeros, and refuse another project's staff", async () => {
    const q3 = (await supervisor.gql(STAFF_RESULTS, { p: app.projectA, period: '2026Q3', asOf: '2026-10-05' })).data.staffResults;
    // Q3: only #9, 张丽's, done within its window and 不满意
    expect(q3.staff.map((s: { username: string }) => s.username)).toEqual(['zhangli', 'wangfang']);
    expect(q3.staff[1]).toMatchObject({ callbacksAssigned: 0, callbacksDone: 0, callbacksPerformed: 0, satisfiedRatePercent: null, spotCheckAgreementPercent: null });
    expect(q3.staff[0]).toMatchObject({ callbacksAssigned: 1, callbacksDone: 1, doneWithinWindow: 1, callbacksPerformed: 1, rated: 1, satisfiedRatePercent: 0 });
    expect(q3.handlers).toEqual([
      { department: '工程部', handler: '王师傅', departmentTotal: false, callbacksRecorded: 1, rated: 1, satisfiedRatePercent: 0, unqualified: 1 },
      { department: '工程部', handler: null, departmentTotal: true, callbacksRecorded: 1, rated: 1, satisfiedRatePercent: 0, unqualified: 1 },
    ]);
    const sunwei = await app.as('sunwei'); // supervisor of B02
    expect((await sunwei.gql(STAFF_RESULTS, { p: app.projectA, period: '2026Q2' })).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: ['projectId'] });
    expect((await supervisor.gql(STAFF_RESULTS, { p: app.projectA, period: '2026-13' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['period'] });
  });

  it("should carry no resident's name, unit or phone", async () => {
    const res = await auditor.gql(STAFF_RESULTS, { p: app.projectA, period: '2026Q2', asOf: '2026-07-05' });
    const text = JSON.stringify(res.data);
    for (const personal of [...OWNERS, ...UNITS, '13812345678']) expect(text).not.toContain(personal);
  });

  it('should judge a spot check in SQL exactly as spotCheckAgreement does, on every combination of status, satisfaction and result', async () => {
    const statuses = Object.values(CallbackStatus);
    const levels = [null, Satisfaction.SATISFIED, Satisfaction.UNSATISFIED];
    const results = [null, CallbackResult.QUALIFIED, CallbackResult.UNQUALIFIED];
    const cases: { status: CallbackStatus; sa: Satisfaction | null; sr: CallbackResult | null; oa: Satisfaction | null; or: CallbackResult | null }[] = [];
    for (const status of statuses) for (const sa of levels) for (const sr of results) for (const oa of levels) for (const or of results) cases.push({ status, sa, sr, oa, or });
    const lit = (v: string | null) => (v === null ? 'null::text' : `'${v}'::text`);
    const rows = await sql(`select v.i, ${spotCheckAgreementSql('s', 'o')} as agreement
      from (values ${cases.map((c, i) => `(${i}, ${lit(c.status)}, ${lit(c.sa)}, ${lit(c.sr)}, ${lit(c.oa)}, ${lit(c.or)})`).join(', ')}) as v (i, status, sa, sr, oa, orr)
      cross join lateral (select v.status, v.sa as satisfaction, v.sr as result) s
      cross join lateral (select v.oa as satisfaction, v.orr as result) o order by v.i`);
    expect(rows).toHaveLength(cases.length);
    const inSql = rows.map((r: { agreement: string }) => r.agreement);
    const inRule = cases.map((c) => spotCheckAgreement({ status: c.status, satisfaction: c.sa, result: c.sr }, { satisfaction: c.oa, result: c.or }));
    expect(inSql).toEqual(inRule);
    // the set has each answer: a pending check, an agreeing one, a differing one
    expect(new Set(inRule)).toEqual(new Set(['PENDING', 'SAME', 'DIFFERENT']));
  });
});
