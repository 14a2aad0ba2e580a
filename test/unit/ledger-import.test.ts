import { LedgerKind, mappingProblems, normaliseHeader, parseLedgerCell, suggestMapping, columnOf } from '@hf/shared';
import { decodeCsv, excelCell, ledgerFormat, parseCsv } from '../../server/src/modules/imports/ledger-reader';
import { keepsNumber, ticketKey } from '../../server/src/modules/imports/ledger-import.rules';
import iconv from 'iconv-lite';

// 导入历史台账 (issue 19): the pure parts — headers, cells, CSV, numbers

const col = (field: string) => columnOf(LedgerKind.CALLBACKS, field)!;

describe('ledger import rules', () => {
  it('should match headers by label, English label or synonym, ignoring spaces, brackets and required marks', () => {
    expect(normaliseHeader(' 联系电话（必填）* ')).toBe('联系电话');
    expect(suggestMapping(LedgerKind.CALLBACKS, ['手机', '楼栋房号', 'Owner', '满意度', '备注'])).toEqual(['phone', 'unit', 'ownerName', 'satisfaction', null]);
    // a label beats a synonym wherever it stands: 电话 is our label, so 手机 stays unmapped beside it
    expect(suggestMapping(LedgerKind.CALLBACKS, ['手机', '电话'])).toEqual([null, 'phone']);
    expect(suggestMapping(LedgerKind.TICKETS, ['类别', '类型'])).toEqual(['category', 'kind']);
  });

  it('should name what a mapping lacks or repeats', () => {
    const problems = mappingProblems(LedgerKind.TICKETS, ['kind', 'kind', 'ownerName', 'unit', 'receivedAt']);
    expect(problems.map((p) => p.key)).toEqual(['import.columnTwice', 'import.columnMissing']);
    expect(problems[1].args).toEqual({ column: '内容摘要' });
  });

  it('should parse cells as a clerk would type them, and refuse formulas, dates in text columns and bad values', () => {
    expect(parseLedgerCell(col('satisfaction'), ' 基本满意 ')).toEqual({ ok: true, value: 'BASICALLY_SATISFIED' });
    expect(parseLedgerCell(col('methods'), '电话+现场查看')).toEqual({ ok: true, value: ['PHONE', 'ON_SITE'] });
    expect(parseLedgerCell(col('satisfaction'), '还行')).toMatchObject({ ok: false, message: { key: 'import.enumInvalid' } });
    expect(parseLedgerCell(col('satisfactionScore'), '8')).toEqual({ ok: true, value: 8 });
    expect(parseLedgerCell(col('satisfactionScore'), '8.5')).toMatchObject({ ok: false });
    expect(parseLedgerCell(col('summary'), { formula: true })).toMatchObject({ ok: false, message: { key: 'import.formula' } });
    expect(parseLedgerCell(col('unit'), { date: '2025-03-02T00:00:00.000Z' })).toMatchObject({ ok: false, message: { key: 'import.dateInText' } });
    expect(parseLedgerCell(col('phone'), 13900001111)).toEqual({ ok: true, value: '13900001111' });
    expect(parseLedgerCell(col('summary'), '   ')).toEqual({ ok: true, value: null });
  });

  it('should read dates as the wall clock in Beijing: typed, Excel dates and Excel serial numbers', () => {
    const at = (cell: unknown) => (parseLedgerCell(col('receivedAt'), cell as never) as { value: Date }).value.toISOString();
    expect(at('2025-03-01 09:30')).toBe('2025-03-01T01:30:00.000Z');
    expect(at('2025/3/1')).toBe('2025-02-28T16:00:00.000Z');
    expect(at('2025年3月1日')).toBe('2025-02-28T16:00:00.000Z');
    expect(at({ date: '2025-03-01T09:30:00.000Z' })).toBe('2025-03-01T01:30:00.000Z');
    expect(at(45717.5)).toBe('2025-03-01T04:00:00.000Z');
    expect(parseLedgerCell(col('receivedAt'), '2025-02-30')).toMatchObject({ ok: false, message: { key: 'import.dateInvalid' } });
  });

  it('should read CSV fields with quotes, commas and line breaks, in UTF-8 or GB18030', () => {
    const rows = [...parseCsv('a,"b,c","say ""hi"""\r\n1,"two\nlines",3\n')];
    expect(rows).toEqual([{ rowNumber: 1, cells: ['a', 'b,c', 'say "hi"'] }, { rowNumber: 2, cells: ['1', 'two\nlines', '3'] }]);
    expect(decodeCsv(iconv.encode('业主,房号', 'gbk'))).toBe('业主,房号');
    expect(decodeCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('业主', 'utf8')]))).toBe('业主');
    expect(ledgerFormat(Buffer.from('PK\u0003\u0004'))).toBe('xlsx');
    expect(() => ledgerFormat(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))).toThrow(/加密/);
    expect(() => ledgerFormat(Buffer.from([0x00, 0x01]))).toThrow(/不是 Excel/);
  });

  it('should take ExcelJS values as cells', () => {
    expect(excelCell({ richText: [{ text: '卫生间' }, { text: '漏水' }] } as never)).toBe('卫生间漏水');
    expect(excelCell({ formula: 'A1', result: 3 } as never)).toEqual({ formula: true });
    expect(excelCell(new Date('2025-03-01T09:30:00Z'))).toEqual({ date: '2025-03-01T09:30:00.000Z' });
    expect(excelCell({ text: '链接', hyperlink: 'http://x' } as never)).toBe('链接');
  });

  it('should keep a ledger number only when it is ours for that project and day', () => {
    const day = new Date('2025-03-10T02:00:00Z');
    expect(keepsNumber('A01', 'A01-20250310-007', day)).toBe(true);
    expect(keepsNumber('A01', 'A01-20250311-007', day)).toBe(false);
    expect(keepsNumber('A01', 'B02-20250310-007', day)).toBe(false);
    expect(keepsNumber('A01', '旧-0002', day)).toBe(false);
    expect(ticketKey({ ownerName: ' 王 ', unit: '1-1-1', summary: '漏水', receivedAt: day })).toBe(['王', '1-1-1', '漏水', '2025-03-10'].join('\u0001'));
  });
});
