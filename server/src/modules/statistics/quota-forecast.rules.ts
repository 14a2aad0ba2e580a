import { daysBetween } from '@hf/shared';

/**
 * 回访率预测 (issue 17, item 5): will a kind's target callback rate still be met when the period ends? A pure rule on
 * counts the database has aggregated (./quota-forecast.sql.ts). The model, also in README.md ("Quota forecast"):
 *
 * At the period's last day the statistics count a callback as done when it is recorded; the target is met when done ≥
 * required (ceil(rate × anchored tickets), as in the statistics). Each callback still PLANNED falls in one class,
 * judged on today, the period's last day and the failed attempts it has had (the attempt cap turns the next failures
 * into 无法联系):
 *  - dueInPeriod — its window is open or opens before the period ends and closes by then, and it has at least two
 *    attempts left: the clerk's queue brings it up in time — LIKELY;
 *  - lastAttempt — in reach before the period ends, but failed attempts ≥ maxAttempts − 1: one more failure makes it
 *    unreachable — POSSIBLE;
 *  - endsAfterPeriod — its window opens before the period ends but closes after it: it may well be done after the
 *    end (its due date is later) — POSSIBLE;
 *  - overdue — its window has passed: a late record still counts as done, but it is already late — POSSIBLE;
 *  - opensAfterPeriod — its window opens after the period ends: not done by then — not counted.
 * expectedDone = done + LIKELY; bestCase = expectedDone + POSSIBLE. The kind is at risk when expectedDone < required
 * (shortBy = required − expectedDone: what must come from the POSSIBLE ones or from tickets added by hand); when even
 * bestCase < required, only tickets added by hand can meet the target (canStillBeMet false).
 * Tickets completed after today are not foreseen: sampling plans their callbacks as they complete, adding to required
 * and to the planned ones alike.
 */

/** Callbacks still planned that share a window and a number of failed attempts (one GROUP BY row). */
export interface OpenCallbacks {
  windowFrom: string;
  windowTo: string;
  failedAttempts: number;
  count: number;
}

export interface QuotaForecastInput {
  kind: string;
  /** 应回访数 so far (the statistics' callbacksRequired) */
  required: number;
  /** 已回访数 so far */
  done: number;
  open: readonly OpenCallbacks[];
  /** the day judged on, within the period */
  today: string;
  /** the period's last day */
  periodEnd: string;
  /** the project's attempt cap (尝试上限) */
  maxAttempts: number;
}

export interface QuotaForecastFigures {
  kind: string;
  required: number;
  done: number;
  /** days from today to the period's last day, both counted (1 on the last day) */
  daysLeft: number;
  dueInPeriod: number;
  lastAttempt: number;
  endsAfterPeriod: number;
  overdue: number;
  opensAfterPeriod: number;
  /** done + dueInPeriod */
  expectedDone: number;
  /** expectedDone + lastAttempt + endsAfterPeriod + overdue */
  bestCase: number;
  atRisk: boolean;
  /** required − expectedDone, at least 0 */
  shortBy: number;
  /** bestCase ≥ required: the open callbacks alone can still meet the target */
  canStillBeMet: boolean;
}

export type OpenCallbackClass = 'dueInPeriod' | 'lastAttempt' | 'endsAfterPeriod' | 'overdue' | 'opensAfterPeriod';

/** The class of planned callbacks with this window and these failed attempts (see the model above). */
export function classifyOpenCallback(open: Omit<OpenCallbacks, 'count'>, today: string, periodEnd: string, maxAttempts: number): OpenCallbackClass {
  if (open.windowTo < today) return 'overdue';
  if (open.windowFrom > periodEnd) return 'opensAfterPeriod';
  if (open.failedAttempts >= maxAttempts - 1) return 'lastAttempt';
  return open.windowTo <= periodEnd ? 'dueInPeriod' : 'endsAfterPeriod';
}

export function forecastQuota(input: QuotaForecastInput): QuotaForecastFigures {
  const classes: Record<OpenCallbackClass, number> = { dueInPeriod: 0, lastAttempt: 0, endsAfterPeriod: 0, overdue: 0, opensAfterPeriod: 0 };
  for (const open of input.open) classes[classifyOpenCallback(open, input.today, input.periodEnd, input.maxAttempts)] += open.count;
  const expectedDone = input.done + classes.dueInPeriod;
  const bestCase = expectedDone + classes.lastAttempt + classes.endsAfterPeriod + classes.overdue;
  return {
    kind: input.kind,
    required: input.required,
    done: input.done,
    daysLeft: Math.max(0, daysBetween(input.today, input.periodEnd) + 1),
    ...classes,
    expectedDone,
    bestCase,
    atRisk: expectedDone < input.required,
    shortBy: Math.max(0, input.required - expectedDone),
    canStillBeMet: bestCase >= input.required,
  };
}
