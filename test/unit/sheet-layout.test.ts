import {
  columnWidth, displayWidth, escapeHeaderText, excelDate, excelDateTime, MAX_COLUMN_WIDTH, pageHeaderFooter, periodLabel, WRAPPED_TEXT_WIDTH,
} from '../../server/src/modules/exports/sheet-layout';

describe('printed workbook layout', () => {
  it('should count a Chinese character as two columns and a Latin one as one', () => {
    expect(displayWidth('编码')).toBe(4);
    expect(displayWidth('HF-A01')).toBe(6);
    expect(displayWidth('投诉（一般）')).toBe(12);
  });

  it('should size a column for its header or a typical value, within bounds', () => {
    expect(columnWidth('回访结果')).toBe(10);
    expect(columnWidth('编码', 'HF-A01-2026-000001')).toBe(20);
    expect(columnWidth('评分')).toBe(6);
    expect(columnWidth('内容摘要', '很'.repeat(100))).toBe(MAX_COLUMN_WIDTH);
  });

  it('should let a long header wrap onto two lines and keep wrapping text columns narrow', () => {
    // 责任部门（回访时）: 9 characters, two lines of at most 5
    expect(columnWidth('责任部门（回访时）')).toBe(12);
    expect(columnWidth('服务效果评价', '服务及时')).toBe(10);
    expect(columnWidth('内容摘要', '很'.repeat(100), true)).toBe(WRAPPED_TEXT_WIDTH + 2);
  });

  it('should show business times and dates as China Standard Time on any server', () => {
    // 01:30 UTC is 09:30 in Beijing: the Excel date must read 09:30
    expect(excelDateTime(new Date('2026-07-01T01:30:00Z'))!.toISOString()).toBe('2026-07-01T09:30:00.000Z');
    expect(excelDateTime('2026-06-30 17:30:00+00')!.toISOString()).toBe('2026-07-01T01:30:00.000Z');
    expect(excelDateTime(null)).toBeNull();
    expect(excelDate('2026-09-30')!.toISOString()).toBe('2026-09-30T00:00:00.000Z');
  });

  it('should name quarters and months the way the forms do', () => {
    expect(periodLabel('2026Q3')).toBe('2026年第3季度');
    expect(periodLabel('2026-07')).toBe('2026年7月');
  });

  it('should print the workbook number, project, period and page x of y on every page', () => {
    const { oddHeader, oddFooter } = pageHeaderFooter({
      title: '《业主回访记录表》', workbookNumber: 'HFB-A01-2026Q3-01', projectName: '阳光&花园', projectCode: 'A01', period: '2026Q3',
    });
    expect(oddHeader).toBe('&L《业主回访记录表》&C阳光&&花园 (A01) 2026年第3季度&R工作簿编号 HFB-A01-2026Q3-01');
    expect(oddFooter).toBe('&LHFB-A01-2026Q3-01  阳光&&花园 (A01)  2026年第3季度&R第 &P 页 共 &N 页');
    expect(escapeHeaderText('A&B')).toBe('A&&B');
  });
});
