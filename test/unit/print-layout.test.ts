import {
  columnPoints, columnWidth, displayWidth, lineHeight, MAX_COLUMN_WIDTH, MIN_SCALE, planPrint, printableArea, rowHeight, WRAPPED_TEXT_WIDTH,
  wrappedLineCount,
} from '../../server/src/modules/exports/print-layout';
import { callbackRecordColumns, CALLBACK_GROUPS } from '../../server/src/modules/exports/callback-record.sheet';
import { complaintColumns } from '../../server/src/modules/exports/complaint-register.sheet';
import {
  barSteps, repeatedComplaintColumns, repeatedRepairColumns, splitParagraph, summaryColumns, unqualifiedColumns,
} from '../../server/src/modules/exports/statistics.sheets';
import type { ColumnSpec } from '../../server/src/modules/exports/print-sheet';

const planOf = (columns: ColumnSpec<never>[], repeat = 2) =>
  planPrint(columns.map((column) => ({ width: columnWidth(column.header, column.typical, column.kind === 'wrap'), group: column.group ?? '' })), repeat);

describe('the workbook on paper: widths, wrapped lines, row heights, pages', () => {
  it('should count a Chinese character as two and a Latin one as one', () => {
    expect(displayWidth('编码')).toBe(4);
    expect(displayWidth('HF-A01')).toBe(6);
    expect(displayWidth('投诉（一般）')).toBe(12);
  });

  it('should size a column for a typical value at 9 pt and wrap its header onto up to three lines', () => {
    // HF-A01-2026-000001: 18 characters at 0.51 em of 9 pt plus padding, in units of 5.25 pt
    expect(columnWidth('编码', 'HF-A01-2026-000001')).toBe(16.5);
    expect(columnWidth('审核人')).toBe(6.5);
    // 服务效果评价: two lines of three characters
    expect(columnWidth('服务效果评价')).toBe(6.5);
    // 责任部门（回访时）: three lines of three
    expect(columnWidth('责任部门（回访时）')).toBe(6.5);
    expect(columnWidth('内容摘要', '很'.repeat(100), true)).toBe(WRAPPED_TEXT_WIDTH);
    expect(columnWidth('内容摘要', '很'.repeat(100))).toBe(MAX_COLUMN_WIDTH);
  });

  it('should count the lines a text wraps onto, a Chinese character as two', () => {
    // 14 units hold 8 Chinese characters of 9 pt (measured in LibreOffice: 77.7 pt, 8 × 9 pt)
    expect(wrappedLineCount('夜间车辆乱停堵塞', 14)).toBe(1);
    expect(wrappedLineCount('夜间车辆乱停堵塞消', 14)).toBe(2);
    // as LibreOffice prints it: 夜间车辆乱停，堵 / 塞消防通道，业主 / 多次投诉要求处理
    expect(wrappedLineCount('夜间车辆乱停，堵塞消防通道，业主多次投诉要求处理', 14)).toBe(3);
    // Latin counts one: 16 digits fit where 8 Chinese characters do
    expect(wrappedLineCount('1234567890123456', 14)).toBe(1);
    // an explicit line break starts a line; an empty cell is one line
    expect(wrappedLineCount('待回访\n（逾期）', 14)).toBe(2);
    expect(wrappedLineCount('', 14)).toBe(1);
  });

  it('should keep Latin words whole and closing punctuation off the start of a line', () => {
    // the code does not fit a 12-unit line: it breaks after a hyphen, not inside 000001
    expect(wrappedLineCount('HF-A01-2026-000001 满意', 12)).toBe(2);
    // 11 characters then "，": the comma stays with the character before it, which moves down with it
    expect(wrappedLineCount('一二三四五六七，八', 14)).toBe(2);
    // a word longer than a whole line is cut where the line is full
    expect(wrappedLineCount('x'.repeat(40), 10)).toBe(4);
  });

  it('should make a row as tall as its tallest wrapped cell, and never taller than the page allows', () => {
    const oneLine = rowHeight([{ text: '满意', width: 10, wraps: true }]);
    expect(oneLine).toBeCloseTo(lineHeight() + 3, 0);
    const summary = rowHeight([
      { text: '满意', width: 10, wraps: true },
      { text: '夜间车辆乱停，堵塞消防通道，业主多次投诉要求处理', width: 14, wraps: true },
    ]);
    expect(summary).toBeGreaterThanOrEqual(3 * 13);
    // a cell that does not wrap takes one line
    expect(rowHeight([{ text: '夜间车辆乱停，堵塞消防通道，业主多次投诉要求处理', width: 14, wraps: false }])).toBe(oneLine);
    expect(rowHeight([{ text: '很'.repeat(2000), width: 14, wraps: true }], 300)).toBe(300);
  });

  it('should print 《业主回访记录表》 on A4 at 100 % in its three parts, each page repeating 编码 and 业主', () => {
    const plan = planOf(callbackRecordColumns('2026-07-01') as ColumnSpec<never>[]);
    expect(plan.scale).toBe(100);
    expect(plan.repeated).toBe(2);
    expect(plan.pages.map((page) => page.groups)).toEqual([[CALLBACK_GROUPS.ticket], [CALLBACK_GROUPS.record], [CALLBACK_GROUPS.review]]);
    expect(plan.breaks).toEqual([plan.pages[1].from, plan.pages[2].from]);
  });

  it('should print every other sheet at a scale that keeps 9 pt text at 8 pt or more', () => {
    for (const columns of [complaintColumns(), summaryColumns(), unqualifiedColumns(), repeatedComplaintColumns(), repeatedRepairColumns()]) {
      const plan = planOf(columns as ColumnSpec<never>[]);
      expect(plan.scale).toBeGreaterThanOrEqual(MIN_SCALE);
      expect((9 * plan.scale) / 100).toBeGreaterThanOrEqual(8);
      // and what each page holds fits its width at that scale
      const widths = columns.map((column) => columnPoints(columnWidth(column.header, column.typical, column.kind === 'wrap')));
      for (const page of plan.pages) {
        const used = widths.slice(0, plan.repeated).reduce((a, b) => a + b, 0) + widths.slice(page.from, page.to).reduce((a, b) => a + b, 0);
        expect(used).toBeLessThanOrEqual(printableArea(plan.scale).width);
      }
    }
    expect(planOf(complaintColumns() as ColumnSpec<never>[]).pages).toHaveLength(1);
  });

  it('should refuse a column group that cannot fit the page even at the smallest scale', () => {
    expect(() => planPrint([{ width: 10, group: '' }, ...Array.from({ length: 30 }, () => ({ width: 10, group: '一' }))], 1)).toThrow(/does not fit A4/);
  });

  it('should fill the chart in steps of 2.5 % and split a long paragraph into rows a page can hold', () => {
    expect(barSteps(100)).toBe(40);
    expect(barSteps(38)).toBe(15);
    expect(barSteps(120)).toBe(40);
    expect(barSteps(null)).toBe(0);
    const long = '改进措施'.repeat(500);
    const pieces = splitParagraph(long, 100, 10);
    expect(pieces.join('')).toBe(long);
    for (const piece of pieces) expect(wrappedLineCount(piece, 100)).toBeLessThanOrEqual(10);
  });
});
