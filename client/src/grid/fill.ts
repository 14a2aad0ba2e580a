import type { CellPosition } from './cells';
import { type CellRange, rangeBounds } from './range';

/** A cell to receive the value of another. */
export interface FillStep {
  from: CellPosition;
  to: CellPosition;
}

/**
 * Ctrl+D (fill down): every cell of the selection takes the value of the selection's top row in its
 * column; with one row selected, the row takes the values of the row above (Excel's behaviour).
 */
export function planFillDown(range: CellRange): FillStep[] {
  const b = rangeBounds(range);
  const sourceRow = b.top === b.bottom ? b.top - 1 : b.top;
  if (sourceRow < 0) return [];
  const steps: FillStep[] = [];
  for (let rowIndex = sourceRow + 1; rowIndex <= b.bottom; rowIndex++) {
    for (let colIndex = b.left; colIndex <= b.right; colIndex++) {
      steps.push({ from: { rowIndex: sourceRow, colIndex }, to: { rowIndex, colIndex } });
    }
  }
  return steps;
}
