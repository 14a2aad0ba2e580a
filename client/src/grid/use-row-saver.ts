import { useCallback } from 'react';
import { groupByRow, mapRowErrors, type UserErrorLike } from './save-errors';
import type { SaveFn, SheetColumn } from './sheet-types';

/** One row to save: the version the clerk's change is based on, and the changed columns. */
export interface RowPatch {
  id: string;
  version: number;
  patch: Record<string, unknown>;
}

/** What the server answered: userErrors with field paths ["rows", index, column], and rows as they are now. */
export interface SentRows<Row> {
  userErrors: readonly UserErrorLike[];
  /** the row as the server has it now (read after a CONFLICT), to show "theirs" */
  current: (id: string) => Row | null | undefined;
}

interface Options<Row> {
  rows: readonly Row[];
  columns: readonly SheetColumn<Row>[];
  /** a column's header, to name it in a message about another column than the one edited */
  columnName: (field: string) => string;
  /** the sheet's mutation(s): one for the whole batch, or one per row */
  send: (rows: RowPatch[]) => Promise<SentRows<Row>>;
}

/** What the server has for a row, by column (for conflicts: "theirs"). */
export function rowValues<Row>(columns: readonly SheetColumn<Row>[], row: Row): Record<string, unknown> {
  return Object.fromEntries(columns.map((c) => [c.field, c.value(row)]));
}

/**
 * A sheet's saver: the grid's changed cells as one patch per row, on the version the sheet shows (or the one a
 * conflict returned), and the server's answer mapped back onto the cells. The sheet only says how to send.
 */
export function useRowSaver<Row extends { id: string; version: number }>({ rows, columns, columnName, send }: Options<Row>): SaveFn {
  return useCallback<SaveFn>(async (changes, versions) => {
    const groups = groupByRow(changes);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const answer = await send(groups.map((g) => ({
      id: g.rowId,
      version: versions[g.rowId] ?? byId.get(g.rowId)?.version ?? 0,
      patch: Object.fromEntries(g.changes.map((c) => [c.field, c.after ?? null])),
    })));
    return mapRowErrors(
      groups,
      answer.userErrors,
      (id) => {
        const row = answer.current(id);
        return row ? { version: row.version, values: rowValues(columns, row) } : null;
      },
      columnName,
    );
  }, [rows, columns, columnName, send]);
}
