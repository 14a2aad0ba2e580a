import { completeTestTicket, createTestTicket } from './helpers/factories';
import { at, record, ticket } from './helpers/dated-records';
import { Client, initTestApp, TestApp } from './helpers/test-app';

// 回访率预测 (issue 17, item 5): the forecast of a quarter (2026Q2 of A01, standard policy) judged as of 10 June 2026,
// worked out by hand with the model of README.md ("Quota forecast"); then the current period on the supervisor's 待办.

const FORECAST = `kind targetRatePercent required done daysLeft dueInPeriod lastAttempt endsAfterPeriod overdue opensAfterPeriod
  expectedDone bestCase atRisk shortBy canStillBeMet ticketsWithoutCallback ticketsToAdd { number kind }`;
const STATISTICS = `query ($p: ID!, $period: String, $asOf: LocalDate) { quarterlyStatistics(projectId: $p, period: $period, asOf: $asOf) {
  period kinds { kind callbacksRequired callbacksDone } forecast { ${FORECAST} } } }`;
const ATTEMPT = `mutation ($i: RecordAttemptInput!) { recordCallbackAttempt(input: $i) { callback { id version status } userErrors { field code message } } }`;
const ADD = `mutation ($i: AddCallbackInput!) { addCallback(input: $i) { callback { id windowFrom windowTo } userErrors { field code message } } }`;

let residents = 0;
// every ticket its own resident (the minimum gap between two callbacks to one owner would keep sampling off a second)
const resident = () => ({ ownerName: `预测业主${++residents}`, unit: `8-2-${String(800 + residents).padStart(4, '0')}` });

describe('quota forecast (回访率预测)', () => {
  let app: TestApp;
  let clerk: Client;
  let supervisor: Client;
  const numbers: Record<string, string> = {};

  beforeAll(async () => {
    app = await initTestApp();
    [clerk, supervisor] = await Promise.all([app.as('zhangli'), app.as('liqiang')]);
    const A = app.projectA;
    const made = async (name: string, spec: Record<string, unknown>, completed: string) => {
      const t = await ticket(clerk, A, { ...resident(), ...spec, receivedAt: `${completed}T08:00` }, `${completed}T10:00`);
      numbers[name] = t.number;
      return t;
    };

    // repairs (30 %, window 1–2 months after completion): 11 completed, systematic sampling calls back #1, #4, #7, #11
    const repairDays = ['04-01', '04-05', '04-10', '05-05', '05-06', '05-07', '05-20', '06-01', '06-02', '06-03', '06-04'];
    const repairs = [];
    for (const [i, day] of repairDays.entries()) repairs.push(await made(`r${i + 1}`, { kind: 'REPAIR', category: '门窗' }, `2026-${day}`));
    expect(repairs.map((r) => r.callbacks.length)).toEqual([1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 1]);
    expect(repairs[0].callbacks[0]).toMatchObject({ windowFrom: '2026-05-01', windowTo: '2026-06-01' });
    expect(repairs[3].callbacks[0]).toMatchObject({ windowFrom: '2026-06-05', windowTo: '2026-07-05' });
    expect(repairs[6].callbacks[0]).toMatchObject({ windowFrom: '2026-06-20', windowTo: '2026-07-20' });
    expect(repairs[10].callbacks[0]).toMatchObject({ windowFrom: '2026-07-04', windowTo: '2026-08-04' });
    // #1 is done; #4 and #7 open before 30 June and close after it; #11 opens in July
    await record(clerk, repairs[0].callbacks[0], '2026-05-15T10:00', 'SATISFIED', 'QUALIFIED');

    // help (30 %, within a week): 4 completed, #1 and #4 called back
    const helps = [];
    for (const [i, day] of ['06-05', '06-06', '06-07', '06-08'].entries()) helps.push(await made(`h${i + 1}`, { kind: 'HELP' }, `2026-${day}`));
    expect(helps.map((h) => h.callbacks.length)).toEqual([1, 0, 0, 1]);
    // #1: one unanswered call, two left — still likely; #4: two unanswered calls of three — on its last attempt
    const attempt = async (c: { id: string; version: number }, when: string) => {
      const res = await clerk.gql(ATTEMPT, { i: { id: c.id, version: c.version, outcome: 'NO_ANSWER', attemptedAt: at(when) } });
      if (!res.data?.recordCallbackAttempt.callback) throw new Error(JSON.stringify(res));
      return res.data.recordCallbackAttempt.callback as { id: string; version: number; status: string };
    };
    await attempt(helps[0].callbacks[0], '2026-06-06T10:00');
    const once = await attempt(helps[3].callbacks[0], '2026-06-09T10:00');
    expect((await attempt(once, '2026-06-09T15:00')).status).toBe('PLANNED');

    // an emergency (30 %, within a week) completed on 20 May, never called back: overdue on 10 June
    const emergency = await made('e1', { kind: 'EMERGENCY' }, '2026-05-20');
    expect(emergency.callbacks).toHaveLength(1);
    // a general complaint (100 %), called back the next day: the target is met
    const complaint = await made('c1', { kind: 'COMPLAINT', severity: 'GENERAL', department: '工程部', category: '噪音扰民' }, '2026-06-02');
    await record(clerk, complaint.callbacks[0], '2026-06-03T10:00', 'SATISFIED', 'QUALIFIED');
  });

  afterAll(() => app.close());

  const zero = { required: 0, done: 0, dueInPeriod: 0, lastAttempt: 0, endsAfterPeriod: 0, overdue: 0, opensAfterPeriod: 0, expectedDone: 0, bestCase: 0 };

  it('should forecast each kind at the period end as worked out by hand, naming tickets that could be added by hand for the kinds at risk', async () => {
    const res = await supervisor.gql(STATISTICS, { p: app.projectA, period: '2026Q2', asOf: '2026-06-10' });
    expect(res.errors).toBeUndefined();
    const { kinds, forecast } = res.data.quarterlyStatistics;
    // one forecast per kind, in the order of the kinds table, on its required and done figures
    expect(forecast.map((f: { kind: string }) => f.kind)).toEqual(kinds.map((k: { kind: string }) => k.kind));
    for (const [i, k] of kinds.entries()) expect(forecast[i]).toMatchObject({ required: k.callbacksRequired, done: k.callbacksDone });
    const of = (kind: string) => forecast.find((f: { kind: string }) => f.kind === kind);
    // 10 June → 30 June: 21 days, both counted
    expect(forecast.every((f: { daysLeft: number }) => f.daysLeft === 21)).toBe(true);

    // ceil(30 % × 11) = 4 required; 1 done; 2 may slip past the end; 1 cannot open before it — even the best case is short
    expect(of('REPAIR')).toEqual({
      kind: 'REPAIR', targetRatePercent: 30, daysLeft: 21,
      required: 4, done: 1, dueInPeriod: 0, lastAttempt: 0, endsAfterPeriod: 2, overdue: 0, opensAfterPeriod: 1,
      expectedDone: 1, bestCase: 3, atRisk: true, shortBy: 3, canStillBeMet: false,
      // #2 #3 #5 #6 #8 #9 #10 have no callback; the three completed last are named
      ticketsWithoutCallback: 7,
      ticketsToAdd: [numbers.r10, numbers.r9, numbers.r8].map((number) => ({ number, kind: 'REPAIR' })),
    });
    // ceil(30 % × 4) = 2 required; #1 likely, #4 on its last attempt
    expect(of('HELP')).toEqual({
      kind: 'HELP', targetRatePercent: 30, daysLeft: 21,
      required: 2, done: 0, dueInPeriod: 1, lastAttempt: 1, endsAfterPeriod: 0, overdue: 0, opensAfterPeriod: 0,
      expectedDone: 1, bestCase: 2, atRisk: true, shortBy: 1, canStillBeMet: true,
      ticketsWithoutCallback: 2,
      ticketsToAdd: [numbers.h3, numbers.h2].map((number) => ({ number, kind: 'HELP' })),
    });
    expect(of('EMERGENCY')).toEqual({
      kind: 'EMERGENCY', targetRatePercent: 30, daysLeft: 21,
      ...zero, required: 1, overdue: 1, bestCase: 1, atRisk: true, shortBy: 1, canStillBeMet: true,
      ticketsWithoutCallback: 0, ticketsToAdd: [],
    });
    expect(of('COMPLAINT')).toEqual({
      kind: 'COMPLAINT', targetRatePercent: 100, daysLeft: 21,
      ...zero, required: 1, done: 1, expectedDone: 1, bestCase: 1, atRisk: false, shortBy: 0, canStillBeMet: true,
      ticketsWithoutCallback: 0, ticketsToAdd: [],
    });
    for (const kind of ['SPECIAL_SERVICE', 'ACTIVITY', 'OTHER']) {
      expect(of(kind)).toMatchObject({ ...zero, atRisk: false, shortBy: 0, canStillBeMet: true, ticketsWithoutCallback: 0, ticketsToAdd: [] });
    }
  });

  it('should give no forecast for a period that has ended or not begun on the day judged on', async () => {
    const ended = await supervisor.gql(STATISTICS, { p: app.projectA, period: '2026Q2', asOf: '2026-07-01' });
    expect(ended.data.quarterlyStatistics.forecast).toBeNull();
    const ahead = await supervisor.gql(STATISTICS, { p: app.projectA, period: '2026Q2', asOf: '2026-03-31' });
    expect(ahead.data.quarterlyStatistics.forecast).toBeNull();
  });

  it("should put the current period's forecast and the tickets to add on the supervisor's targets at risk, and follow a ticket added by hand", async () => {
    // the current period: four repairs completed in the last minutes — #1 and #4 get a callback whose window opens in a month
    const current: { id: string; number: string }[] = [];
    for (let i = 0; i < 4; i++) {
      const { ticket: t } = await createTestTicket(clerk, app.projectA, { kind: 'REPAIR', category: '电路', ...resident(), receivedAt: new Date(Date.now() - 3_600_000).toISOString() });
      const done = await completeTestTicket(clerk, t, { completedAt: new Date(Date.now() - (10 - i) * 60_000).toISOString() });
      current.push({ id: done.ticket.id, number: done.ticket.number });
    }
    const QUEUE = `{ workQueues { targetsAtRisk { kind callbacksRequired callbacksDone forecast { ${FORECAST} } } } }`;
    const before = (await supervisor.gql(QUEUE)).data.workQueues.targetsAtRisk;
    const repair = before.find((k: { kind: string }) => k.kind === 'REPAIR');
    expect(repair).toMatchObject({ callbacksRequired: 2, callbacksDone: 0 });
    expect(repair.forecast).toMatchObject({
      required: 2, done: 0, expectedDone: 0, atRisk: true, shortBy: 2, ticketsWithoutCallback: 2,
      ticketsToAdd: [current[2], current[1]].map((t) => ({ number: t.number, kind: 'REPAIR' })),
    });
    // the same forecast as 季度统计 shows for the current period
    const stats = (await supervisor.gql(STATISTICS, { p: app.projectA })).data.quarterlyStatistics;
    expect(stats.forecast.find((f: { kind: string }) => f.kind === 'REPAIR')).toEqual(repair.forecast);

    // the clerk adds #3 by hand (a window of the next week): one more callback in reach, one ticket fewer to add
    const added = await clerk.gql(ADD, { i: { ticketId: current[2].id } });
    expect(added.data.addCallback.userErrors).toEqual([]);
    const after = (await supervisor.gql(QUEUE)).data.workQueues.targetsAtRisk.find((k: { kind: string }) => k.kind === 'REPAIR').forecast;
    expect(after).toMatchObject({
      bestCase: repair.forecast.bestCase + 1, ticketsWithoutCallback: 1,
      ticketsToAdd: [{ number: current[1].number, kind: 'REPAIR' }],
    });
    expect(after.dueInPeriod + after.endsAfterPeriod).toBe(repair.forecast.dueInPeriod + repair.forecast.endsAfterPeriod + 1);
  });
});
