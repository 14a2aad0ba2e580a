import type { CellPosition } from './cells';

/** A rectangular block of cells, from where the selection started (anchor) to where it ends (focus). */
export interface CellRange {
  anchor: CellPosition;
  focus: CellPosition;
}

export interface RangeBounds {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export function rangeBounds(range: CellRange): RangeBounds {
  return {
    top: Math.min(range.anchor.rowIndex, range.focus.rowIndex),
    bottom: Math.max(range.anchor.rowIndex, range.focus.rowIndex),
    left: Math.min(range.anchor.colIndex, range.focus.colIndex),
    right: Math.max(range.anchor.colIndex, range.focus.colIndex),
  };
}

export function inRange(range: CellRange | null, rowIndex: number, colIndex: number): boolean {
  if (!range) return false;
  const b = rangeBounds(range);
  return rowIndex >= b.top && rowIndex <= b.bottom && colIndex >= b.left && colIndex <= b.right;
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/** Shift+arrow: the focus end moves one cell, kept inside the grid; the anchor stays. */
export function extendRange(range: CellRange, direction: Direction, rowCount: number, colCount: number): CellRange {
  const { rowIndex, colIndex } = range.focus;
  const focus = {
    rowIndex: Math.min(rowCount - 1, Math.max(0, rowIndex + (direction === 'down' ? 1 : direction === 'up' ? -1 : 0))),
    colIndex: Math.min(colCount - 1, Math.max(0, colIndex + (direction === 'right' ? 1 : direction === 'left' ? -1 : 0))),
  };
  return { anchor: range.anchor, focus };
}

/** Every position of the range, row by row. */
export function rangeCells(range: CellRange): CellPosition[] {
  const b = rangeBounds(range);
  const cells: CellPosition[] = [];
  for (let rowIndex = b.top; rowIndex <= b.bottom; rowIndex++) {
    for (let colIndex = b.left; colIndex <= b.right; colIndex++) cells.push({ rowIndex, colIndex });
  }
  return cells;
}
