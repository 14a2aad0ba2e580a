import type ExcelJS from 'exceljs';
import { PageHeading } from './sheet-layout';
export type CellKind = 'text' | 'wrap' | 'date' | 'datetime' | 'integer' | 'percent';
/** One column of a printed form: its header, a typical value (to size it) and how its cells look. */
export interface ColumnSpec<R> {
    header: string;
    typical?: string;
    kind?: CellKind;
    value: (row: R) => ExcelJS.CellValue;
}
/** A small table printed under the main one (e.g. the satisfaction distribution under the per-kind figures). */
export interface AppendixBlock {
    title: string;
    header: string[];
    rows: ExcelJS.CellValue[][];
    /** number format per column of the block (the main table's column formats do not fit it) */
    formats?: (string | undefined)[];
}
export interface PrintSheetSpec<R> {
    /** the sheet's tab name */
    name: string;
    heading: PageHeading;
    columns: ColumnSpec<R>[];
    /** how a row is marked (作废 rows are greyed out, never left out) */
    muted?: (row: R) => boolean;
    /** printed under the table when it has no rows, e.g. 本期无 */
    empty?: string;
    appendix?: AppendixBlock[];
}
/**
 * Adds a sheet laid out like the paper form and ready to print: A4 landscape fitted to the page width,
 * the title and header rows repeated on every page and frozen on screen, the workbook number, project,
 * period and "第 x 页 共 y 页" on every page, and protection against accidental edits of the archive copy.
 * Rows come in batches and are committed as they are written, so memory does not grow with the sheet.
 */
export declare function writePrintSheet<R>(workbook: ExcelJS.stream.xlsx.WorkbookWriter, spec: PrintSheetSpec<R>, batches: AsyncIterable<R[]> | Iterable<R[]>): Promise<number>;
