import { CallbackStatus, type Message, msg } from '@hf/shared';
import { CALLBACK_TRANSITIONS, CallbackAction } from '../callbacks/callback.transitions';

/**
 * 跨期 (carried over): archiving a period locks its tickets and its finished callbacks; a callback of the period still
 * open at archiving stays recordable until it is done, its window closes, or it is voided (DOMAIN.md, "Archiving and
 * callbacks still open").
 *
 * "Open" read from the transition table: a callback is open while attempts can still be made on it — not yet recorded
 * (PLANNED, with or without attempts). DONE may still be corrected by RECORD, but it is recorded: finished. UNREACHABLE
 * (无法联系 after the attempt cap), REVIEWED, ESCALATED, CLOSED and VOIDED are finished.
 */
export const OPEN_CALLBACK_STATUSES: readonly CallbackStatus[] = CALLBACK_TRANSITIONS[CallbackAction.ATTEMPT].from;

export function isOpenCallback(status: CallbackStatus): boolean {
  return OPEN_CALLBACK_STATUSES.includes(status);
}

/** What the rule needs of a callback. */
export interface CarryOverCallback {
  serialCode: string;
  status: CallbackStatus;
  /** last day of the window, inclusive (YYYY-MM-DD) */
  windowTo: string;
}

/**
 * At archiving (the day `archiveDay`): whether a callback of the period is carried over — still open, and its window
 * not closed. One whose window has already passed (OVERDUE) is finished for the archive: it stays pending in its
 * period's sheet and is locked with it.
 */
export function isCarriedOverAtArchiving(callback: Pick<CarryOverCallback, 'status' | 'windowTo'>, archiveDay: string): boolean {
  return isOpenCallback(callback.status) && callback.windowTo >= archiveDay;
}

/** Where a callback stands against the archive of its period. */
export interface ArchiveStanding {
  /** its period (of its anchor date) is archived */
  archived: boolean;
  /** it was carried over at archiving (isCarriedOverAtArchiving) */
  carriedOver: boolean;
}

/**
 * Whether a callback may be changed now (`today`, YYYY-MM-DD), and if not why: null when it may. A period not archived
 * leaves its callbacks to the usual rules; in an archived period only a carried-over callback that is still open and
 * within its window may be recorded, attempted or voided. The refusals are ARCHIVED, each with its own message.
 */
export function archivedCallbackRefusal(callback: CarryOverCallback, standing: ArchiveStanding, today: string): Message | null {
  if (!standing.archived) return null;
  if (!standing.carriedOver) return msg('archive.callbackFinished', { code: callback.serialCode });
  if (!isOpenCallback(callback.status)) return msg('archive.lateRecordLocked', { code: callback.serialCode });
  if (callback.windowTo < today) return msg('archive.carryOverWindowClosed', { code: callback.serialCode, windowTo: callback.windowTo });
  return null;
}

/**
 * 跨期 in a later period's sheet: a callback carried over from an earlier archived period is listed in every period its
 * window reaches into (in practice the next one), whatever became of it, so a row the clerk has just recorded does not
 * vanish; in its own period it is listed as always.
 */
export function isCarriedInto(callback: { anchorDate: string; windowTo: string }, period: { from: string }): boolean {
  return callback.anchorDate < period.from && callback.windowTo >= period.from;
}
