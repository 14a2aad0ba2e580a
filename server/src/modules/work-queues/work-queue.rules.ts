/**
 * The rules of 待办 as plain functions (no database): when a callback is due, overdue or waiting, how old an
 * item is, which periods an overview shows. Days are calendar days in the business time zone (Asia/Shanghai,
 * UTC+8: shared/local-date.ts) — a callback due "today" is due on the clerk's today, not the server's UTC day.
 */
import {
  addDays, archiveDueDate, daysBetween, DUE_SOON_DAYS, isWithinCorrectionWindow, parsePeriod, periodOf, StatisticsPeriod, toLocalDate,
  WorkQueueKind,
} from '@hf/shared';

/** The instant a request judges its queues at, and that instant's business day. */
export interface BusinessClock {
  now: Date;
  /** YYYY-MM-DD in Asia/Shanghai */
  today: string;
}

export function businessClock(now: Date = new Date()): BusinessClock {
  return { now, today: toLocalDate(now) };
}

/** Inclusive range of a callback's last window day (windowTo) that puts it in a due queue; null bounds are open. */
export interface WindowEndRange {
  from: string | null;
  to: string | null;
}

export type DueQueue = WorkQueueKind.CALLBACKS_DUE_TODAY | WorkQueueKind.CALLBACKS_DUE_SOON | WorkQueueKind.CALLBACKS_OVERDUE;

/**
 * 回访时效: a planned callback is due on the last day of its window. Due today: the window closes today; due soon:
 * it closes within the next DUE_SOON_DAYS (2) days; overdue: it closed before today (OVERDUE is derived, never stored).
 */
export function dueWindowEnd(queue: DueQueue, today: string, soonDays = DUE_SOON_DAYS): WindowEndRange {
  switch (queue) {
    case WorkQueueKind.CALLBACKS_DUE_TODAY:
      return { from: today, to: today };
    case WorkQueueKind.CALLBACKS_DUE_SOON:
      return { from: addDays(today, 1), to: addDays(today, soonDays) };
    case WorkQueueKind.CALLBACKS_OVERDUE:
      return { from: null, to: addDays(today, -1) };
  }
}

/** The due queue a planned callback with this window end is in today, or null when it is not due yet. */
export function dueQueueOf(windowTo: string, today: string, soonDays = DUE_SOON_DAYS): DueQueue | null {
  const queues: DueQueue[] = [WorkQueueKind.CALLBACKS_OVERDUE, WorkQueueKind.CALLBACKS_DUE_TODAY, WorkQueueKind.CALLBACKS_DUE_SOON];
  return queues.find((queue) => {
    const range = dueWindowEnd(queue, today, soonDays);
    return (range.from === null || windowTo >= range.from) && (range.to === null || windowTo <= range.to);
  }) ?? null;
}

/** Days from today to the window's last day: 0 due today, 2 the day after tomorrow, negative once overdue. */
export function daysLeft(windowTo: string, today: string): number {
  return daysBetween(today, windowTo);
}

/** Whole days a callback is past its window (0 while it is not overdue). */
export function daysOverdue(windowTo: string, today: string): number {
  return Math.max(0, daysBetween(windowTo, today));
}

/** How long an item has waited, in calendar days of the business time zone (0: since today). */
export function ageInDays(since: Date, today: string): number {
  return Math.max(0, daysBetween(toLocalDate(since), today));
}

/** 更正: the visitor may correct a recorded result until this instant (project setting, default 24 hours). */
export function correctableUntil(recordedAt: Date, correctionHours: number): Date {
  return new Date(recordedAt.getTime() + correctionHours * 3_600_000);
}

/** Whether the record is still correctable: the one rule of shared/record-policy.ts (the grid and the server use it too). */
export function isCorrectionOpen(recordedAt: Date, correctionHours: number, now: Date): boolean {
  return isWithinCorrectionWindow(recordedAt, correctionHours, now);
}

/** 约定稍后回访: the owner asked to be called again at an agreed time; from then on it is the clerk's to call. */
export function isCallLaterDue(nextAttemptAt: Date | null, now: Date): boolean {
  return nextAttemptAt !== null && nextAttemptAt.getTime() <= now.getTime();
}

/** seed 004 抽查回访: of the quota, how many are not even planned yet (planned but not done are the supervisor's to do). */
export function spotChecksStillToPlan(quota: { required: number; planned: number }): number {
  return Math.max(0, quota.required - quota.planned);
}

/** A kind of the period's statistics, as far as the target is concerned. */
export interface KindRate {
  kind: string | null;
  targetRatePercent: number | null;
  achievedRatePercent: number | null;
  callbacksRequired: number;
  callbacksDone: number;
}

/**
 * Targets at risk: kinds with a target whose achieved rate is below it (回访率). A kind without tickets in the
 * period (no achieved rate) is not at risk; the totals row is not a kind.
 */
export function targetsAtRisk<T extends KindRate>(kinds: readonly T[]): T[] {
  return kinds.filter((k) =>
    k.kind !== null && k.targetRatePercent !== null && k.targetRatePercent > 0 && k.achievedRatePercent !== null && k.achievedRatePercent < k.targetRatePercent);
}

/** The period due for archiving now (于下一季度10日前存档): the one before today's, in the project's setting. */
export function periodDueForArchiving(kind: StatisticsPeriod, today: string): string {
  const current = parsePeriod(periodOf(today, kind));
  return periodOf(addDays(current.from, -1), kind);
}

/** The archive reminder: the period has ended, its due date (the 10th of the next period) has passed, not archived. */
export function archiveReminder(period: string, archived: boolean, today: string): boolean {
  return !archived && today > archiveDueDate(period);
}

/** The last `count` ended periods before today's, newest first (the auditor's overview). */
export function recentEndedPeriods(kind: StatisticsPeriod, today: string, count = 4): string[] {
  const periods: string[] = [];
  let period = periodDueForArchiving(kind, today);
  for (let i = 0; i < count; i++) {
    periods.push(period);
    period = periodOf(addDays(parsePeriod(period).from, -1), kind);
  }
  return periods;
}

/** What a 待办 item of callbacks says besides the row (the edge fields of CallbackQueueEdge). */
export interface CallbackItemFacts {
  daysLeft: number | null;
  daysOverdue: number | null;
  waitingSince: Date | null;
  ageDays: number | null;
  correctableUntil: Date | null;
}

/** What makes a callback of this queue due, or how long it has waited (the rules, on the row as read). */
export function callbackEdgeFacts(
  kind: WorkQueueKind,
  callback: { windowTo: string; recordedAt: Date | null; escalatedAt: Date | null; nextAttemptAt: Date | null },
  until: Date | null,
  clock: BusinessClock,
): CallbackItemFacts {
  const planned = [
    WorkQueueKind.CALLBACKS_DUE_TODAY, WorkQueueKind.CALLBACKS_DUE_SOON, WorkQueueKind.CALLBACKS_OVERDUE, WorkQueueKind.CALL_LATER_DUE,
    WorkQueueKind.JOINT_COMPLAINT_CALLBACKS, WorkQueueKind.MAJOR_COMPLAINTS_TO_ORGANISE, WorkQueueKind.OWNER_DISPUTES,
  ].includes(kind);
  const waitingSince =
    kind === WorkQueueKind.RECORDS_TO_REVIEW || kind === WorkQueueKind.CORRECTIONS_OPEN ? callback.recordedAt
      : kind === WorkQueueKind.ESCALATIONS_WITHOUT_OPINION ? callback.escalatedAt
        : kind === WorkQueueKind.CALL_LATER_DUE ? callback.nextAttemptAt
          : null;
  return {
    daysLeft: planned ? daysLeft(callback.windowTo, clock.today) : null,
    daysOverdue: planned ? daysOverdue(callback.windowTo, clock.today) : null,
    waitingSince,
    ageDays: waitingSince ? ageInDays(waitingSince, clock.today) : null,
    correctableUntil: kind === WorkQueueKind.CORRECTIONS_OPEN ? until : null,
  };
}
