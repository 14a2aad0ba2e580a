import { record, ticket } from './helpers/dated-records';
import { Client, initTestApp, TestApp } from './helpers/test-app';

// A small quarter (2026Q2) of project A (standard policy, seed 000) whose every figure is worked out by hand
// below; boundary cases: exactly 2 complaints / 3 repairs, window edges, period edges, voided records.

const STATISTICS = `query ($p: ID!, $period: String, $asOf: LocalDate) { quarterlyStatistics(projectId: $p, period: $period, asOf: $asOf) {
  period periodKind from to asOf
  kinds { kind ticketsCompleted callbacksRequired targetRatePercent callbacksPlanned callbacksDone achievedRatePercent targetMet doneWithinWindow overdue unreachable }
  totals { kind ticketsCompleted callbacksRequired targetRatePercent callbacksPlanned callbacksDone achievedRatePercent targetMet doneWithinWindow overdue unreachable }
  satisfaction { distribution { level count } rated satisfiedRatePercent }
  unqualifiedCallbacks { serialCode ticketNumber kind ownerName unit satisfaction shortcomings status escalatedTo }
  repeatedComplaints { unit matter count ownerNames ticketNumbers firstReceivedOn lastReceivedOn }
  repeatedRepairs { unit category count ownerNames ticketNumbers firstReceivedOn lastReceivedOn }
  spotCheck { ratePercent repairRecords required planned done remaining } } }`;

describe('quarterly statistics (季度统计分析)', () => {
  let app: TestApp;
  let clerk: Client;
  let supervisor: Client;
  const numbers: Record<string, string> = {};
  const serials: Record<string, string> = {};

  beforeAll(async () => {
    app = await initTestApp();
    [clerk, supervisor] = await Promise.all([app.as('zhangli'), app.as('liqiang')]);
    const A = app.projectA;
    const complaint = (unit: string, ownerName: string, category: string) => ({ kind: 'COMPLAINT', severity: 'GENERAL', department: '工程部', unit, ownerName, category });
    const repair = (unit: string, ownerName: string, category: string) => ({ kind: 'REPAIR', unit, ownerName, category });

    // complaints: 100%, window = completion day + 3 days
    const c1 = await ticket(clerk, A, { ...complaint('2-1-0101', '王伟', '噪音扰民'), receivedAt: '2026-04-01T09:00' }, '2026-04-02T10:00');
    const c2 = await ticket(clerk, A, { ...complaint('2-1-0101', '王伟', '噪音扰民'), receivedAt: '2026-05-10T09:00' }, '2026-05-11T10:00');
    const c3 = await ticket(clerk, A, { ...complaint('2-1-0102', '李芳', '噪音扰民'), receivedAt: '2026-06-01T09:00' }, '2026-06-02T10:00');
    // received in Q1 (23:30 local on 31 March), completed in Q2
    const c4 = await ticket(clerk, A, { ...complaint('3-2-0301', '陈静', '物业费'), receivedAt: '2026-03-31T23:30' }, '2026-04-01T10:00');
    const c5 = await ticket(clerk, A, { ...complaint('3-2-0301', '陈静', '物业费'), receivedAt: '2026-04-20T09:00' }, '2026-04-21T10:00');
    // voided before completion: would make 物业费 at 3-2-0301 a repeated complaint
    const c6 = await ticket(clerk, A, { ...complaint('3-2-0301', '陈静', '物业费'), receivedAt: '2026-05-01T09:00' }, null);
    // received in Q2, completed in Q3: not completed in Q2, its callback belongs to Q3
    const c7 = await ticket(clerk, A, { ...complaint('5-1-0501', '杨磊', '噪音扰民'), receivedAt: '2026-06-30T20:00' }, '2026-07-01T09:00');
    Object.assign(numbers, { c1: c1.number, c2: c2.number, c4: c4.number, c7: c7.number });

    // repairs: 30% by systematic sampling in completion order (#1 and #4 selected), window 1–2 months after completion
    const r1 = await ticket(clerk, A, { ...repair('1-1-1001', '张强', '水管漏水'), receivedAt: '2026-04-03T09:00' }, '2026-04-03T15:00');
    const r2 = await ticket(clerk, A, { ...repair('1-1-1002', '赵敏', '水管漏水'), receivedAt: '2026-04-10T09:00' }, '2026-04-10T15:00');
    const r3 = await ticket(clerk, A, { ...repair('1-1-1001', '张强', '水管漏水'), receivedAt: '2026-05-03T09:00' }, '2026-05-03T15:00');
    const r4 = await ticket(clerk, A, { ...repair('1-1-1001', '张强', '电路'), receivedAt: '2026-05-20T09:00' }, '2026-05-20T15:00');
    const r5 = await ticket(clerk, A, { ...repair('1-1-1002', '赵敏', '水管漏水'), receivedAt: '2026-06-02T09:00' }, '2026-06-02T15:00');
    const r6 = await ticket(clerk, A, { ...repair('1-1-1001', '张强', '水管漏水'), receivedAt: '2026-06-03T09:00' }, '2026-06-03T15:00');
    await ticket(clerk, A, { ...repair('6-6-0606', '钱磊', '门窗'), receivedAt: '2026-06-29T09:00' }, '2026-07-02T15:00');
    Object.assign(numbers, { r1: r1.number, r3: r3.number, r6: r6.number });

    // help: 30%, window = completion + 7 days; h2 is not sampled and is added by hand
    const h1 = await ticket(clerk, A, { kind: 'HELP', unit: '7-1-0701', ownerName: '孙丽', receivedAt: '2026-04-15T09:00' }, '2026-04-15T11:00');
    const h2 = await ticket(clerk, A, { kind: 'HELP', unit: '7-1-0702', ownerName: '周娜', receivedAt: '2026-04-16T09:00' }, '2026-04-16T11:00');

    expect([c1, c2, c3, c4, c5, c7].map((t) => t.callbacks.length)).toEqual([1, 1, 1, 1, 1, 1]);
    expect([r1, r2, r3, r4, r5, r6].map((t) => t.callbacks.length)).toEqual([1, 0, 0, 1, 0, 0]);
    expect([h1, h2].map((t) => t.callbacks.length)).toEqual([1, 0]);
    expect(c1.callbacks[0]).toMatchObject({ windowFrom: '2026-04-02', windowTo: '2026-04-05' });
    expect(r1.callbacks[0]).toMatchObject({ windowFrom: '2026-05-03', windowTo: '2026-06-03' });
    expect(r4.callbacks[0]).toMatchObject({ windowFrom: '2026-06-20', windowTo: '2026-07-20' });

    // c1 on the last evening of its window (within); c2 half an hour after its window closed (outside), unqualified
    await record(clerk, c1.callbacks[0], '2026-04-05T23:30', 'SATISFIED', 'QUALIFIED');
    const c2done = await record(clerk, c2.callbacks[0], '2026-05-15T00:30', 'UNSATISFIED', 'UNQUALIFIED', '处理不及时');
    const review = await supervisor.gql(`mutation ($i: CallbackActionInput!) { reviewCallback(input: $i) { callback { status } userErrors { code } } }`, {
      i: { id: c2done.id, version: c2done.version, opinion: '上报项目经理' },
    });
    expect(review.data.reviewCallback.callback.status).toBe('ESCALATED');
    // c3 stays planned: its window closed on 5 June → overdue as of 5 July
    await record(clerk, c4.callbacks[0], '2026-04-02T09:00', 'VERY_SATISFIED', 'QUALIFIED');
    // c5: recorded unqualified, then voided — counts nowhere
    const c5done = await record(clerk, c5.callbacks[0], '2026-04-22T09:00', 'VERY_UNSATISFIED', 'UNQUALIFIED', '服务态度差');
    const voided = await supervisor.gql(`mutation ($i: VoidInput!) { voidCallback(input: $i) { callback { status } userErrors { code } } }`, {
      i: { id: c5done.id, version: c5done.version, reason: '重复登记' },
    });
    expect(voided.data.voidCallback.callback.status).toBe('VOIDED');
    const voidTicket = await supervisor.gql(`mutation ($i: VoidInput!) { voidTicket(input: $i) { ticket { status } userErrors { code } } }`, {
      i: { id: c6.id, version: c6.version, reason: '重复登记' },
    });
    expect(voidTicket.data.voidTicket.ticket.status).toBe('VOIDED');
    // r1: a day before its window opened (outside); r4 planned, window open until 20 July → not overdue
    await record(clerk, r1.callbacks[0], '2026-05-02T10:00', 'BASICALLY_SATISFIED', 'QUALIFIED');
    // h1: on the last day of its window (within)
    await record(clerk, h1.callbacks[0], '2026-04-22T18:00', 'VERY_SATISFIED', 'QUALIFIED');
    // h2: added by hand, then three unanswered attempts → 无法联系
    const added = await clerk.gql(`mutation ($t: ID!) { addCallback(input: { ticketId: $t }) { callback { id version } userErrors { code message } } }`, { t: h2.id });
    let cb = added.data.addCallback.callback;
    for (let i = 0; i < 3; i++) {
      const attempt = await clerk.gql(`mutation ($i: RecordAttemptInput!) { recordCallbackAttempt(input: $i) { callback { id version status } userErrors { code message } } }`, {
        i: { id: cb.id, version: cb.version, outcome: 'NO_ANSWER' },
      });
      cb = attempt.data.recordCallbackAttempt.callback;
    }
    expect(cb.status).toBe('UNREACHABLE');
    const serial = await clerk.gql(`query ($id: ID!) { node(id: $id) { ... on Callback { serialCode } } }`, { id: c2done.id });
    serials.c2 = serial.data.node.serialCode;
  });
  afterAll(() => app.close());

  async function statistics(period = '2026Q2', asOf = '2026-07-05') {
    const res = await clerk.gql(STATISTICS, { p: app.projectA, period, asOf });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.quarterlyStatistics;
  }

  it('should count per ticket kind what was completed, required, done, in time and overdue', async () => {
    const s = await statistics();
    expect(s).toMatchObject({ period: '2026Q2', periodKind: 'QUARTER', from: '2026-04-01', to: '2026-06-30', asOf: '2026-07-05' });
    const byKind = Object.fromEntries(s.kinds.map((k: { kind: string }) => [k.kind, k]));
    expect(s.kinds.map((k: { kind: string }) => k.kind)).toEqual(['COMPLAINT', 'REPAIR', 'SPECIAL_SERVICE', 'HELP', 'EMERGENCY', 'ACTIVITY', 'OTHER']);
    // c1–c5 completed in Q2 (c6 voided, c7 completed 1 July); 100% → 5 required; c5's callback voided;
    // done c1, c2, c4; within window c1 (23:30 on the last day), c4; c2 half an hour late; c3 overdue
    expect(byKind.COMPLAINT).toEqual({
      kind: 'COMPLAINT', ticketsCompleted: 5, callbacksRequired: 5, targetRatePercent: 100, callbacksPlanned: 4, callbacksDone: 3,
      achievedRatePercent: 60, targetMet: false, doneWithinWindow: 2, overdue: 1, unreachable: 0,
    });
    // r1–r6 completed in Q2; ceil(30% × 6) = 2 (r1, r4); r1 done a day early; r4's window is still open
    expect(byKind.REPAIR).toEqual({
      kind: 'REPAIR', ticketsCompleted: 6, callbacksRequired: 2, targetRatePercent: 30, callbacksPlanned: 2, callbacksDone: 1,
      achievedRatePercent: 16.7, targetMet: false, doneWithinWindow: 0, overdue: 0, unreachable: 0,
    });
    // h1 sampled and done on its last day; h2 added by hand and unreachable; ceil(30% × 2) = 1 required
    expect(byKind.HELP).toEqual({
      kind: 'HELP', ticketsCompleted: 2, callbacksRequired: 1, targetRatePercent: 30, callbacksPlanned: 2, callbacksDone: 1,
      achievedRatePercent: 50, targetMet: true, doneWithinWindow: 1, overdue: 0, unreachable: 1,
    });
    expect(byKind.ACTIVITY).toEqual({
      kind: 'ACTIVITY', ticketsCompleted: 0, callbacksRequired: 0, targetRatePercent: 10, callbacksPlanned: 0, callbacksDone: 0,
      achievedRatePercent: null, targetMet: true, doneWithinWindow: 0, overdue: 0, unreachable: 0,
    });
    expect(s.totals).toEqual({
      kind: null, ticketsCompleted: 13, callbacksRequired: 8, targetRatePercent: null, callbacksPlanned: 8, callbacksDone: 5,
      achievedRatePercent: 38.5, targetMet: false, doneWithinWindow: 3, overdue: 1, unreachable: 1,
    });
  });

  it('should judge overdue as of the given day', async () => {
    // on 5 June c3's window (2–5 June) is still open
    const s = await statistics('2026Q2', '2026-06-05');
    expect(s.kinds[0]).toMatchObject({ kind: 'COMPLAINT', overdue: 0 });
    const later = await statistics('2026Q2', '2026-06-06');
    expect(later.kinds[0]).toMatchObject({ kind: 'COMPLAINT', overdue: 1 });
  });

  it('should give the satisfaction distribution and rate without voided callbacks', async () => {
    const s = await statistics();
    // c1 满意, c2 不满意, c4 非常满意, r1 基本满意, h1 非常满意 (c5 非常不满意 is voided)
    expect(s.satisfaction).toEqual({
      distribution: [
        { level: 'VERY_SATISFIED', count: 2 }, { level: 'SATISFIED', count: 1 }, { level: 'BASICALLY_SATISFIED', count: 1 },
        { level: 'UNSATISFIED', count: 1 }, { level: 'VERY_UNSATISFIED', count: 0 },
      ],
      rated: 5,
      satisfiedRatePercent: 60,
    });
  });

  it('should list every unqualified callback of the period, but not a voided one', async () => {
    const s = await statistics();
    expect(s.unqualifiedCallbacks).toEqual([{
      serialCode: serials.c2, ticketNumber: numbers.c2, kind: 'COMPLAINT', ownerName: '王伟', unit: '2-1-0101',
      satisfaction: 'UNSATISFIED', shortcomings: '处理不及时', status: 'ESCALATED', escalatedTo: '陈杰',
    }]);
  });

  it('should find the same unit complaining twice about the same matter, and the same repair three times', async () => {
    const s = await statistics();
    // exactly 2 (c1, c2); 3-2-0301 物业费 has one in Q2 (c4 was received in Q1, c6 is voided); 2-1-0102 once
    expect(s.repeatedComplaints).toEqual([{
      unit: '2-1-0101', matter: '噪音扰民', count: 2, ownerNames: ['王伟'], ticketNumbers: [numbers.c1, numbers.c2],
      firstReceivedOn: '2026-04-01', lastReceivedOn: '2026-05-10',
    }]);
    // exactly 3 (r1, r3, r6); 1-1-1002 水管漏水 twice and 1-1-1001 电路 once are not repeated repairs
    expect(s.repeatedRepairs).toEqual([{
      unit: '1-1-1001', category: '水管漏水', count: 3, ownerNames: ['张强'], ticketNumbers: [numbers.r1, numbers.r3, numbers.r6],
      firstReceivedOn: '2026-04-03', lastReceivedOn: '2026-06-03',
    }]);
  });

  it('should show the spot-check quota of 20% of the repair records', async () => {
    const s = await statistics();
    // project A has no spot-check stage: seed 004's 20% of 6 repair records → 2, none done yet
    expect(s.spotCheck).toEqual({ ratePercent: 20, repairRecords: 6, required: 2, planned: 0, done: 0, remaining: 2 });
  });

  it('should put the complaint completed on 1 July into Q3', async () => {
    const s = await statistics('2026Q3', '2026-07-05');
    expect(s.kinds[0]).toMatchObject({ kind: 'COMPLAINT', ticketsCompleted: 1, callbacksRequired: 1, callbacksPlanned: 1, overdue: 1 });
    expect(s.repeatedComplaints).toEqual([]);
  });

  it('should compile a month when asked for one (seed 001)', async () => {
    const s = await statistics('2026-05', '2026-07-05');
    expect(s).toMatchObject({ period: '2026-05', periodKind: 'MONTH', from: '2026-05-01', to: '2026-05-31' });
    // May: c2 completed and called back (late); r3 and r4 completed, ceil(30% × 2) = 1, r4's callback planned
    expect(s.kinds[0]).toMatchObject({ kind: 'COMPLAINT', ticketsCompleted: 1, callbacksRequired: 1, callbacksPlanned: 1, callbacksDone: 1, doneWithinWindow: 0 });
    expect(s.kinds[1]).toMatchObject({ kind: 'REPAIR', ticketsCompleted: 2, callbacksRequired: 1, callbacksPlanned: 1, callbacksDone: 0 });
    expect(s.repeatedComplaints).toEqual([]);
    expect(s.repeatedRepairs).toEqual([]);
  });

  it('should follow the spot checks of a project on the daily-repair policy (seed 004)', async () => {
    const admin = await app.as('admin');
    const [clerkB, supervisorB] = await Promise.all([app.as('liumei'), app.as('sunwei')]);
    const preset = await admin.gql(`mutation ($p: ID!) { applyPolicyPreset(input: { projectId: $p, preset: DAILY_REPAIR_004 }) { userErrors { code } } }`, { p: app.projectB });
    expect(preset.data.applyPolicyPreset.userErrors).toEqual([]);
    const repairs = [];
    for (const day of ['06', '07', '08']) {
      repairs.push(await ticket(clerkB, app.projectB, { kind: 'REPAIR', unit: `9-9-09${day}`, ownerName: `住户${day}`, category: '门窗', receivedAt: `2026-07-${day}T09:00` }, `2026-07-${day}T16:00`));
    }
    // stage 1: every repair called back (100%); stage 2: ceil(20% × n) spot checks → only the first repair
    expect(repairs.map((r) => r.callbacks.map((c) => c.purpose))).toEqual([['REGULAR', 'SPOT_CHECK'], ['REGULAR'], ['REGULAR']]);
    await record(supervisorB, repairs[0].callbacks[1], '2026-07-20T10:00', 'SATISFIED', 'QUALIFIED');
    await record(clerkB, repairs[1].callbacks[0], '2026-07-07T18:00', 'VERY_SATISFIED', 'QUALIFIED');

    const res = await clerkB.gql(STATISTICS, { p: app.projectB, period: '2026Q3', asOf: '2026-07-31' });
    const s = res.data.quarterlyStatistics;
    expect(s.spotCheck).toEqual({ ratePercent: 20, repairRecords: 3, required: 1, planned: 1, done: 1, remaining: 0 });
    // the spot check is the supervisor's re-check: not one of the repair callbacks nor in the satisfaction rate
    // r1 and r3 planned with a window of completion day + 1: overdue on 31 July; r2 done on its completion day
    expect(s.kinds[1]).toEqual({
      kind: 'REPAIR', ticketsCompleted: 3, callbacksRequired: 3, targetRatePercent: 100, callbacksPlanned: 3, callbacksDone: 1,
      achievedRatePercent: 33.3, targetMet: false, doneWithinWindow: 1, overdue: 2, unreachable: 0,
    });
    expect(s.satisfaction).toMatchObject({ rated: 1, satisfiedRatePercent: 100 });
  });

  it('should default to the current period of the project setting, which the administrator can make monthly', async () => {
    const admin = await app.as('admin');
    const SETTINGS = `mutation ($i: UpdateProjectSettingsInput!) { updateProjectSettings(input: $i) { project { statisticsPeriod retentionYears } userErrors { field code } } }`;
    const tooShort = await admin.gql(SETTINGS, { i: { projectId: app.projectB, retentionYears: 1 } });
    expect(tooShort.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const byClerk = await clerk.gql(SETTINGS, { i: { projectId: app.projectA, statisticsPeriod: 'MONTH' } });
    expect(byClerk.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const set = await admin.gql(SETTINGS, { i: { projectId: app.projectB, statisticsPeriod: 'MONTH', retentionYears: 3 } });
    expect(set.data.updateProjectSettings).toEqual({ project: { statisticsPeriod: 'MONTH', retentionYears: 3 }, userErrors: [] });
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
    const monthly = await admin.gql(`query ($p: ID!) { quarterlyStatistics(projectId: $p) { period periodKind } }`, { p: app.projectB });
    expect(monthly.data.quarterlyStatistics).toEqual({ period: today, periodKind: 'MONTH' });
    const quarterly = await clerk.gql(`query ($p: ID!) { quarterlyStatistics(projectId: $p) { periodKind } }`, { p: app.projectA });
    expect(quarterly.data.quarterlyStatistics.periodKind).toBe('QUARTER');
  });

  it('should refuse a malformed period and a project the viewer cannot see', async () => {
    const bad = await clerk.gql(STATISTICS, { p: app.projectA, period: '2026Q5' });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['period'] });
    const foreign = await clerk.gql(STATISTICS, { p: app.projectB, period: '2026Q2' });
    expect(foreign.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
