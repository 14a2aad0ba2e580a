import { ErrorCode } from '@hf/shared';
import { useCallback, useRef } from 'react';
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
  /** saved rows with a caveat, field paths ["rows", index, column], messages as the sheet shows them */
  warnings?: readonly { field: readonly string[]; message: string }[];
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
 *
 * Its own saves never conflict with each other: a row still being saved by an earlier edit is sent once that answer is
 * in, on the version it returned (the sheet's rows may not show it yet).
 */
export function useRowSaver<Row extends { id: string; version: number }>({ rows, columns, columnName, send }: Options<Row>): SaveFn {
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  /** the version each row had in our own last answer */
  const own = useRef(new Map<string, number>());
  /** saves not answered yet, by row */
  const inFlight = useRef(new Map<string, Promise<unknown>>());

  return useCallback<SaveFn>(async (changes, versions) => {
    const groups = groupByRow(changes);
    const earlier = groups.map((g) => inFlight.current.get(g.rowId)).filter((p): p is Promise<unknown> => p !== undefined);
    const sending = (async () => {
      await Promise.allSettled(earlier);
      const byId = new Map(rowsRef.current.map((r) => [r.id, r]));
      const versionOf = (id: string) => versions[id] ?? Math.max(byId.get(id)?.version ?? 0, own.current.get(id) ?? 0);
      const answer = await send(groups.map((g) => ({
        id: g.rowId,
        version: versionOf(g.rowId),
        patch: Object.fromEntries(g.changes.map((c) => [c.field, c.after ?? null])),
      })));
      const conflicted = new Set(answer.userErrors.filter((e) => e.code === ErrorCode.CONFLICT).map((e) => Number(e.field[1])));
      groups.forEach((g, i) => {
        const now = conflicted.has(i) ? null : answer.current(g.rowId);
        if (now) own.current.set(g.rowId, Math.max(now.version, own.current.get(g.rowId) ?? 0));
      });
      const result = mapRowErrors(
        groups,
        answer.userErrors,
        (id) => {
          const row = answer.current(id);
          return row ? { version: row.version, values: rowValues(columns, row) } : null;
        },
        columnName,
      );
      result.warnings = (answer.warnings ?? []).flatMap((w) => {
        const group = w.field[0] === 'rows' ? groups[Number(w.field[1])] : undefined;
        return group && w.field[2] ? [{ rowId: group.rowId, field: w.field[2], message: w.message }] : [];
      });
      return result;
    })();
    for (const g of groups) inFlight.current.set(g.rowId, sending);
    try {
      return await sending;
    } finally {
      for (const g of groups) if (inFlight.current.get(g.rowId) === sending) inFlight.current.delete(g.rowId);
    }
  }, [columns, columnName, send]);
}
