import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { type LedgerCell, MAX_LEDGER_COLUMNS, MAX_LEDGER_ROWS, msg } from '@hf/shared';
import { DomainError } from '../../core/domain-error';
import { ErrorCode } from '@hf/shared';

/**
 * Reads a ledger file a row at a time: an .xlsx through ExcelJS's streaming reader (its first sheet; shared strings
 * and styles cached, so dates are dates), or a CSV in UTF-8 (with or without BOM) or GB18030 (Chinese Excel's "CSV"
 * is GBK). Only the first bytes decide which: a zip is a workbook, an OLE file is an encrypted workbook or an old
 * .xls (refused), text is CSV, anything else is refused.
 */
export interface LedgerRow {
  /** the row's number in the file (1 = the header), as Excel shows it */
  rowNumber: number;
  cells: LedgerCell[];
}

const refuse = (message: ReturnType<typeof msg>) => DomainError.of(ErrorCode.BAD_USER_INPUT, 'file', message);

export type LedgerFormat = 'xlsx' | 'csv';

/** What the file is, from its first bytes. */
export function ledgerFormat(head: Buffer): LedgerFormat {
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx';
  if (head.length >= 4 && head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) throw refuse(msg('import.encrypted'));
  // text: no NUL byte (UTF-16 files are refused: Excel saves CSV as UTF-8 or the local code page)
  if (head.length > 0 && !head.subarray(0, 4096).includes(0)) return 'csv';
  throw refuse(msg('import.notWorkbook'));
}

/** ExcelJS's cell value as our cell: text, number, boolean, a date (its wall clock), or a formula/error (refused later). */
export function excelCell(value: ExcelJS.CellValue): LedgerCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return { date: value.toISOString() };
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value || 'error' in value) return { formula: true };
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return typeof value.text === 'string' ? value.text : excelCell(value.text as ExcelJS.CellValue);
  }
  return String(value);
}

async function* xlsxRows(filePath: string): AsyncGenerator<LedgerRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(filePath, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = row.values as ExcelJS.CellValue[];
        // row.values is 1-based and sparse; a row wider than the limit is refused before it is copied
        if (values.length - 1 > MAX_LEDGER_COLUMNS) throw refuse(msg('import.tooManyColumns', { count: values.length - 1, max: MAX_LEDGER_COLUMNS }));
        const cells: LedgerCell[] = [];
        for (let i = 1; i < values.length; i += 1) cells.push(excelCell(values[i]));
        yield { rowNumber: row.number, cells };
      }
      // the first sheet only
      break;
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw refuse(msg('import.notWorkbook'));
  }
}

/** UTF-8 (a BOM or valid UTF-8 throughout), else GB18030. */
export function decodeCsv(bytes: Buffer): string {
  // a BOM says UTF-8, but some tools put one before GBK text: the bytes decide
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** RFC 4180: fields split by commas, quoted with "…" ("" inside), rows by CRLF or LF; quoted fields may span lines. */
export function* parseCsv(text: string): Generator<LedgerRow> {
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let rowNumber = 1;
  let startLine = 1;
  let line = 1;
  const end = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 1; } else quoted = false;
      } else {
        if (ch === '\n') line += 1;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') end();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      end();
      if (row.length > MAX_LEDGER_COLUMNS) throw refuse(msg('import.tooManyColumns', { count: row.length, max: MAX_LEDGER_COLUMNS }));
      yield { rowNumber: startLine, cells: row.map((v) => v) };
      row = [];
      line += 1;
      rowNumber += 1;
      startLine = line;
    } else field += ch;
  }
  if (field !== '' || row.length) {
    end();
    if (row.length > MAX_LEDGER_COLUMNS) throw refuse(msg('import.tooManyColumns', { count: row.length, max: MAX_LEDGER_COLUMNS }));
    yield { rowNumber: startLine, cells: row };
  }
  void rowNumber;
}

/** The file's rows, blank ones left out (their numbers still count), at most MAX_LEDGER_ROWS. */
export async function* readLedger(filePath: string): AsyncGenerator<LedgerRow> {
  const handle = await fs.promises.open(filePath, 'r');
  const head = Buffer.alloc(4096);
  const { bytesRead } = await handle.read(head, 0, head.length, 0);
  await handle.close();
  const format = ledgerFormat(head.subarray(0, bytesRead));
  const rows = format === 'xlsx' ? xlsxRows(filePath) : (async function* () { yield* parseCsv(decodeCsv(await fs.promises.readFile(filePath))); })();
  let count = 0;
  for await (const row of rows) {
    if (row.cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''))) continue;
    count += 1;
    if (count > MAX_LEDGER_ROWS + 1) throw refuse(msg('import.tooManyRows', { max: MAX_LEDGER_ROWS }));
    yield row;
  }
}
