import { escapeHeaderText, excelDate, excelDateTime, pageHeaderFooter, periodLabel } from '../../server/src/modules/exports/sheet-layout';

describe('printed workbook text', () => {
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

  it('should print the workbook number, project, period, exporter and page x of y on every page, in a named 10 pt font', () => {
    const heading = { title: '《业主回访记录表》', workbookNumber: 'HFB-A01-2026Q3-01', projectName: '阳光&花园', projectCode: 'A01', period: '2026Q3' };
    const font = '&"Calibri,Regular"&10';
    const { oddHeader, oddFooter } = pageHeaderFooter({ ...heading, exportedBy: '陈杰', exportedAt: new Date('2026-10-05T06:30:00Z') });
    expect(oddHeader).toBe(`&L${font}《业主回访记录表》&C${font}阳光&&花园 (A01) 2026年第3季度&R${font}工作簿编号 HFB-A01-2026Q3-01`);
    expect(oddFooter).toBe(`&L${font}HFB-A01-2026Q3-01  阳光&&花园 (A01)  2026年第3季度&C${font}导出 陈杰 2026-10-05 14:30&R${font}第 &P 页 共 &N 页`);
    expect(escapeHeaderText('A&B')).toBe('A&&B');
  });

  it('should say 未存档（草稿） in bold in the middle of every header while the period is not archived', () => {
    const { oddHeader } = pageHeaderFooter({ title: '统计汇总', workbookNumber: 'HFB-A01-2026Q3-02', projectName: '阳光花园', projectCode: 'A01', period: '2026Q3', draft: true });
    expect(oddHeader).toContain('阳光花园 (A01) 2026年第3季度 &B未存档（草稿）&B&R');
  });
});
