import type {
  CellEditRequestEvent, CellFocusedEvent, CellKeyDownEvent, CellMouseDownEvent, CellMouseOverEvent, CellClassParams, ColDef,
  Column, ColumnResizedEvent, GridApi, GridReadyEvent, ITooltipParams, ValueGetterParams,
} from 'ag-grid-community';
import { themeQuartz } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { type CellChange, type CellPosition, cellKey, sameValue } from './cells';
import { CellStates } from './cell-state';
import { formatValue, parseValue, type ValueKind } from './cell-values';
import { judgeConflict, resolveConflict, type RowConflict } from './conflict';
import { ConflictDialog } from './ConflictDialog';
import { EditHistory } from './edit-history';
import { planFillDown } from './fill';
import { parseClipboardTable, pastedRange, planPaste, toClipboardTable } from './paste';
import { type CellRange, type Direction, extendRange, inRange, rangeBounds, rangeCells } from './range';

export interface SheetColumn<Row> {
  field: string;
  header: string;
  kind: ValueKind;
  value: (row: Row) => unknown;
  /** absent: never editable; the sheet decides per row (role, status, archive) */
  editable?: (row: Row) => boolean;
  width?: number;
  pinned?: boolean;
  /** shown with a select editor (enums) */
  select?: boolean;
}

export interface SaveResult {
  /** changes the server accepted */
  saved: CellChange[];
  /** refused cells (field null: the whole row), with the server's message */
  errors: { rowId: string; field: string | null; message: string }[];
  /** rows refused because someone else changed them: their current version and values */
  conflicts: { rowId: string; changes: CellChange[]; version: number; values: Record<string, unknown> }[];
}

export type SaveFn = (changes: CellChange[], versions: Record<string, number>) => Promise<SaveResult>;

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

const theme = themeQuartz.withParams({
  fontFamily: ['"Noto Sans CJK SC"', '"Microsoft YaHei"', '"PingFang SC"', 'sans-serif'],
  fontSize: 13,
  headerFontSize: 13,
  spacing: 5,
  rowHeight: 30,
  headerHeight: 34,
  wrapperBorderRadius: 2,
});

type Mode = 'edit' | 'undo' | 'redo';

/**
 * A sheet that works like the paper form and like a spreadsheet: type to edit, Enter/Tab/arrows move,
 * Shift+arrows or a drag select a block, Ctrl+V pastes a block from Excel/LibreOffice, Ctrl+D fills down,
 * Ctrl+Z/Ctrl+Y undo and redo on the server, Delete clears. The grid never changes data itself
 * (readOnlyEdit): every change goes to the server, and each cell shows saving, saved, or the server's message.
 */
export function SpreadsheetGrid<Row>(props: Props<Row>) {
  const { rows, rowId, rowLabel, columns, save, storageKey, readOnly = false, rowClass, onSelectRow, toolbar, focusRowId, focusField, onSelectRows } = props;
  const { language, t, gridLocale } = useI18n();
  const apiRef = useRef<GridApi<Row> | null>(null);
  const rangeRef = useRef<CellRange | null>(null);
  const statesRef = useRef(new CellStates());
  const pendingRef = useRef(new Map<string, unknown>());
  const historyRef = useRef(new EditHistory());
  const shiftRef = useRef(false);
  const dragRef = useRef(false);
  const [counts, setCounts] = useState({ saving: 0, saved: 0, error: 0 });
  const [focusMessage, setFocusMessage] = useState<string>('');
  const [conflicts, setConflicts] = useState<RowConflict[]>([]);
  const [notice, setNotice] = useState('');

  const columnsByField = useMemo(() => new Map(columns.map((c) => [c.field, c])), [columns]);
  const rowsById = useMemo(() => new Map(rows.map((r) => [rowId(r), r])), [rows, rowId]);
  const rowsRef = useRef(rowsById);
  rowsRef.current = rowsById;

  const canEdit = useCallback(
    (column: SheetColumn<Row> | undefined, row: Row | undefined): boolean =>
      Boolean(save && !readOnly && column?.editable && row && column.editable(row)),
    [save, readOnly],
  );

  const onSelectRowsRef = useRef(onSelectRows);
  onSelectRowsRef.current = onSelectRows;
  const selectedRowsKey = useRef('');
  /** Tells the sheet which rows the selected block spans, when that changes. */
  const reportSelectedRows = useCallback(() => {
    const api = apiRef.current;
    const range = rangeRef.current;
    if (!onSelectRowsRef.current || !api || !range) return;
    const { top, bottom } = rangeBounds(range);
    const selected: Row[] = [];
    for (let i = top; i <= bottom; i++) {
      const row = api.getDisplayedRowAtIndex(i)?.data;
      if (row) selected.push(row);
    }
    const key = selected.map(rowId).join(',');
    if (key === selectedRowsKey.current) return;
    selectedRowsKey.current = key;
    onSelectRowsRef.current(selected);
  }, [rowId]);

  const refresh = useCallback(() => {
    apiRef.current?.refreshCells({ force: true, suppressFlash: true });
    setCounts(statesRef.current.counts());
    reportSelectedRows();
  }, [reportSelectedRows]);

  const displayedColumns = (): Column[] => apiRef.current?.getAllDisplayedColumns() ?? [];
  const columnAt = (colIndex: number) => columnsByField.get(displayedColumns()[colIndex]?.getColDef().field ?? '');
  const rowAt = (rowIndex: number) => apiRef.current?.getDisplayedRowAtIndex(rowIndex)?.data;
  const rowCount = () => apiRef.current?.getDisplayedRowCount() ?? 0;
  const currentValue = (row: Row, column: SheetColumn<Row>) => {
    const key = cellKey(rowId(row), column.field);
    return pendingRef.current.has(key) ? pendingRef.current.get(key) : column.value(row);
  };

  const showFocusMessage = useCallback(() => {
    const api = apiRef.current;
    const focused = api?.getFocusedCell();
    const row = focused ? api?.getDisplayedRowAtIndex(focused.rowIndex)?.data : undefined;
    const field = focused?.column.getColDef().field;
    if (!row || !field) return setFocusMessage('');
    const state = statesRef.current.get(rowId(row), field);
    setFocusMessage(state?.status === 'error' ? state.message ?? '' : '');
  }, [rowId]);

  /** Sends changes to the server as one save (one mutation for callbacks) and shows each cell's outcome. */
  const apply = useCallback(async (changes: CellChange[], mode: Mode, versions: Record<string, number> = {}) => {
    if (!save) return;
    const effective = changes.filter((c) => !sameValue(c.before, c.after));
    if (effective.length === 0) return;
    for (const c of effective) {
      statesRef.current.set(c.rowId, c.field, { status: 'saving' });
      pendingRef.current.set(cellKey(c.rowId, c.field), c.after);
    }
    refresh();
    let result: SaveResult;
    try {
      result = await save(effective, versions);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      result = { saved: [], errors: effective.map((c) => ({ rowId: c.rowId, field: c.field, message })), conflicts: [] };
    }
    for (const c of effective) pendingRef.current.delete(cellKey(c.rowId, c.field));
    for (const c of result.saved) statesRef.current.set(c.rowId, c.field, { status: 'saved' });
    if (mode === 'edit') historyRef.current.record(result.saved);
    for (const e of result.errors) {
      const fields = e.field ? [e.field] : effective.filter((c) => c.rowId === e.rowId).map((c) => c.field);
      for (const field of fields) statesRef.current.set(e.rowId, field, { status: 'error', message: e.message });
    }
    const asks: RowConflict[] = [];
    const resend: { changes: CellChange[]; version: number; rowId: string }[] = [];
    for (const conflict of result.conflicts) {
      const decision = judgeConflict(conflict.changes, { version: conflict.version, values: conflict.values });
      if (decision.kind === 'resend') resend.push({ changes: decision.changes, version: decision.version, rowId: conflict.rowId });
      else {
        asks.push(decision.conflict);
        for (const c of conflict.changes) {
          statesRef.current.set(c.rowId, c.field, { status: 'error', message: t('conflictTitle') });
        }
      }
    }
    refresh();
    showFocusMessage();
    if (asks.length) setConflicts((existing) => [...existing.filter((e) => !asks.some((a) => a.rowId === e.rowId)), ...asks]);
    for (const r of resend) await apply(r.changes, mode, { [r.rowId]: r.version });
  }, [save, refresh, showFocusMessage, t]);

  const changeFor = (position: CellPosition, after: unknown): CellChange | null => {
    const column = columnAt(position.colIndex);
    const row = rowAt(position.rowIndex);
    if (!column || !row || !canEdit(column, row)) return null;
    return { rowId: rowId(row), field: column.field, before: currentValue(row, column), after };
  };

  /** Text typed or pasted into a cell → a change, or the parser's message on the cell. */
  const changeFromText = (position: CellPosition, text: string, skipped: { count: number }): CellChange | null => {
    const column = columnAt(position.colIndex);
    const row = rowAt(position.rowIndex);
    if (!column || !row) return null;
    if (!canEdit(column, row)) {
      skipped.count += 1;
      return null;
    }
    const parsed = parseValue(column.kind, text, language);
    if (!parsed.ok) {
      statesRef.current.set(rowId(row), column.field, { status: 'error', message: `「${text}」${parsed.message}` });
      return null;
    }
    return changeFor(position, parsed.value);
  };

  const focusedRange = (): CellRange | null => {
    const focused = apiRef.current?.getFocusedCell();
    if (!focused) return rangeRef.current;
    const position = { rowIndex: focused.rowIndex, colIndex: displayedColumns().indexOf(focused.column) };
    if (rangeRef.current && inRange(rangeRef.current, position.rowIndex, position.colIndex)) return rangeRef.current;
    return { anchor: position, focus: position };
  };

  const isEditing = () => (apiRef.current?.getEditingCells().length ?? 0) > 0;

  const onPaste = (event: React.ClipboardEvent) => {
    if (isEditing() || !save || readOnly) return;
    const range = focusedRange();
    if (!range) return;
    event.preventDefault();
    const cells = planPaste(parseClipboardTable(event.clipboardData.getData('text/plain')), range, rowCount(), displayedColumns().length);
    const pasted = pastedRange(cells);
    if (!pasted) return;
    const skipped = { count: 0 };
    const changes = cells.map((cell) => changeFromText(cell, cell.text, skipped)).filter((c): c is CellChange => c !== null);
    rangeRef.current = pasted;
    setNotice(skipped.count ? t('readOnlyCell') + ` (${skipped.count})` : '');
    refresh();
    void apply(changes, 'edit');
  };

  const onCopy = (event: React.ClipboardEvent) => {
    if (isEditing()) return;
    const range = focusedRange();
    if (!range) return;
    event.preventDefault();
    const b = rangeBounds(range);
    const table: string[][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const row = rowAt(r);
      const values: string[] = [];
      for (let c = b.left; c <= b.right; c++) {
        const column = columnAt(c);
        values.push(row && column ? formatValue(column.kind, currentValue(row, column), language) : '');
      }
      table.push(values);
    }
    event.clipboardData.setData('text/plain', toClipboardTable(table));
  };

  const undoOrRedo = (mode: 'undo' | 'redo') => {
    const changes = mode === 'undo' ? historyRef.current.undo() : historyRef.current.redo();
    if (!changes) return;
    // each cell goes back from what it is now (another save may have happened since)
    const current = changes.map((c) => {
      const row = rowsRef.current.get(c.rowId);
      const column = columnsByField.get(c.field);
      return row && column ? { ...c, before: currentValue(row, column) } : c;
    });
    void apply(current, mode);
  };

  const onCellKeyDown = (event: CellKeyDownEvent<Row>) => {
    const key = event.event as KeyboardEvent | undefined;
    if (!key || isEditing()) return;
    const ctrl = key.ctrlKey || key.metaKey;
    const lower = key.key.toLowerCase();
    if (ctrl && lower === 'z' && !key.shiftKey) {
      key.preventDefault();
      undoOrRedo('undo');
    } else if (ctrl && (lower === 'y' || (lower === 'z' && key.shiftKey))) {
      key.preventDefault();
      undoOrRedo('redo');
    } else if (ctrl && lower === 'd') {
      key.preventDefault();
      const range = focusedRange();
      if (!range) return;
      const changes = planFillDown(range)
        .map((step) => {
          const source = rowAt(step.from.rowIndex);
          const column = columnAt(step.from.colIndex);
          return source && column ? changeFor(step.to, currentValue(source, column)) : null;
        })
        .filter((c): c is CellChange => c !== null);
      void apply(changes, 'edit');
    } else if ((key.key === 'Delete' || key.key === 'Backspace') && !ctrl) {
      const range = focusedRange();
      if (!range) return;
      key.preventDefault();
      const changes = rangeCells(range)
        .map((p) => {
          const column = columnAt(p.colIndex);
          return changeFor(p, column?.kind.type === 'enumList' ? [] : null);
        })
        .filter((c): c is CellChange => c !== null);
      void apply(changes, 'edit');
    } else if (key.shiftKey && key.key.startsWith('Arrow')) {
      key.preventDefault();
      const range = focusedRange();
      if (!range) return;
      const direction = key.key.slice(5).toLowerCase() as Direction;
      const next = extendRange(range, direction, rowCount(), displayedColumns().length);
      rangeRef.current = next;
      apiRef.current?.ensureIndexVisible(next.focus.rowIndex);
      refresh();
    }
  };

  const onCellFocused = (event: CellFocusedEvent<Row>) => {
    if (event.rowIndex === null || event.rowIndex === undefined || !event.column || typeof event.column === 'string') return;
    const position = { rowIndex: event.rowIndex, colIndex: displayedColumns().indexOf(event.column as Column) };
    if (shiftRef.current && rangeRef.current) rangeRef.current = { anchor: rangeRef.current.anchor, focus: position };
    else rangeRef.current = { anchor: position, focus: position };
    refresh();
    showFocusMessage();
    onSelectRow?.(rowAt(event.rowIndex) ?? null);
  };

  const onCellMouseDown = (event: CellMouseDownEvent<Row>) => {
    const mouse = event.event as MouseEvent | undefined;
    if (mouse && mouse.button !== 0) return;
    dragRef.current = true;
    const position = { rowIndex: event.rowIndex ?? 0, colIndex: displayedColumns().indexOf(event.column) };
    rangeRef.current = mouse?.shiftKey && rangeRef.current ? { anchor: rangeRef.current.anchor, focus: position } : { anchor: position, focus: position };
    refresh();
  };

  const onCellMouseOver = (event: CellMouseOverEvent<Row>) => {
    const mouse = event.event as MouseEvent | undefined;
    if (!dragRef.current || !rangeRef.current || !mouse || mouse.buttons !== 1) return;
    const position = { rowIndex: event.rowIndex ?? 0, colIndex: displayedColumns().indexOf(event.column) };
    rangeRef.current = { anchor: rangeRef.current.anchor, focus: position };
    refresh();
  };

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

  const onCellEditRequest = (event: CellEditRequestEvent<Row>) => {
    const column = columnsByField.get(event.colDef.field ?? '');
    if (!column || !event.data) return;
    const text = event.newValue === null || event.newValue === undefined ? '' : String(event.newValue);
    const position = { rowIndex: event.rowIndex ?? 0, colIndex: displayedColumns().indexOf(event.column) };
    const skipped = { count: 0 };
    const change = changeFromText(position, text, skipped);
    if (change) void apply([change], 'edit');
    else refresh();
  };

  const colIndexOf = (params: CellClassParams<Row>) => params.api.getAllDisplayedColumns().indexOf(params.column);
  const stateOf = (params: CellClassParams<Row>) =>
    params.data && params.colDef.field ? statesRef.current.get(rowId(params.data), params.colDef.field) : undefined;

  const columnDefs = useMemo<ColDef<Row>[]>(() => columns.map((column) => {
    const labels = column.kind.type === 'enum' ? Object.values(column.kind.labels).map((l) => l[language]) : [];
    const methodCombos = column.kind.type === 'enumList' ? comboLabels(column.kind.labels, language) : [];
    return {
      field: column.field as never,
      colId: column.field,
      headerName: column.header,
      initialWidth: column.width ?? 120, // initial: a later column definition must not undo the clerk's widths
      pinned: column.pinned ? 'left' : undefined,
      lockPinned: column.pinned,
      sortable: true,
      filter: true,
      resizable: true,
      valueGetter: (p: ValueGetterParams<Row>) => (p.data ? formatValue(column.kind, currentValue(p.data, column), language) : ''),
      comparator: column.kind.type === 'integer' ? (a: string, b: string) => Number(a || -1) - Number(b || -1) : undefined,
      editable: (p) => canEdit(column, p.data),
      // one-line editors everywhere: Enter always commits and moves down, as in Excel
      cellEditor: column.select ? 'agSelectCellEditor' : 'agTextCellEditor',
      cellEditorParams: column.select ? { values: ['', ...(column.kind.type === 'enumList' ? methodCombos : labels)] } : { maxLength: column.kind.type === 'text' ? column.kind.maxLength : undefined },
      tooltipValueGetter: (p: ITooltipParams<Row>) => {
        const state = p.data && statesRef.current.get(rowId(p.data), column.field);
        return state?.status === 'error' ? state.message : undefined;
      },
      cellClassRules: {
        'hf-range': (p) => inRange(rangeRef.current, p.rowIndex, colIndexOf(p)),
        'hf-saving': (p) => stateOf(p)?.status === 'saving',
        'hf-saved': (p) => stateOf(p)?.status === 'saved',
        'hf-error': (p) => stateOf(p)?.status === 'error',
        'hf-readonly': (p) => Boolean(save) && !canEdit(column, p.data),
      },
    } satisfies ColDef<Row>;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  }), [columns, language, canEdit, save]);

  /** Scrolls to the requested row, focuses its cell (which selects the row) and flashes the row; once per request. */
  const focusedRef = useRef<string | null>(null);
  const focusRequestedRow = useCallback(() => {
    const api = apiRef.current;
    if (!api || !focusRowId || focusedRef.current === focusRowId) return;
    const node = api.getRowNode(focusRowId);
    const columns = api.getAllDisplayedColumns();
    const column = columns.find((c) => c.getColDef().field === focusField) ?? columns[0];
    if (!node || node.rowIndex === null || !column) return;
    focusedRef.current = focusRowId;
    api.ensureNodeVisible(node, 'middle');
    api.ensureColumnVisible(column);
    api.setFocusedCell(node.rowIndex, column);
    api.flashCells({ rowNodes: [node] });
  }, [focusRowId, focusField]);
  useEffect(focusRequestedRow, [focusRequestedRow, rows]);

  const onGridReady = (event: GridReadyEvent<Row>) => {
    apiRef.current = event.api;
    try {
      const saved = JSON.parse(localStorage.getItem(`hf.widths.${storageKey}`) ?? 'null') as Record<string, number> | null;
      if (saved) event.api.applyColumnState({ state: Object.entries(saved).map(([colId, width]) => ({ colId, width })) });
    } catch {
      // unreadable saved widths: keep the defaults
    }
  };

  const onColumnResized = (event: ColumnResizedEvent<Row>) => {
    if (!event.finished || !event.source.startsWith('ui')) return;
    const widths = Object.fromEntries(event.api.getColumnState().map((s) => [s.colId, s.width]));
    localStorage.setItem(`hf.widths.${storageKey}`, JSON.stringify(widths));
  };

  const decide = (conflict: RowConflict, choice: 'mine' | 'theirs') => {
    setConflicts((existing) => existing.filter((c) => c.rowId !== conflict.rowId));
    for (const f of conflict.fields) statesRef.current.set(conflict.rowId, f.field, null);
    refresh();
    if (choice === 'mine') void apply(resolveConflict(conflict, 'mine'), 'edit', { [conflict.rowId]: conflict.version });
  };

  return (
    <div className="hf-sheet">
      <div className="hf-sheet-bar">
        {toolbar}
        <span className="hf-status" data-testid="save-status">
          {t('rows', { count: rows.length })}
          {counts.saving > 0 && <span className="hf-count-saving"> · {t('saving', { count: counts.saving })}</span>}
          {counts.saved > 0 && <span className="hf-count-saved"> · {t('saved', { count: counts.saved })}</span>}
          {counts.error > 0 && <span className="hf-count-error"> · {t('errors', { count: counts.error })}</span>}
        </span>
      </div>
      <div className="hf-grid" onPaste={onPaste} onCopy={onCopy} data-testid={`grid-${storageKey}`}>
        <AgGridReact<Row>
          theme={theme}
          rowData={rows}
          columnDefs={columnDefs}
          getRowId={(p) => rowId(p.data)}
          getRowClass={(p) => (p.data && rowClass ? rowClass(p.data) : undefined)}
          localeText={gridLocale}
          readOnlyEdit
          onCellEditRequest={onCellEditRequest}
          singleClickEdit={false}
          enterNavigatesVertically
          enterNavigatesVerticallyAfterEdit
          stopEditingWhenCellsLoseFocus
          undoRedoCellEditing={false}
          tooltipShowDelay={300}
          defaultColDef={{
            enableCellChangeFlash: true,
            suppressKeyboardEvent: (p) => {
              if (p.editing) return false;
              const e = p.event;
              const ctrl = e.ctrlKey || e.metaKey;
              return (ctrl && ['z', 'y', 'd'].includes(e.key.toLowerCase())) || (e.shiftKey && e.key.startsWith('Arrow')) || e.key === 'Delete' || e.key === 'Backspace';
            },
          }}
          onGridReady={onGridReady}
          onRowDataUpdated={focusRequestedRow}
          onColumnResized={onColumnResized}
          onCellKeyDown={onCellKeyDown}
          onCellFocused={onCellFocused}
          onCellMouseDown={onCellMouseDown}
          onCellMouseOver={onCellMouseOver}
          // a paper form has a few dozen columns: render them all, so a block can be selected and pasted across them
          suppressColumnVirtualisation
        />
      </div>
      <div className="hf-message" data-testid="cell-message">
        {focusMessage || notice || t('shortcuts')}
      </div>
      {conflicts.length > 0 && (
        <ConflictDialog
          conflicts={conflicts}
          describe={(rid, field) => {
            const row = rowsRef.current.get(rid);
            const column = columnsByField.get(field);
            return { row: row ? rowLabel(row) : rid, column: column?.header ?? field, format: (v) => (column ? formatValue(column.kind, v, language) : String(v ?? '')) };
          }}
          onDecide={decide}
        />
      )}
    </div>
  );
}

/** The select editor's choices for a multi-value column: each value and the usual combinations. */
function comboLabels(labels: Record<string, { 'zh-CN': string; en: string }>, language: 'zh-CN' | 'en'): string[] {
  const names = Object.values(labels).map((l) => l[language]);
  const combos: string[] = [...names];
  for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) combos.push(`${names[i]}+${names[j]}`);
  if (names.length > 2) combos.push(names.join('+'));
  return combos;
}
