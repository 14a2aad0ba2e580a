import type { Language } from '@hf/shared';
import type { CellClassParams, ColDef, GridOptions, ITooltipParams, ValueGetterParams } from 'ag-grid-community';
import { themeQuartz } from 'ag-grid-community';
import type { CellState } from './cell-state';
import { formatValue, typedLabels } from './cell-values';
import type { CellNote, SheetColumn } from './sheet-types';
import { SuggestionEditor } from './SuggestionEditor';
import { isSheetKey } from './use-grid-keys';

/** What a cell's look depends on, beyond its column: editability, the value being saved, its save state, the block. */
export interface CellLook<Row> {
  language: Language;
  /** the sheet is an editable form (it has a saver), so the cells it will not let change are marked read-only */
  form: boolean;
  canEdit: (column: SheetColumn<Row>, row: Row | undefined) => boolean;
  currentValue: (row: Row, column: SheetColumn<Row>) => unknown;
  stateOf: (row: Row | undefined, field: string) => CellState | undefined;
  /** the row's gap or warning for the cell, or the server's warning of our last save */
  noteOf: (row: Row | undefined, column: SheetColumn<Row>) => CellNote | null;
  inBlock: (rowIndex: number, colIndex: number) => boolean;
}

/** AG Grid's column definitions of a sheet: formatting, editors, sorting and filters, and the save-state classes. */
export function columnDefs<Row>(columns: SheetColumn<Row>[], look: CellLook<Row>): ColDef<Row>[] {
  const { language } = look;
  const colIndexOf = (params: CellClassParams<Row>) => params.api.getAllDisplayedColumns().indexOf(params.column);
  return columns.map((column) => {
    const stateOf = (params: CellClassParams<Row>) => look.stateOf(params.data, column.field);
    const labels = column.kind.type === 'enum' ? Object.values(typedLabels(column.kind)).map((l) => l[language]) : [];
    const methodCombos = column.kind.type === 'enumList' ? comboLabels(typedLabels(column.kind), language) : [];
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
      valueGetter: (p: ValueGetterParams<Row>) => (p.data ? formatValue(column.kind, look.currentValue(p.data, column), language) : ''),
      comparator: column.kind.type === 'integer' ? (a: string, b: string) => Number(a || -1) - Number(b || -1) : undefined,
      editable: (p) => look.canEdit(column, p.data),
      // one-line editors everywhere: Enter always commits and moves down, as in Excel; a column with common values
      // offers them under its text box (缺点与不足)
      cellEditor: column.select ? 'agSelectCellEditor' : column.suggestions ? SuggestionEditor : 'agTextCellEditor',
      cellEditorPopup: Boolean(column.suggestions && !column.select),
      cellEditorPopupPosition: 'under',
      cellEditorParams: column.select
        ? { values: ['', ...(column.kind.type === 'enumList' ? methodCombos : labels)] }
        : { maxLength: column.kind.type === 'text' ? column.kind.maxLength : undefined, suggestions: column.suggestions, language },
      tooltipValueGetter: (p: ITooltipParams<Row>) => {
        const state = look.stateOf(p.data, column.field);
        if (state?.status === 'error') return state.message;
        return look.noteOf(p.data, column)?.message;
      },
      cellClassRules: {
        'hf-range': (p) => look.inBlock(p.rowIndex, colIndexOf(p)),
        'hf-saving': (p) => stateOf(p)?.status === 'saving',
        'hf-saved': (p) => stateOf(p)?.status === 'saved',
        'hf-error': (p) => stateOf(p)?.status === 'error',
        'hf-gap': (p) => stateOf(p)?.status !== 'error' && look.noteOf(p.data, column)?.level === 'gap',
        'hf-warned': (p) => stateOf(p)?.status !== 'error' && look.noteOf(p.data, column)?.level === 'warning',
        'hf-readonly': (p) => look.form && !look.canEdit(column, p.data),
      },
    } satisfies ColDef<Row>;
  });
}

/** The select editor's choices for a multi-value column: each value and the usual combinations. */
export function comboLabels(labels: Record<string, { 'zh-CN': string; en: string }>, language: Language): string[] {
  const names = Object.values(labels).map((l) => l[language]);
  const combos: string[] = [...names];
  for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) combos.push(`${names[i]}+${names[j]}`);
  if (names.length > 2) combos.push(names.join('+'));
  return combos;
}

export const sheetTheme = themeQuartz.withParams({
  fontFamily: ['"Noto Sans CJK SC"', '"Microsoft YaHei"', '"PingFang SC"', 'sans-serif'],
  fontSize: 13,
  headerFontSize: 13,
  spacing: 5,
  rowHeight: 30,
  headerHeight: 34,
  wrapperBorderRadius: 2,
});

/** How every sheet's grid behaves: the server decides every change, keys as in Excel. */
export const SHEET_GRID_OPTIONS = {
  theme: sheetTheme,
  // the grid never changes data itself: it asks (onCellEditRequest) and the server decides
  readOnlyEdit: true,
  singleClickEdit: false,
  enterNavigatesVertically: true,
  enterNavigatesVerticallyAfterEdit: true,
  stopEditingWhenCellsLoseFocus: true,
  undoRedoCellEditing: false,
  tooltipShowDelay: 300,
  defaultColDef: { enableCellChangeFlash: true, suppressKeyboardEvent: isSheetKey },
  // a paper form has a few dozen columns: render them all, so a block can be selected and pasted across them
  suppressColumnVirtualisation: true,
} satisfies GridOptions;
