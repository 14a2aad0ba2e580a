import type { CellChange } from './cells';
import type { ValueKind } from './cell-values';

/** One column of a sheet: where its value comes from, how it is typed and shown, and when the clerk may change it. */
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
  /** a text column whose editor offers these common values to pick (缺点与不足: the usual reasons) */
  suggestions?: readonly string[];
  /** what the row says about this cell beyond its save state: a gap (red) or a warning (amber), e.g. 不满意须填写缺点与不足 */
  note?: (row: Row) => CellNote | null;
}

/** A cell's remark derived from its row: 'gap' — the record is not complete without it; 'warning' — accepted, but mind it. */
export interface CellNote {
  level: 'gap' | 'warning';
  message: string;
}

/** The server's answer to one save of cells. */
export interface SaveResult {
  /** changes the server accepted */
  saved: CellChange[];
  /** refused cells (field null: the whole row), with the server's message */
  errors: { rowId: string; field: string | null; message: string }[];
  /** rows refused because someone else changed them: their current version and values */
  conflicts: { rowId: string; changes: CellChange[]; version: number; values: Record<string, unknown> }[];
  /** saved rows the server accepted with a caveat, by cell (e.g. 此回访分配给 王芳) */
  warnings?: { rowId: string; field: string; message: string }[];
}

/** Sends changed cells to the server (versions: rows to send on another version than the one shown, after a conflict). */
export type SaveFn = (changes: CellChange[], versions: Record<string, number>) => Promise<SaveResult>;
