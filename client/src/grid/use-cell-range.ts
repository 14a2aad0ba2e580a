import type { CellFocusedEvent, CellMouseDownEvent, CellMouseOverEvent, Column } from 'ag-grid-community';
import { useEffect, useMemo, useRef } from 'react';
import type { CellPosition } from './cells';
import type { DisplayedGrid } from './displayed-grid';
import { type CellRange, type Direction, extendRange, inRange } from './range';

/**
 * The selected block (AG Grid Community has no range selection): Shift+arrows, Shift+click or a mouse drag
 * from the focused cell. `refresh` redraws the cells (the block is a cell class).
 */
export function useCellRange<Row>(grid: DisplayedGrid<Row>, refresh: () => void) {
  const rangeRef = useRef<CellRange | null>(null);
  const shiftRef = useRef(false);
  const dragRef = useRef(false);

  useEffect(() => {
    const down = (e: KeyboardEvent) => { shiftRef.current = e.shiftKey; };
    const up = () => { dragRef.current = false; };
    window.addEventListener('keydown', down, true);
    window.addEventListener('keyup', down, true);
    window.addEventListener('mouseup', up);
    return () => {
      window.removeEventListener('keydown', down, true);
      window.removeEventListener('keyup', down, true);
      window.removeEventListener('mouseup', up);
    };
  }, []);

  return useMemo(() => {
    const position = (rowIndex: number | null | undefined, column: Column): CellPosition =>
      ({ rowIndex: rowIndex ?? 0, colIndex: grid.colIndexOf(column) });
    /** the block a command works on: the selection if it holds the focused cell, else the focused cell */
    const current = (): CellRange | null => {
      const focused = grid.focusedCell();
      if (!focused) return rangeRef.current;
      if (rangeRef.current && inRange(rangeRef.current, focused.rowIndex, focused.colIndex)) return rangeRef.current;
      return { anchor: focused, focus: focused };
    };
    return {
      contains: (rowIndex: number, colIndex: number) => inRange(rangeRef.current, rowIndex, colIndex),

      current,

      /** select a block (the one a paste wrote to); the caller redraws */
      select: (range: CellRange) => { rangeRef.current = range; },

      /** Shift+arrow: the far end of the block moves one cell */
      extend: (direction: Direction) => {
        const range = current();
        if (!range) return;
        const next = extendRange(range, direction, grid.rowCount(), grid.columnCount());
        rangeRef.current = next;
        grid.api()?.ensureIndexVisible(next.focus.rowIndex);
        refresh();
      },

      /** the focus moved (click, arrows, Enter): with Shift held the block grows to it, else the block is that cell */
      onCellFocused: (event: CellFocusedEvent<Row>): CellPosition | null => {
        if (event.rowIndex === null || event.rowIndex === undefined || !event.column || typeof event.column === 'string') return null;
        const at = position(event.rowIndex, event.column as Column);
        rangeRef.current = shiftRef.current && rangeRef.current ? { anchor: rangeRef.current.anchor, focus: at } : { anchor: at, focus: at };
        refresh();
        return at;
      },

      onCellMouseDown: (event: CellMouseDownEvent<Row>) => {
        const mouse = event.event as MouseEvent | undefined;
        if (mouse && mouse.button !== 0) return;
        dragRef.current = true;
        const at = position(event.rowIndex, event.column);
        rangeRef.current = mouse?.shiftKey && rangeRef.current ? { anchor: rangeRef.current.anchor, focus: at } : { anchor: at, focus: at };
        refresh();
      },

      onCellMouseOver: (event: CellMouseOverEvent<Row>) => {
        const mouse = event.event as MouseEvent | undefined;
        if (!dragRef.current || !rangeRef.current || !mouse || mouse.buttons !== 1) return;
        rangeRef.current = { anchor: rangeRef.current.anchor, focus: position(event.rowIndex, event.column) };
        refresh();
      },
    };
  }, [grid, refresh]);
}

export type CellRangeSelection<Row> = ReturnType<typeof useCellRange<Row>>;
