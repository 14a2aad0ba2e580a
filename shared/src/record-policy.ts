// Time rules of a record, shared by the server's checks and the client's read-only cells.

/** 更正期限: the visitor may correct their own record this many hours after writing it (project setting, this default). */
export const DEFAULT_CORRECTION_HOURS = 24;

/** The correction window: the record was written by this user and the project's correction hours have not passed. */
export function isWithinCorrectionWindow(recordedAt: Date | null, correctionHours: number, now: Date): boolean {
  return recordedAt !== null && now.getTime() - recordedAt.getTime() <= correctionHours * 3_600_000;
}

/** Clocks differ: a time up to 5 minutes ahead of the server's is accepted as "now", later is the future. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

export function isInFuture(instant: Date, now: Date): boolean {
  return instant.getTime() > now.getTime() + FUTURE_TOLERANCE_MS;
}
