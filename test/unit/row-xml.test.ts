import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { BodyRowWriter } from '../../server/src/modules/exports/row-xml';

const THIN = { style: 'thin' as const, color: { argb: 'FF999999' } };
const text: Partial<ExcelJS.Style> = { alignment: { vertical: 'top', wrapText: true }, border: { top: THIN, left: THIN, bottom: THIN, right: THIN }, font: { name: 'Calibri', size: 9 } };
const date: Partial<ExcelJS.Style> = { ...text, numFmt: 'yyyy-mm-dd', alignment: { vertical: 'top', wrapText: false } };
const integer: Partial<ExcelJS.Style> = { ...text, numFmt: '0' };
const muted: Partial<ExcelJS.Style> = { ...text, font: { name: 'Calibri', size: 9, italic: true, color: { argb: 'FF808080' } } };
const NO_ROW_STYLE: Partial<ExcelJS.Style> = Object.freeze({});

type Row = { values: ExcelJS.CellValue[]; styles: Partial<ExcelJS.Style>[]; height: number };

const rows: Row[] = [
  { values: ['HF-A01-2026-000001', '欧阳秀英', new Date(Date.UTC(2026, 6, 1)), 3, null], styles: [text, text, date, integer, text], height: 29.25 },
  { values: ['a & b < c > d " e \' f', 'line\nbreak\ttab\u0001ctrl\u007f', new Date(Date.UTC(2026, 6, 1, 9, 30, 15, 123)), -1.5, '😀 emoji'], styles: [muted, muted, date, integer, muted], height: 16.5 },
  { values: [null, null, null, null, null], styles: [text, text, date, integer, text], height: 16.25 },
  { values: ['', 'x', new Date(0), 0.1 + 0.2, 1e21], styles: [text, text, date, integer, text], height: 409 },
  // a value the row writer leaves to ExcelJS, between rows it writes
  { values: ['yes', true, new Date(Date.UTC(1999, 11, 31)), 12345678.9, 'after'], styles: [text, text, date, integer, text], height: 20 },
  { values: ['last', '末行', new Date(Date.UTC(2030, 0, 1, 23, 59)), Number.NaN, '（逾期）'], styles: [text, text, date, integer, text], height: 13.5 },
];

/** The workbook's XML documents as written (stored, not compressed, so they can be read from the bytes). */
async function write(useRowWriter: boolean): Promise<{ sheet: string; styles: string; written: number }> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false, zip: { store: true } } as never);
  const sheet = workbook.addWorksheet('rows');
  sheet.columns = [16, 10, 10, 8, 14].map((width) => ({ width })) as ExcelJS.Column[];
  const header = sheet.addRow(['编码', '业主', '日期', '次数', '备注']);
  header.eachCell((cell) => (cell.font = { bold: true }));
  header.commit();
  const writer = useRowWriter ? BodyRowWriter.of(workbook, sheet, 5) : null;
  if (useRowWriter) expect(writer).not.toBeNull();
  let written = 0;
  for (const row of rows) {
    if (writer?.write(row.values, row.styles, row.height, NO_ROW_STYLE)) {
      written += 1;
      continue;
    }
    writer?.flush();
    const added = sheet.addRow(row.values);
    (added as unknown as { style: Partial<ExcelJS.Style> }).style = NO_ROW_STYLE;
    added.height = row.height;
    row.styles.forEach((style, index) => (added.getCell(index + 1).style = style));
    added.commit();
  }
  writer?.flush();
  // rows ExcelJS adds after them continue the numbering
  const after = sheet.addRow(['合计', null, null, 7]);
  after.getCell(4).numFmt = '0';
  after.commit();
  sheet.commit();
  await workbook.commit();
  const bytes = Buffer.concat(chunks).toString('utf8');
  const documents = bytes.match(/<\?xml[\s\S]*?<\/(worksheet|styleSheet)>/g) ?? [];
  return { sheet: documents.find((d) => d.includes('<sheetData>'))!, styles: documents.find((d) => d.includes('<styleSheet'))!, written };
}

describe('body rows written without ExcelJS objects per cell', () => {
  it('should write the same XML and the same style table as ExcelJS, leaving a value it does not write to ExcelJS', async () => {
    const exceljs = await write(false);
    const ours = await write(true);
    expect(ours.written).toBe(rows.length - 1);
    expect(exceljs.sheet).toContain('<row r="8"');
    expect(ours.sheet).toBe(exceljs.sheet);
    expect(ours.sheet).toContain(`<c r="A3" s="`);
    expect(ours.sheet).toContain("a &amp; b &lt; c &gt; d &quot; e &apos; f");
    expect(ours.styles).toBe(exceljs.styles);
  });

  it('should refuse a sheet still holding rows of its own and a row of another width', async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: new PassThrough().resume(), useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet('rows');
    sheet.addRow(['header']).commit();
    const writer = BodyRowWriter.of(workbook, sheet, 2)!;
    expect(writer.write(['a'], [text], 15, NO_ROW_STYLE)).toBe(false);
    sheet.addRow(['held']);
    expect(writer.write(['a', 'b'], [text, text], 15, NO_ROW_STYLE)).toBe(false);
    const shared = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: new PassThrough().resume(), useStyles: true, useSharedStrings: true });
    expect(BodyRowWriter.of(shared, shared.addWorksheet('s'), 1)).toBeNull();
  });
});
