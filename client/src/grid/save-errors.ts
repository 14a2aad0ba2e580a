import { ErrorCode } from '@hf/shared';
import type { CellChange } from './cells';
import type { SaveResult } from './sheet-types';

export interface UserErrorLike {
  field: readonly string[];
  code: string;
  message: string;
}

/**
 * Maps a batch mutation's userErrors (field paths ["rows", index, column]) onto the cells that were sent:
 * an error naming an edited column stays on that cell; one naming the row (id, version) or another column
 * (e.g. 缺点与不足 required by the satisfaction just typed) is shown on every edited cell of the row.
 */
export function mapRowErrors(
  rows: { rowId: string; changes: CellChange[] }[],
  userErrors: readonly UserErrorLike[],
  current: (rowId: string) => { version: number; values: Record<string, unknown> } | null,
  columnName: (field: string) => string,
): SaveResult {
  const result: SaveResult = { saved: [], errors: [], conflicts: [] };
  const failed = new Set<number>();
  for (const error of userErrors) {
    const index = error.field[0] === 'rows' ? Number(error.field[1]) : NaN;
    const targets = Number.isInteger(index) ? [index] : rows.map((_, i) => i);
    for (const i of targets) {
      const row = rows[i];
      if (!row) continue;
      failed.add(i);
      const column = Number.isInteger(index) ? error.field[2] : undefined;
      if (error.code === ErrorCode.CONFLICT) {
        const now = current(row.rowId);
        if (now) result.conflicts.push({ rowId: row.rowId, changes: row.changes, version: now.version, values: now.values });
        else result.errors.push({ rowId: row.rowId, field: null, message: error.message });
      } else if (column && row.changes.some((c) => c.field === column)) {
        result.errors.push({ rowId: row.rowId, field: column, message: error.message });
      } else {
        const prefix = column && column !== 'id' && column !== 'version' ? `${columnName(column)}：` : '';
        result.errors.push({ rowId: row.rowId, field: null, message: prefix + error.message });
      }
    }
  }
  rows.forEach((row, i) => {
    if (!failed.has(i)) result.saved.push(...row.changes);
  });
  return result;
}

/** Changes grouped by row, in the order the rows first appear. */
export function groupByRow(changes: CellChange[]): { rowId: string; changes: CellChange[] }[] {
  const groups = new Map<string, CellChange[]>();
  for (const change of changes) {
    const list = groups.get(change.rowId) ?? [];
    // the last change of a cell wins within one batch
    const existing = list.findIndex((c) => c.field === change.field);
    if (existing >= 0) list.splice(existing, 1);
    list.push(change);
    groups.set(change.rowId, list);
  }
  return [...groups].map(([rowId, list]) => ({ rowId, changes: list }));
}
