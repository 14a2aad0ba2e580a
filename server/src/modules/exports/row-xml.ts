import type ExcelJS from 'exceljs';

/**
 * The body rows of a print sheet written as ExcelJS's streaming writer writes them — the same XML, byte for byte, and
 * the same style table — without the objects it makes for every cell (a Row, a Cell and a value per cell, a model of
 * each, an XmlStream per row): on the bench's quarter those were about half of the export's time.
 *
 * It writes what the print sheets hold: text, numbers, dates and empty cells, each with a style, as inline strings
 * (useSharedStrings: false), following ExcelJS 4.4's RowXform and CellXform; a row with any other value is left to
 * ExcelJS (write returns false), and so is every row when the writer's internals are not as expected.
 * test/unit/row-xml.test.ts writes the same rows both ways and compares the XML and the styles.
 */

// ExcelJS's own escaping and date serials, so text and dates come out exactly as its writer writes them
// eslint-disable-next-line @typescript-eslint/no-require-imports
const excelUtils = require('exceljs/lib/utils/utils') as { xmlEncode(text: string): string; dateToExcel(date: Date, date1904?: boolean): number };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const colCache = require('exceljs/lib/utils/col-cache') as { n2l(column: number): string };

/** ExcelJS's ValueType of the values written here */
const NULL = 0;
const NUMBER = 2;
const STRING = 3;
const DATE = 4;

function valueType(value: ExcelJS.CellValue): number {
  if (value === null || value === undefined) return NULL;
  if (typeof value === 'string') return STRING;
  if (typeof value === 'number') return NUMBER;
  if (value instanceof Date) return DATE;
  return -1;
}

/** The parts of ExcelJS's WorksheetWriter a row touches when it is committed. */
interface StreamingSheet {
  _rowZero: number;
  _rows: unknown[] | null;
  startedData?: boolean;
  useSharedStrings?: boolean;
  stream: { write(text: string): unknown };
}

interface StyleTable {
  addStyleModel(style: Partial<ExcelJS.Style>, cellType?: number): number;
}

/** what is gathered before it goes to the sheet's stream (ExcelJS hands the zip 64 KB at a time) */
const PENDING_CHARS = 16 * 1024;

export class BodyRowWriter {
  private readonly letters: string[];
  private pending = '';

  private constructor(private readonly sheet: StreamingSheet, private readonly styles: StyleTable, columns: number) {
    this.letters = Array.from({ length: columns }, (_, index) => colCache.n2l(index + 1));
  }

  /** A writer of `columns`-wide rows for the sheet, or null where ExcelJS is not the one it was written for. */
  static of(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: ExcelJS.Worksheet, columns: number): BodyRowWriter | null {
    const writer = sheet as unknown as Partial<StreamingSheet>;
    const styles = (workbook as unknown as { styles?: Partial<StyleTable> }).styles;
    if (typeof styles?.addStyleModel !== 'function' || typeof writer._rowZero !== 'number' || !Array.isArray(writer._rows) || writer.useSharedStrings) return null;
    if (typeof excelUtils.xmlEncode !== 'function' || typeof excelUtils.dateToExcel !== 'function') return null;
    return new BodyRowWriter(writer as StreamingSheet, styles as StyleTable, columns);
  }

  /**
   * Writes the next row of the sheet: the values (one per column), each cell's style, the row's height and style; false
   * (nothing written) when a value is not one it writes or ExcelJS still holds rows of its own: add the row through
   * ExcelJS then, after flush().
   */
  write(values: readonly ExcelJS.CellValue[], cellStyles: readonly Partial<ExcelJS.Style>[], height: number, rowStyle: Partial<ExcelJS.Style>): boolean {
    const { sheet, styles, letters } = this;
    if (!sheet.startedData || sheet._rows === null || sheet._rows.length !== 0 || values.length !== letters.length) return false;
    const types = new Array<number>(values.length);
    for (let index = 0; index < values.length; index++) {
      types[index] = valueType(values[index]);
      if (types[index] < 0) return false;
    }
    const number = sheet._rowZero;
    // RowXform: the row's style, then each cell's, are looked up in this order (the ids follow the order seen)
    const rowStyleId = styles.addStyleModel(rowStyle);
    let xml = `<row r="${number}"`;
    if (height) xml += ` ht="${height}" customHeight="1"`;
    // every value is a cell (null included): the row spans all the columns
    if (values.length) xml += ` spans="1:${values.length}"`;
    if (rowStyleId) xml += ` s="${rowStyleId}" customFormat="1"`;
    xml += ' x14ac:dyDescent="0.25">';
    for (let index = 0; index < values.length; index++) {
      const type = types[index];
      const styleId = styles.addStyleModel(cellStyles[index] || {}, type);
      if (type === NULL && !styleId) continue;
      xml += `<c r="${letters[index]}${number}"`;
      if (styleId) xml += ` s="${styleId}"`;
      const value = values[index];
      if (type === NULL) xml += '/>';
      else if (type === STRING) xml += ` t="str"><v>${excelUtils.xmlEncode(value as string)}</v></c>`;
      else if (type === NUMBER) xml += `><v>${excelUtils.xmlEncode(String(value))}</v></c>`;
      else xml += `><v>${excelUtils.xmlEncode(String(excelUtils.dateToExcel(value as Date, false)))}</v></c>`;
    }
    xml += '</row>';
    sheet._rowZero = number + 1;
    this.pending += xml;
    if (this.pending.length >= PENDING_CHARS) this.flush();
    return true;
  }

  /** Hands what is gathered to the sheet's stream (before any row goes through ExcelJS, and at the end). */
  flush(): void {
    if (!this.pending) return;
    this.sheet.stream.write(this.pending);
    this.pending = '';
  }
}
