import type { CellKeyDownEvent, SuppressKeyboardEventParams } from 'ag-grid-community';
import type { CellChange } from './cells';
import type { DisplayedGrid } from './displayed-grid';
import { planFillDown } from './fill';
import { type Direction, rangeCells } from './range';
import type { CellRangeSelection } from './use-cell-range';
import type { CellSaves } from './use-cell-saves';

/** The keys the sheet handles itself, so AG Grid must not (outside an open editor). */
export function isSheetKey(params: SuppressKeyboardEventParams): boolean {
  if (params.editing) return false;
  const e = params.event;
  const ctrl = e.ctrlKey || e.metaKey;
  return (ctrl && ['z', 'y', 'd'].includes(e.key.toLowerCase())) || (e.shiftKey && e.key.startsWith('Arrow')) || e.key === 'Delete' || e.key === 'Backspace';
}

/** Ctrl+Z / Ctrl+Y (or Ctrl+Shift+Z) undo and redo, Ctrl+D fills down, Delete clears, Shift+arrows grow the block. */
export function useGridKeys<Row>(grid: DisplayedGrid<Row>, range: CellRangeSelection<Row>, saves: CellSaves<Row>) {
  const changes = (list: (CellChange | null)[]) => list.filter((c): c is CellChange => c !== null);

  return (event: CellKeyDownEvent<Row>) => {
    const key = event.event as KeyboardEvent | undefined;
    if (!key || grid.isEditing()) return;
    const ctrl = key.ctrlKey || key.metaKey;
    const lower = key.key.toLowerCase();
    if (ctrl && lower === 'z' && !key.shiftKey) {
      key.preventDefault();
      saves.undo();
    } else if (ctrl && (lower === 'y' || (lower === 'z' && key.shiftKey))) {
      key.preventDefault();
      saves.redo();
    } else if (ctrl && lower === 'd') {
      key.preventDefault();
      const block = range.current();
      if (!block) return;
      saves.edit(changes(planFillDown(block).map((step) => {
        const source = grid.row(step.from.rowIndex);
        const column = grid.column(step.from.colIndex);
        return source && column ? saves.changeAt(step.to, saves.currentValue(source, column)) : null;
      })));
    } else if ((key.key === 'Delete' || key.key === 'Backspace') && !ctrl) {
      const block = range.current();
      if (!block) return;
      key.preventDefault();
      saves.edit(changes(rangeCells(block).map((p) => saves.changeAt(p, grid.column(p.colIndex)?.kind.type === 'enumList' ? [] : null))));
    } else if (key.shiftKey && key.key.startsWith('Arrow')) {
      key.preventDefault();
      range.extend(key.key.slice(5).toLowerCase() as Direction);
    }
  };
}
