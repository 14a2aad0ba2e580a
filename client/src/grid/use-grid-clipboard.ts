import { type ClipboardEvent, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import type { CellChange } from './cells';
import { formatValue } from './cell-values';
import type { DisplayedGrid } from './displayed-grid';
import { parseClipboardTable, pastedRange, planPaste, toClipboardTable } from './paste';
import { rangeBounds } from './range';
import type { CellRangeSelection } from './use-cell-range';
import type { CellSaves } from './use-cell-saves';

/**
 * Ctrl+C copies the selected block as TSV; Ctrl+V pastes a block copied from Excel/LibreOffice from the selection's
 * top-left as one save, and selects what it wrote. Read-only cells are skipped and counted in `notice`.
 */
export function useGridClipboard<Row>(grid: DisplayedGrid<Row>, range: CellRangeSelection<Row>, saves: CellSaves<Row>, editable: boolean) {
  const { language, t } = useI18n();
  const [notice, setNotice] = useState('');

  const onPaste = (event: ClipboardEvent) => {
    if (grid.isEditing() || !editable) return;
    const target = range.current();
    if (!target) return;
    event.preventDefault();
    const cells = planPaste(parseClipboardTable(event.clipboardData.getData('text/plain')), target, grid.rowCount(), grid.columnCount());
    const pasted = pastedRange(cells);
    if (!pasted) return;
    const skipped = { count: 0 };
    const changes = cells.map((cell) => saves.changeFromText(cell, cell.text, skipped)).filter((c): c is CellChange => c !== null);
    range.select(pasted);
    setNotice(skipped.count ? t('readOnlyCell') + ` (${skipped.count})` : '');
    saves.refresh();
    saves.edit(changes);
  };

  const onCopy = (event: ClipboardEvent) => {
    if (grid.isEditing()) return;
    const source = range.current();
    if (!source) return;
    event.preventDefault();
    const b = rangeBounds(source);
    const table: string[][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const row = grid.row(r);
      const values: string[] = [];
      for (let c = b.left; c <= b.right; c++) {
        const column = grid.column(c);
        values.push(row && column ? formatValue(column.kind, saves.currentValue(row, column), language) : '');
      }
      table.push(values);
    }
    event.clipboardData.setData('text/plain', toClipboardTable(table));
  };

  return { onPaste, onCopy, notice };
}
