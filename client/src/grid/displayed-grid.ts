import type { Column, GridApi } from 'ag-grid-community';
import { useMemo, useRef } from 'react';
import type { CellPosition } from './cells';
import type { SheetColumn } from './sheet-types';

/** The grid as the clerk sees it (sorted, filtered, columns in their order): rows and columns by displayed index. */
export interface DisplayedGrid<Row> {
  api(): GridApi<Row> | null;
  setApi(api: GridApi<Row>): void;
  row(rowIndex: number): Row | undefined;
  column(colIndex: number): SheetColumn<Row> | undefined;
  rowCount(): number;
  columnCount(): number;
  colIndexOf(column: Column): number;
  /** the cell with the keyboard focus */
  focusedCell(): CellPosition | null;
  /** a cell editor is open: keys and clipboard belong to it */
  isEditing(): boolean;
}

export function useDisplayedGrid<Row>(columnsByField: Map<string, SheetColumn<Row>>): DisplayedGrid<Row> {
  const apiRef = useRef<GridApi<Row> | null>(null);
  return useMemo(() => {
    const displayed = (): Column[] => apiRef.current?.getAllDisplayedColumns() ?? [];
    return {
      api: () => apiRef.current,
      setApi: (api) => { apiRef.current = api; },
      row: (rowIndex) => apiRef.current?.getDisplayedRowAtIndex(rowIndex)?.data,
      column: (colIndex) => columnsByField.get(displayed()[colIndex]?.getColDef().field ?? ''),
      rowCount: () => apiRef.current?.getDisplayedRowCount() ?? 0,
      columnCount: () => displayed().length,
      colIndexOf: (column) => displayed().indexOf(column),
      focusedCell: () => {
        const focused = apiRef.current?.getFocusedCell();
        return focused ? { rowIndex: focused.rowIndex, colIndex: displayed().indexOf(focused.column) } : null;
      },
      isEditing: () => (apiRef.current?.getEditingCells().length ?? 0) > 0,
    };
  }, [columnsByField]);
}
