import type { CellFocusedEvent, GridReadyEvent, ModelUpdatedEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { type ReactNode, useCallback, useMemo, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { gridLocaleFor } from './ag-grid-setup';
import { formatValue } from './cell-values';
import { columnDefs, SHEET_GRID_OPTIONS } from './column-defs';
import { ConflictDialog } from './ConflictDialog';
import { useDisplayedGrid } from './displayed-grid';
import type { SaveFn, SheetColumn } from './sheet-types';
import { useCellRange } from './use-cell-range';
import { useCellSaves } from './use-cell-saves';
import { useColumnWidths } from './use-column-widths';
import { useGridClipboard } from './use-grid-clipboard';
import { useGridKeys } from './use-grid-keys';
import { useImeStart } from './use-ime-start';
import type { CellRange } from './range';
import { useRowFocus, useSelectedRows } from './use-row-focus';

export type { SaveFn, SaveResult, SheetColumn } from './sheet-types';

interface Props<Row> {
  rows: Row[];
  rowId: (row: Row) => string;
  rowLabel: (row: Row) => string;
  columns: SheetColumn<Row>[];
  /** absent: a read-only report; present with readOnly: an editable form that is locked now (archived, role) */
  save?: SaveFn;
  /** column widths are remembered under this key */
  storageKey: string;
  readOnly?: boolean;
  rowClass?: (row: Row) => string | undefined;
  onSelectRow?: (row: Row | null) => void;
  toolbar?: ReactNode;
  /** a row to bring into view and focus once it is among the rows (a 待办 link opens it), at this column if given */
  focusRowId?: string | null;
  focusField?: string | null;
  /** the rows of the selected block (Shift+arrows, a drag, Shift+click), for actions on many rows such as 审核通过 */
  onSelectRows?: (rows: Row[]) => void;
}

/**
 * A sheet that works like the paper form and like a spreadsheet: type to edit, Enter/Tab/arrows move,
 * Shift+arrows or a drag select a block, Ctrl+V pastes a block from Excel/LibreOffice, Ctrl+D fills down,
 * Ctrl+Z/Ctrl+Y undo and redo on the server, Delete clears. The grid never changes data itself
 * (readOnlyEdit): every change goes to the server, and each cell shows saving, saved, or the server's message.
 */
export function SpreadsheetGrid<Row>(props: Props<Row>) {
  const { rows, rowId, rowLabel, columns, save, storageKey, readOnly = false, rowClass, onSelectRow, toolbar, focusRowId, focusField, onSelectRows } = props;
  const { language, t } = useI18n();
  const gridLocale = gridLocaleFor(language);
  const columnsByField = useMemo(() => new Map(columns.map((c) => [c.field, c])), [columns]);
  const rowsById = useMemo(() => new Map(rows.map((r) => [rowId(r), r])), [rows, rowId]);

  const grid = useDisplayedGrid<Row>(columnsByField);
  const saves = useCellSaves<Row>({ grid, save, readOnly, rowId, rowsById, columnsByField, rowLabel });
  // a redraw follows every change of the block: tell the sheet which rows it spans
  const reportSelectedRows = useSelectedRows<Row>(grid, rowId, onSelectRows);
  const blockRef = useRef<() => CellRange | null>(() => null);
  const redraw = useCallback(() => {
    saves.refresh();
    reportSelectedRows(blockRef.current());
  }, [saves.refresh, reportSelectedRows]);
  const range = useCellRange<Row>(grid, redraw);
  blockRef.current = range.current;
  const focusRequestedRow = useRowFocus<Row>(grid, focusRowId, focusField, rows);
  const clipboard = useGridClipboard<Row>(grid, range, saves, Boolean(save) && !readOnly);
  const onCellKeyDown = useGridKeys<Row>(grid, range, saves);
  const widths = useColumnWidths(storageKey);
  const gridElement = useRef<HTMLDivElement>(null);
  const ime = useImeStart<Row>(grid, saves, useCallback(() => gridElement.current, []));

  const { canEdit, currentValue, stateOf, noteOf } = saves;
  const defs = useMemo(
    () => columnDefs(columns, { language, form: Boolean(save), canEdit, currentValue, stateOf, noteOf, inBlock: range.contains }),
    [columns, language, save, canEdit, currentValue, stateOf, noteOf, range.contains],
  );

  // the rows the column filters let through (AG Grid's displayed rows), against all rows of the sheet
  const [shownCount, setShownCount] = useState<number | null>(null);
  const onModelUpdated = (event: ModelUpdatedEvent<Row>) => setShownCount(event.api.getDisplayedRowCount());
  const filtered = shownCount !== null && shownCount !== rows.length && rows.length > 0;

  const onGridReady = (event: GridReadyEvent<Row>) => {
    grid.setApi(event.api);
    widths.restore(event.api);
  };

  const onCellFocused = (event: CellFocusedEvent<Row>) => {
    const at = range.onCellFocused(event);
    if (!at) return;
    saves.showFocusMessage();
    onSelectRow?.(grid.row(at.rowIndex) ?? null);
  };

  const describe = (id: string, field: string) => {
    const row = saves.rowsRef.current.get(id);
    const column = columnsByField.get(field);
    return { row: row ? rowLabel(row) : id, column: column?.header ?? field, format: (v: unknown) => (column ? formatValue(column.kind, v, language) : String(v ?? '')) };
  };

  const { counts } = saves;
  return (
    <div className="hf-sheet">
      <div className="hf-sheet-bar">
        {toolbar}
        <span className="hf-status" data-testid="save-status">
          {filtered ? t('rowsFiltered', { shown: shownCount, count: rows.length }) : t('rows', { count: rows.length })}
          {counts.saving > 0 && <span className="hf-count-saving"> · {t('saving', { count: counts.saving })}</span>}
          {counts.saved > 0 && <span className="hf-count-saved"> · {t('saved', { count: counts.saved })}</span>}
          {counts.error > 0 && <span className="hf-count-error"> · {t('errors', { count: counts.error })}</span>}
        </span>
      </div>
      <div
        className="hf-grid"
        ref={gridElement}
        onPaste={clipboard.onPaste}
        onCopy={clipboard.onCopy}
        {...ime}
        data-testid={`grid-${storageKey}`}
      >
        <AgGridReact<Row>
          {...SHEET_GRID_OPTIONS}
          rowData={rows}
          columnDefs={defs}
          getRowId={(p) => rowId(p.data)}
          getRowClass={(p) => (p.data && rowClass ? rowClass(p.data) : undefined)}
          localeText={gridLocale}
          onCellEditRequest={saves.onCellEditRequest}
          onGridReady={onGridReady}
          onModelUpdated={onModelUpdated}
          onRowDataUpdated={focusRequestedRow}
          onColumnResized={widths.onColumnResized}
          onCellKeyDown={onCellKeyDown}
          onCellFocused={onCellFocused}
          onCellMouseDown={range.onCellMouseDown}
          onCellMouseOver={range.onCellMouseOver}
        />
      </div>
      {saves.notice && <div className="hf-notice" role="alert" data-testid="grid-notice">{saves.notice}</div>}
      <div className="hf-message" data-testid="cell-message">
        {saves.focusMessage || clipboard.notice || t('shortcuts')}
      </div>
      {saves.conflicts.length > 0 && <ConflictDialog conflicts={saves.conflicts} describe={describe} onDecide={saves.decide} />}
    </div>
  );
}
