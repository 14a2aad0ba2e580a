import type ExcelJS from 'exceljs';
import {
  BODY_FONT_PT, bodyRowHeight, CAPTION_FONT_PT, columnWidth, FONT_NAME, lineHeight, MARGINS, MAX_ROW_HEIGHT_PT, PAPER, planPrint,
  printableArea, rowHeight, wrappedLineCount,
} from './print-layout';
import { BodyRowWriter } from './row-xml';
import { pageHeaderFooter, PageHeading } from './sheet-layout';

export type CellKind = 'text' | 'wrap' | 'date' | 'datetime' | 'integer' | 'percent';

/** One column of a printed form: its header, a typical value (to size it) and how its cells look. */
export interface ColumnSpec<R> {
  header: string;
  typical?: string;
  kind?: CellKind;
  /** the part of the form it belongs to (e.g. 一、工单与业主): a page never splits a group */
  group?: string;
  value: (row: R) => ExcelJS.CellValue;
}

const NUMBER_FORMATS: Partial<Record<CellKind, string>> = {
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  integer: '0',
  percent: '0.0%',
};

const THIN = { style: 'thin' as const, color: { argb: 'FF999999' } };
export const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };

/** The body font: named and sized on every cell (see print-layout.ts). */
export const bodyFont = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: FONT_NAME, size: BODY_FONT_PT, ...extra });

/** A small table printed under the main one (e.g. the satisfaction distribution under the per-kind figures). */
export interface AppendixBlock {
  title: string;
  header: string[];
  rows: ExcelJS.CellValue[][];
  /** number format per column of the block (the main table's column formats do not fit it) */
  formats?: (string | undefined)[];
}

/** An empty text is left blank (a bordered empty cell), not written as an empty string. */
function blankAsNull(value: ExcelJS.CellValue): ExcelJS.CellValue {
  return value === '' || value === undefined ? null : value;
}

/** Text cells wrap; numbers and dates keep one line (their columns are sized for them). */
const wrapsText = (kind: CellKind | undefined) => kind === undefined || kind === 'text' || kind === 'wrap';

function cellStyle(kind: CellKind | undefined, muted: boolean): Partial<ExcelJS.Style> {
  return {
    numFmt: NUMBER_FORMATS[kind ?? 'text'],
    // every text wraps: a value longer than its column takes another line (the row grows), it is never cut
    alignment: { vertical: 'top', wrapText: wrapsText(kind) },
    border: BORDER,
    // 作废 rows stay in the form, greyed out
    font: muted ? bodyFont({ color: { argb: 'FF808080' }, italic: true }) : bodyFont(),
  };
}

/** The text a cell shows, as far as its height is concerned (numbers and dates take one line). */
function shownText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return 'x';
  return String((value as { text?: string }).text ?? '');
}

/** Where a sheet's table ended: the column widths, the height of the two title rows and of the rows under them. */
export interface SheetSoFar {
  widths: number[];
  scale: number;
  titleHeight: number;
  bodyHeight: number;
}

/** What a sheet adds below its table (the statistics sheet's chart and written analysis). */
export type SheetExtras = (sheet: ExcelJS.Worksheet, soFar: SheetSoFar) => void;

export interface PrintSheetSpec<R> {
  /** the sheet's tab name */
  name: string;
  heading: PageHeading;
  /** row 1 above the first columns: what the page headers do not say (the period's dates, 未存档) */
  caption: string;
  columns: ColumnSpec<R>[];
  /** the first columns printed again on every page when the form needs more than one page wide (编码, 业主) */
  repeat?: number;
  /** how a row is marked (作废 rows are greyed out, never left out) */
  muted?: (row: R) => boolean;
  /** printed under the table when it has no rows, e.g. 本期无 */
  empty?: string;
  appendix?: AppendixBlock[];
  extras?: SheetExtras;
}

/**
 * The style of a body row itself (its cells have theirs): none, as ExcelJS's own empty one, but one object for every
 * row, which ExcelJS's style table recognises; a new row's own empty object made it render and look up a style for
 * every row of the sheet.
 */
const NO_ROW_STYLE: Partial<ExcelJS.Style> = Object.freeze({});

/** what ExcelJS hands the zip at a time (its StreamBuf's buffer size) */
const ZIP_CHUNK_BYTES = 64 * 1024;
/** past this much XML not yet compressed, the rows wait for the zip */
const MAX_ZIP_BACKLOG_BYTES = 4 * 1024 * 1024;

/**
 * Bytes of a sheet's XML that ExcelJS's streaming writer has handed to the zip and the zip has not yet taken: the writer
 * does not wait for it (it ignores backpressure), so they wait in memory (ExcelJS internals, read defensively: 0 when
 * they are not there).
 */
function zipBacklog(sheet: ExcelJS.Worksheet): number {
  const stream = (sheet as unknown as { _stream?: { pipes?: { _writableState?: { length?: number } }[] } })._stream;
  let bytes = 0;
  for (const pipe of stream?.pipes ?? []) bytes += pipe._writableState?.length ?? 0;
  return bytes;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Lets the zip take what is waiting. The compression runs in libuv's thread pool, a chunk at a time, and is only
 * handed its next chunk when the event loop turns, which it does not while rows are written from batches already
 * read: without this the whole of 《业主回访记录表》's XML (140 MB for 100k rows) waited in memory to be compressed.
 * One turn per chunk keeps the compression going beside the rows; past MAX_ZIP_BACKLOG_BYTES the rows wait for it.
 */
async function keepUpWithZip(sheet: ExcelJS.Worksheet): Promise<void> {
  await nextTurn();
  // behind: wait without spinning (the compression needs the CPU that a loop of turns would take)
  while (zipBacklog(sheet) > MAX_ZIP_BACKLOG_BYTES) await new Promise<void>((resolve) => setTimeout(resolve, 1));
}

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * ExcelJS's streaming writer writes no column page breaks: they follow the row breaks (CT_Worksheet order
 * rowBreaks, colBreaks), each `brk id` the 0-based index of the first column of a new page.
 */
function writeColumnBreaks(sheet: ExcelJS.Worksheet, breaks: number[]): void {
  if (!breaks.length) return;
  const writer = sheet as unknown as { _writeRowBreaks: () => void; stream: { write: (xml: string) => void } };
  const writeRowBreaks = writer._writeRowBreaks;
  const xml = `<colBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks
    .map((id) => `<brk id="${id}" max="1048575" man="1"/>`)
    .join('')}</colBreaks>`;
  writer._writeRowBreaks = function writeBreaks(this: typeof writer) {
    writeRowBreaks.call(this);
    this.stream.write(xml);
  };
}

/**
 * Adds a sheet laid out like the paper form and ready to print, readable on paper: 9 pt text on A4 landscape at a
 * scale of 89–100 % (≥ 8 pt); a form wider than the page is printed as its column groups, page after page for the same rows,
 * each page repeating the first columns (编码, 业主); every row as tall as its wrapped text; row 1 names the groups,
 * the header row repeated on every page and frozen on screen; the workbook number, project, period and
 * "第 x 页 共 y 页" in every page's header and footer; protection against accidental edits of the archive copy.
 * Rows come in batches and are committed as they are written, so memory does not grow with the sheet.
 */
export async function writePrintSheet<R>(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  spec: PrintSheetSpec<R>,
  batches: AsyncIterable<R[]> | Iterable<R[]>,
): Promise<number> {
  const widths = spec.columns.map((column) => columnWidth(column.header, column.typical, column.kind === 'wrap'));
  const repeat = spec.repeat ?? 0;
  const plan = planPrint(spec.columns.map((column, index) => ({ width: widths[index], group: column.group ?? '' })), repeat);
  const sheet = workbook.addWorksheet(spec.name, {
    pageSetup: {
      paperSize: PAPER.code,
      orientation: 'landscape',
      // a fixed scale, not fit-to-width: the text stays ≥ 8 pt on paper whatever the data (the plan fits the page)
      scale: plan.scale,
      fitToPage: false,
      printTitlesRow: '1:2',
      ...(plan.repeated ? { printTitlesColumn: `A:${columnLetter(plan.repeated - 1)}` } : {}),
      // the pages of one band of rows come one after the other: 工单与业主, 回访记录, 审核与处理, then the next rows
      pageOrder: 'overThenDown',
      horizontalCentered: plan.pages.length === 1,
      margins: MARGINS,
    },
    headerFooter: { differentFirst: false, differentOddEven: false, ...pageHeaderFooter(spec.heading) },
    views: [{ state: 'frozen', xSplit: Math.max(1, repeat), ySplit: 2, topLeftCell: `${columnLetter(Math.max(1, repeat))}3`, activeCell: `${columnLetter(Math.max(1, repeat))}3` }],
  });
  writeColumnBreaks(sheet, plan.breaks);
  sheet.columns = widths.map((width) => ({ width })) as ExcelJS.Column[];
  // one style object per column, shared by its cells: ExcelJS recognises a style object it has seen and skips
  // rendering it again for every cell (measured in test/bench/export.bench.mjs)
  const styles = spec.columns.map((column) => cellStyle(column.kind, false));
  const mutedStyles = spec.columns.map((column) => cellStyle(column.kind, true));
  const wraps = spec.columns.map((column) => wrapsText(column.kind));
  const { columns } = spec;
  const columnCount = columns.length;

  let titleHeight = writeCaptionRow(sheet, spec, widths);

  const header = sheet.addRow(spec.columns.map((column) => column.header));
  header.height = rowHeight(spec.columns.map((column, index) => ({ text: column.header, width: widths[index], wraps: true })));
  header.eachCell((cell) => {
    cell.font = bodyFont({ bold: true });
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
  });
  titleHeight += header.height;
  header.commit();

  // a row is never taller than what a page holds under its two title rows
  const maxHeight = Math.min(MAX_ROW_HEIGHT_PT, printableArea(plan.scale).height - titleHeight - 10);
  let count = 0;
  let bodyHeight = 0;
  // the body rows as ExcelJS writes them, without its objects per cell (row-xml.ts)
  const rowWriter = BodyRowWriter.of(workbook, sheet, columnCount);
  for await (const batch of batches) {
    for (const item of batch) {
      // the values and, in the same pass, the lines of the tallest wrapping cell (rowHeight of the row, without
      // a measuring object per cell: this runs for every cell of the quarter)
      const values: ExcelJS.CellValue[] = new Array(columnCount);
      let lines = 1;
      for (let index = 0; index < columnCount; index++) {
        const value = blankAsNull(columns[index].value(item));
        values[index] = value;
        if (wraps[index]) lines = Math.max(lines, wrappedLineCount(shownText(value), widths[index]));
      }
      const height = bodyRowHeight(lines, maxHeight);
      const rowStyles = spec.muted?.(item) ? mutedStyles : styles;
      if (!rowWriter?.write(values, rowStyles, height, NO_ROW_STYLE)) {
        // a value the row writer leaves to ExcelJS: the same row, through ExcelJS's objects
        rowWriter?.flush();
        const row = sheet.addRow(values);
        (row as unknown as { style: Partial<ExcelJS.Style> }).style = NO_ROW_STYLE;
        row.height = height;
        for (let index = 0; index < rowStyles.length; index++) row.getCell(index + 1).style = rowStyles[index];
        row.commit();
      }
      bodyHeight += height;
      count += 1;
      if (zipBacklog(sheet) > ZIP_CHUNK_BYTES) await keepUpWithZip(sheet);
    }
  }
  rowWriter?.flush();
  if (count === 0 && spec.empty) {
    const empty = sheet.addRow([spec.empty]);
    empty.getCell(1).font = bodyFont({ italic: true });
    empty.height = rowHeight([]);
    bodyHeight += empty.height;
    empty.commit();
  }
  for (const block of spec.appendix ?? []) bodyHeight += writeAppendixBlock(sheet, block, widths);
  spec.extras?.(sheet, { widths, scale: plan.scale, titleHeight, bodyHeight });
  // 存档: the archived copy is protected against accidental edits (no password: it guards against slips, not people)
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  sheet.commit();
  return count;
}

/**
 * Row 1, repeated on every page: the caption above the first columns (what the page header does not say: the
 * period's dates, 未存档) and, on a form of several parts, each part's name above its columns.
 * It no longer repeats the page header's title, project and number.
 */
function writeCaptionRow<R>(sheet: ExcelJS.Worksheet, spec: PrintSheetSpec<R>, widths: number[]): number {
  const groups: { name: string; from: number; to: number }[] = [];
  spec.columns.forEach((column, index) => {
    const name = index < (spec.repeat ?? 0) ? '' : column.group ?? '';
    const last = groups[groups.length - 1];
    if (last && last.name === name) last.to = index;
    else groups.push({ name, from: index, to: index });
  });
  const captionEnd = groups.length > 1 ? groups[0].to : spec.columns.length - 1;
  const values: ExcelJS.CellValue[] = new Array(spec.columns.length).fill(null);
  values[0] = spec.caption;
  if (groups.length > 1) for (const group of groups.slice(1)) values[group.from] = group.name;
  const row = sheet.addRow(values);
  const captionWidth = widths.slice(0, captionEnd + 1).reduce((sum, width) => sum + width, 0);
  row.height = Math.max(lineHeight(CAPTION_FONT_PT) + 4, rowHeight([{ text: spec.caption, width: captionWidth, wraps: true, fontPt: CAPTION_FONT_PT }]));
  row.eachCell({ includeEmpty: true }, (cell) => {
    cell.font = bodyFont({ bold: true, size: CAPTION_FONT_PT });
    cell.alignment = { vertical: 'middle', horizontal: 'left', wrapText: true };
  });
  sheet.mergeCells(1, 1, 1, captionEnd + 1);
  if (groups.length > 1) {
    for (const group of groups.slice(1)) {
      if (group.to > group.from) sheet.mergeCells(1, group.from + 1, 1, group.to + 1);
      row.getCell(group.from + 1).border = { bottom: { style: 'medium', color: { argb: 'FF555555' } } };
    }
  }
  row.commit();
  return row.height;
}

/** Writes a block under the table; returns the height it takes. */
function writeAppendixBlock(sheet: ExcelJS.Worksheet, block: AppendixBlock, widths: number[]): number {
  const gap = sheet.addRow([]);
  gap.height = lineHeight();
  gap.commit();
  const title = sheet.addRow([block.title]);
  title.getCell(1).font = bodyFont({ bold: true });
  title.height = rowHeight([]);
  title.commit();
  let height = lineHeight() + title.height;
  const heightOf = (values: ExcelJS.CellValue[]) =>
    rowHeight(values.map((value, index) => ({ text: typeof value === 'string' ? value : '', width: widths[index] ?? widths[0], wraps: true })));
  const header = sheet.addRow(block.header);
  header.height = heightOf(block.header);
  header.eachCell((cell) => {
    cell.font = bodyFont({ bold: true });
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
  height += header.height;
  header.commit();
  for (const values of block.rows) {
    const row = sheet.addRow(values);
    row.height = heightOf(values);
    values.forEach((_, index) => {
      const cell = row.getCell(index + 1);
      cell.numFmt = block.formats?.[index] ?? 'General';
      cell.font = bodyFont();
      cell.border = BORDER;
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
    height += row.height;
    row.commit();
  }
  return height;
}
