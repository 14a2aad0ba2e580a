import { type CellChange, sameValue } from './cells';

/** One column of a row that someone else changed while the clerk was editing it. */
export interface ConflictField {
  field: string;
  /** the value the clerk's edit started from */
  base: unknown;
  /** what the clerk wants */
  mine: unknown;
  /** what the server has now */
  theirs: unknown;
}

export interface RowConflict {
  rowId: string;
  /** the row's version now; a "keep mine" resend is based on it */
  version: number;
  fields: ConflictField[];
}

export type ConflictDecision =
  | { kind: 'resend'; changes: CellChange[]; version: number }
  | { kind: 'ask'; conflict: RowConflict };

/**
 * The server refused a row with CONFLICT (stale version). If the other person changed none of the columns
 * the clerk edited (or changed them to the same value), the clerk's edit overwrites nothing of theirs and is
 * sent again on the new version; otherwise the clerk is shown both values and chooses. Nothing is
 * overwritten silently.
 */
export function judgeConflict(
  changes: CellChange[],
  current: { version: number; values: Record<string, unknown> },
): ConflictDecision {
  const rowId = changes[0]?.rowId ?? '';
  const fields: ConflictField[] = changes
    .filter((c) => !sameValue(current.values[c.field], c.before) && !sameValue(current.values[c.field], c.after))
    .map((c) => ({ field: c.field, base: c.before, mine: c.after, theirs: current.values[c.field] }));
  if (fields.length === 0) {
    const pending = changes.filter((c) => !sameValue(current.values[c.field], c.after));
    return { kind: 'resend', version: current.version, changes: pending.map((c) => ({ ...c, before: current.values[c.field] })) };
  }
  return { kind: 'ask', conflict: { rowId, version: current.version, fields } };
}

/** The clerk's choice: keep mine sends the clerk's values on the current version; keep theirs sends nothing. */
export function resolveConflict(conflict: RowConflict, choice: 'mine' | 'theirs'): CellChange[] {
  if (choice === 'theirs') return [];
  return conflict.fields.map((f) => ({ rowId: conflict.rowId, field: f.field, before: f.theirs, after: f.mine }));
}
