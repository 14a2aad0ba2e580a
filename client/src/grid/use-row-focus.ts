import { useCallback, useEffect, useRef } from 'react';
import type { DisplayedGrid } from './displayed-grid';
import type { CellRange } from './range';
import { rangeBounds } from './range';

/**
 * A row asked for from outside (a 待办 link): once it is among the rows, scroll to it, focus its cell in `field` (or the
 * first column) — which selects the row — and flash it; once per requested row. Returns the handler for AG Grid's
 * rowDataUpdated, since rows arrive after the grid.
 */
export function useRowFocus<Row>(grid: DisplayedGrid<Row>, rowId: string | null | undefined, field: string | null | undefined, rows: Row[]): () => void {
  const done = useRef<string | null>(null);
  const focus = useCallback(() => {
    const api = grid.api();
    if (!api || !rowId || done.current === rowId) return;
    const node = api.getRowNode(rowId);
    const columns = api.getAllDisplayedColumns();
    const column = columns.find((c) => c.getColDef().field === field) ?? columns[0];
    if (!node || node.rowIndex === null || !column) return;
    done.current = rowId;
    api.ensureNodeVisible(node, 'middle');
    api.ensureColumnVisible(column);
    api.setFocusedCell(node.rowIndex, column);
    api.flashCells({ rowNodes: [node] });
  }, [grid, rowId, field]);
  useEffect(focus, [focus, rows]);
  return focus;
}

/**
 * The rows the selected block spans, told to the sheet when they change (an action on many rows, e.g. 审核通过).
 * Returns a function to call whenever the block may have changed.
 */
export function useSelectedRows<Row>(grid: DisplayedGrid<Row>, rowId: (row: Row) => string, onSelectRows: ((rows: Row[]) => void) | undefined) {
  const listener = useRef(onSelectRows);
  listener.current = onSelectRows;
  const last = useRef('');
  return useCallback((block: CellRange | null) => {
    if (!listener.current || !block) return;
    const { top, bottom } = rangeBounds(block);
    const rows: Row[] = [];
    for (let i = top; i <= bottom; i++) {
      const row = grid.row(i);
      if (row) rows.push(row);
    }
    const key = rows.map(rowId).join(',');
    if (key === last.current) return;
    last.current = key;
    listener.current(rows);
  }, [grid, rowId]);
}
