import { Role, StatisticsPeriod, WORK_QUEUES_BY_ROLE, WorkQueueKind, COUNTED_WORK_QUEUES, hasWorkQueue } from '@hf/shared';
import {
  ageInDays, archiveReminder, businessClock, callbackEdgeFacts, correctableUntil, daysLeft, daysOverdue, dueQueueOf, dueWindowEnd,
  isCallLaterDue, isCorrectionOpen, periodDueForArchiving, recentEndedPeriods, spotChecksStillToPlan, targetsAtRisk,
} from '../../server/src/modules/work-queues/work-queue.rules';

describe('work-queue rules (待办)', () => {
  it("should judge the day in Asia/Shanghai: 01:00 there is still the previous day in UTC, but it is the clerk's new day", () => {
    // 2026-03-01 17:30 UTC = 2026-03-02 01:30 in Shanghai
    expect(businessClock(new Date('2026-03-01T17:30:00Z')).today).toBe('2026-03-02');
    // 2026-03-01 15:59 UTC = 23:59 in Shanghai: still the 1st
    expect(businessClock(new Date('2026-03-01T15:59:00Z')).today).toBe('2026-03-01');
  });

  it('should put a planned callback in due today, due within 2 days or overdue by the last day of its window', () => {
    const today = '2026-03-02';
    expect(dueWindowEnd(WorkQueueKind.CALLBACKS_DUE_TODAY, today)).toEqual({ from: today, to: today });
    expect(dueWindowEnd(WorkQueueKind.CALLBACKS_DUE_SOON, today)).toEqual({ from: '2026-03-03', to: '2026-03-04' });
    expect(dueWindowEnd(WorkQueueKind.CALLBACKS_OVERDUE, today)).toEqual({ from: null, to: '2026-03-01' });
    expect(['2026-02-20', '2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05'].map((w) => dueQueueOf(w, today))).toEqual([
      WorkQueueKind.CALLBACKS_OVERDUE, WorkQueueKind.CALLBACKS_OVERDUE, WorkQueueKind.CALLBACKS_DUE_TODAY,
      WorkQueueKind.CALLBACKS_DUE_SOON, WorkQueueKind.CALLBACKS_DUE_SOON, null,
    ]);
    // across a month end, and with another horizon
    expect(dueWindowEnd(WorkQueueKind.CALLBACKS_DUE_SOON, '2026-02-27', 3)).toEqual({ from: '2026-02-28', to: '2026-03-02' });
  });

  it('should count the days over and the days left in calendar days', () => {
    expect(daysOverdue('2026-02-25', '2026-03-02')).toBe(5);
    expect(daysOverdue('2026-03-02', '2026-03-02')).toBe(0);
    expect(daysOverdue('2026-03-04', '2026-03-02')).toBe(0);
    expect(daysLeft('2026-03-04', '2026-03-02')).toBe(2);
    expect(daysLeft('2026-02-25', '2026-03-02')).toBe(-5);
  });

  it('should age an item by the business day it arrived on (recorded at 23:30 in Shanghai is yesterday from 00:10)', () => {
    const recorded = new Date('2026-03-01T15:30:00Z'); // 23:30 on 03-01 in Shanghai
    expect(ageInDays(recorded, businessClock(new Date('2026-03-01T16:10:00Z')).today)).toBe(1);
    expect(ageInDays(recorded, '2026-03-01')).toBe(0);
    expect(ageInDays(new Date('2026-02-26T02:00:00Z'), '2026-03-02')).toBe(4);
  });

  it('should keep a record correctable for the project\'s correction hours, and a call-later due from the agreed time', () => {
    const recorded = new Date('2026-03-01T02:00:00Z');
    expect(correctableUntil(recorded, 24).toISOString()).toBe('2026-03-02T02:00:00.000Z');
    expect(isCorrectionOpen(recorded, 24, new Date('2026-03-02T02:00:00Z'))).toBe(true);
    expect(isCorrectionOpen(recorded, 24, new Date('2026-03-02T02:00:01Z'))).toBe(false);
    expect(isCorrectionOpen(recorded, 48, new Date('2026-03-02T02:00:01Z'))).toBe(true);
    const now = new Date('2026-03-02T06:00:00Z');
    expect(isCallLaterDue(new Date('2026-03-02T06:00:00Z'), now)).toBe(true);
    expect(isCallLaterDue(new Date('2026-03-02T06:00:01Z'), now)).toBe(false);
    expect(isCallLaterDue(null, now)).toBe(false);
  });

  it('should tell what makes each queue\'s callback due or how long it waited', () => {
    const clock = businessClock(new Date('2026-03-02T04:00:00Z'));
    const callback = { windowTo: '2026-02-27', recordedAt: new Date('2026-02-28T03:00:00Z'), escalatedAt: new Date('2026-03-01T03:00:00Z'), nextAttemptAt: new Date('2026-03-02T01:00:00Z') };
    expect(callbackEdgeFacts(WorkQueueKind.CALLBACKS_OVERDUE, callback, null, clock)).toEqual({ daysLeft: -3, daysOverdue: 3, waitingSince: null, ageDays: null, correctableUntil: null });
    expect(callbackEdgeFacts(WorkQueueKind.RECORDS_TO_REVIEW, callback, null, clock)).toMatchObject({ daysLeft: null, waitingSince: callback.recordedAt, ageDays: 2 });
    expect(callbackEdgeFacts(WorkQueueKind.ESCALATIONS_WITHOUT_OPINION, callback, null, clock)).toMatchObject({ waitingSince: callback.escalatedAt, ageDays: 1 });
    expect(callbackEdgeFacts(WorkQueueKind.CALL_LATER_DUE, callback, null, clock)).toMatchObject({ waitingSince: callback.nextAttemptAt, ageDays: 0, daysLeft: -3 });
    const until = new Date('2026-03-01T03:00:00Z');
    expect(callbackEdgeFacts(WorkQueueKind.CORRECTIONS_OPEN, callback, until, clock)).toMatchObject({ correctableUntil: until, waitingSince: callback.recordedAt });
  });

  it('should find the targets at risk: kinds with a target and tickets whose achieved rate is below it', () => {
    const kind = (k: string | null, target: number | null, achieved: number | null) => ({ kind: k, targetRatePercent: target, achievedRatePercent: achieved, callbacksRequired: 0, callbacksDone: 0 });
    const kinds = [kind('COMPLAINT', 100, 80), kind('REPAIR', 30, 30), kind('HELP', 30, 29.9), kind('ACTIVITY', 10, null), kind('OTHER', null, 0), kind(null, null, 50)];
    expect(targetsAtRisk(kinds).map((k) => k.kind)).toEqual(['COMPLAINT', 'HELP']);
  });

  it('should say how many spot checks are still to plan', () => {
    expect(spotChecksStillToPlan({ required: 5, planned: 3 })).toBe(2);
    expect(spotChecksStillToPlan({ required: 5, planned: 7 })).toBe(0);
  });

  it('should name the period due for archiving and remind only once its due date (the 10th of the next period) has passed', () => {
    expect(periodDueForArchiving(StatisticsPeriod.QUARTER, '2026-10-05')).toBe('2026Q3');
    expect(periodDueForArchiving(StatisticsPeriod.QUARTER, '2026-01-01')).toBe('2025Q4');
    expect(periodDueForArchiving(StatisticsPeriod.MONTH, '2026-03-02')).toBe('2026-02');
    expect(archiveReminder('2026Q3', false, '2026-10-10')).toBe(false);
    expect(archiveReminder('2026Q3', false, '2026-10-11')).toBe(true);
    expect(archiveReminder('2026Q3', true, '2026-10-11')).toBe(false);
    expect(recentEndedPeriods(StatisticsPeriod.QUARTER, '2026-02-15')).toEqual(['2025Q4', '2025Q3', '2025Q2', '2025Q1']);
    expect(recentEndedPeriods(StatisticsPeriod.MONTH, '2026-02-15', 3)).toEqual(['2026-01', '2025-12', '2025-11']);
  });

  it('should give every role its queues, and count only the queues that hold items', () => {
    expect(WORK_QUEUES_BY_ROLE[Role.CLERK]).toContain(WorkQueueKind.CORRECTIONS_OPEN);
    expect(hasWorkQueue(Role.CLERK, WorkQueueKind.RECORDS_TO_REVIEW)).toBe(false);
    expect(hasWorkQueue(Role.DEPARTMENT_SUPERVISOR, WorkQueueKind.JOINT_COMPLAINT_CALLBACKS)).toBe(true);
    // every queue belongs to some role
    const all = new Set(Object.values(WORK_QUEUES_BY_ROLE).flat());
    expect([...all].sort()).toEqual(Object.values(WorkQueueKind).sort());
    expect(COUNTED_WORK_QUEUES).not.toContain(WorkQueueKind.TARGETS_AT_RISK);
    expect(COUNTED_WORK_QUEUES).not.toContain(WorkQueueKind.SPOT_CHECK_QUOTA);
  });
});
