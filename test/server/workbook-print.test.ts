import path from 'node:path';
import ExcelJS from 'exceljs';
import { at, ticket } from './helpers/dated-records';
import { printWithLibreOffice, PrintedPage, PrintedWorkbook } from './helpers/libreoffice';
import { Client, initTestApp, TestApp } from './helpers/test-app';

// The exported workbook on paper (issue 13): read back with ExcelJS, and printed by LibreOffice to PDF and read
// with poppler, as a manager would file it.

jest.setTimeout(300_000);

const EXPORT = `mutation ($i: ExportQuarterlyWorkbookInput!) { exportQuarterlyWorkbook(input: $i) {
  downloadUrl workbook { number archived rowCounts { sheet rows } } userErrors { field code message } } }`;
const RECORD = `mutation ($i: RecordCallbackResultInput!) { recordCallbackResult(input: $i) { callback { id version status } userErrors { message } } }`;
const REVIEW = `mutation ($i: CallbackActionInput!) { reviewCallback(input: $i) { callback { id version status } userErrors { message } } }`;
const HANDLE = `mutation ($i: CallbackActionInput!) { writeHandlingOpinion(input: $i) { callback { id version status } userErrors { message } } }`;
const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts', 'print');
const PERIOD = '2026Q1';
const PAGE_A4 = { width: 841.89, height: 595.28 };

const LONG_SUMMARY = '夜间车辆乱停，堵塞消防通道，业主多次投诉要求处理，并希望物业在地库入口加装道闸和夜间巡查记录，每周通报一次';
const LONG_SHORTCOMINGS = '维修人员上门比约定时间晚了两个小时，没有提前电话告知，维修后厨房地面未清理，水管接口仍有轻微滴水';
const LONG_REVIEW = '回访记录完整，业主反映的问题属实，维修质量不合格，上报项目经理处理并跟进整改结果';
const LONG_HANDLING = '责成工程部次日重新维修，更换水管接口并清理现场，由客服管家再次回访确认业主满意后关闭';
const ANALYSIS = [
  '本季度共完成维修、投诉等工单四十余件，投诉回访率达到百分之百，维修回访率高于目标。',
  '不合格回访集中在维修上门不及时和现场未清理两个方面，重复投诉集中在夜间停车。',
].join('\n');
const MEASURES = '一、工程部上门前必须电话预约，迟到须提前告知；二、维修完毕清理现场并拍照留存；三、秩序维护部加强夜间地库巡查。';

/** The page text without spaces. */
const joined = (page: PrintedPage) => page.words.map((word) => word.text).join('');

/**
 * Cells as printed that begin with a text's first line: the words that start where that line starts, line under
 * line, as far as the text's length (a cut cell shows less, or the next row's text, there).
 */
function cellsStarting(page: PrintedPage, text: string): string[] {
  return page.words
    .filter((word) => [...word.text].length >= 5 && text.startsWith(word.text))
    .map((first) => {
      const column = page.words.filter((word) => Math.abs(word.xMin - first.xMin) < 1.5 && word.yMin >= first.yMin - 1).sort((a, b) => a.yMin - b.yMin);
      return column.map((word) => word.text).join('').slice(0, text.length);
    });
}

describe('the quarterly workbook on paper', () => {
  let app: TestApp;
  let clerk: Client;
  let supervisor: Client;
  let manager: Client;
  let printed: PrintedWorkbook;
  let book: ExcelJS.Workbook;
  let number: string;

  async function exportWorkbook(client: Client) {
    const res = await client.gql(EXPORT, { i: { projectId: app.projectA, period: PERIOD } });
    expect(res.data.exportQuarterlyWorkbook.userErrors).toEqual([]);
    const { downloadUrl, workbook } = res.data.exportQuarterlyWorkbook;
    const file = await fetch(`${app.url}${downloadUrl}`, { headers: { authorization: `Bearer ${client.token}` } });
    expect(file.status).toBe(200);
    const bytes = Buffer.from(await file.arrayBuffer());
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(bytes as unknown as ArrayBuffer);
    return { workbook, bytes, book: read };
  }

  beforeAll(async () => {
    app = await initTestApp();
    [clerk, supervisor, manager] = await Promise.all(['zhangli', 'liqiang', 'chenjie'].map((u) => app.as(u)));
    const complaint = { kind: 'COMPLAINT', severity: 'GENERAL', department: '秩序维护部', category: '停车管理' };
    // enough callbacks for several bands of rows; one long complaint, one long unqualified repair record
    for (let i = 0; i < 36; i++) {
      const day = String(1 + (i % 27)).padStart(2, '0');
      const spec = i % 4 === 0
        ? { ...complaint, unit: `${1 + (i % 9)}-1-${1000 + i}`, ownerName: `业主${i}`, summary: i === 0 ? LONG_SUMMARY : `楼下夜间噪音 ${i}`, receivedAt: `2026-02-${day}T09:00` }
        : { kind: 'REPAIR', category: '水管漏水', unit: `${1 + (i % 9)}-2-${1000 + i}`, ownerName: `住户${i}`, summary: `厨房水管接口漏水 ${i}`, receivedAt: `2026-02-${day}T09:00` };
      const made = await ticket(clerk, app.projectA, spec, `2026-02-${day}T15:00`);
      if (i === 0 || i === 1) {
        // the long complaint is called back, reviewed unqualified and handled; so is the first repair
        const callback = made.callbacks[0];
        if (!callback) continue;
        const recorded = await clerk.gql(RECORD, {
          i: {
            id: callback.id, version: callback.version, methods: ['PHONE', 'ON_SITE'], performedAt: at(`2026-02-${String(Number(day) + 1).padStart(2, '0')}T10:00`),
            visitors: '张丽、王芳', qualityEvaluation: '维修质量一般，接口处仍有渗水', serviceEvaluation: '服务态度较好但不及时',
            satisfaction: 'UNSATISFIED', shortcomings: LONG_SHORTCOMINGS, suggestions: '希望以后上门前提前电话预约，按时到达', result: 'UNQUALIFIED',
            ownerConfirmation: 'CONFIRMED_BY_PHONE',
          },
        });
        expect(recorded.data.recordCallbackResult.userErrors).toEqual([]);
        const saved = recorded.data.recordCallbackResult.callback;
        const reviewed = await supervisor.gql(REVIEW, { i: { id: saved.id, version: saved.version, opinion: LONG_REVIEW } });
        expect(reviewed.data.reviewCallback.userErrors).toEqual([]);
        const escalated = reviewed.data.reviewCallback.callback;
        const handled = await manager.gql(HANDLE, { i: { id: escalated.id, version: escalated.version, opinion: LONG_HANDLING, followUp: '已重新维修，业主满意' } });
        expect(handled.data.writeHandlingOpinion.userErrors).toEqual([]);
      }
    }
    const report = await clerk.gql(
      `mutation ($i: SaveQuarterlyReportInput!) { saveQuarterlyReport(input: $i) { report { id } userErrors { message } } }`,
      { i: { projectId: app.projectA, period: PERIOD, analysis: ANALYSIS, improvementMeasures: MEASURES } },
    );
    expect(report.data.saveQuarterlyReport.userErrors).toEqual([]);

    const exported = await exportWorkbook(supervisor);
    book = exported.book;
    number = exported.workbook.number;
    expect(exported.workbook.archived).toBe(false);
    printed = await printWithLibreOffice(exported.bytes, number, ARTIFACTS);
  });
  afterAll(() => app.close());

  it('should print every page on A4 landscape with the workbook number and 第 x 页 共 y 页 in its footer', () => {
    expect(printed.pages.length).toBeGreaterThan(6);
    const pageCount = printed.pages.length;
    for (const page of printed.pages) {
      expect({ page: page.number, width: page.width, height: page.height }).toEqual({
        page: page.number, width: expect.closeTo(PAGE_A4.width, 0), height: expect.closeTo(PAGE_A4.height, 0),
      });
      // the footer is the page's lowest line
      const bottom = Math.max(...page.words.map((word) => word.yMax));
      const footer = page.words.filter((word) => word.yMax > bottom - 3).map((word) => word.text).join(' ');
      expect(footer).toContain(number);
      expect(footer).toContain('阳光花园 (A01)');
      expect(footer).toMatch(new RegExp(`第 ${page.number} 页 共 ${pageCount} 页`));
    }
    expect(printed.fonts.length).toBeGreaterThan(0);
    expect(printed.fonts.filter((font) => !font.embedded)).toEqual([]);
  });

  it('should print no text smaller than 8 pt, the header and footer included', () => {
    const sizes = printed.pages.map((page) => ({ page: page.number, smallest: Math.round(page.smallestFontPt * 10) / 10 }));
    for (const size of sizes) expect(size.smallest).toBeGreaterThanOrEqual(8);
    // and what the workbook asks for: every cell's font at its sheet's scale
    for (const sheet of book.worksheets) {
      const scale = sheet.pageSetup.scale ?? 100;
      expect(sheet.pageSetup.fitToPage).toBeFalsy();
      let smallest = Infinity;
      sheet.eachRow((row) => row.eachCell((cell) => { smallest = Math.min(smallest, cell.font?.size ?? 11); }));
      expect({ sheet: sheet.name, printed: (smallest * scale) / 100 >= 8 }).toEqual({ sheet: sheet.name, printed: true });
      expect(sheet.headerFooter.oddFooter).toMatch(/&"Calibri,Regular"&10/);
    }
  });

  it('should print 《业主回访记录表》 as its three parts page after page, each repeating 编码 and 业主', () => {
    const formPages = printed.pages.filter((page) => page.text.includes('《业主回访记录表》'));
    expect(formPages.length % 3).toBe(0);
    expect(formPages.length).toBeGreaterThanOrEqual(6);
    const parts = ['一、工单与回访安排', '二、回访记录', '三、审核与处理'];
    formPages.forEach((page, index) => {
      const text = joined(page);
      expect(text).toContain('编码');
      expect(text).toContain('业主');
      expect(parts.filter((part) => text.includes(part))).toEqual([parts[index % 3]]);
      // the rows of a band are the same on its three pages
      expect(text).toMatch(/HF-A01-2026-\d{6}/);
    });
    // top to bottom (the PDF's text order follows the columns' wrapping, not the rows)
    const codes = (page: PrintedPage) => page.words.filter((word) => /^HF-A01-2026-\d{6}$/.test(word.text)).sort((a, b) => a.yMin - b.yMin).map((word) => word.text);
    expect(codes(formPages[1])).toEqual(codes(formPages[0]));
    expect(codes(formPages[2])).toEqual(codes(formPages[0]));
    // row 1 no longer repeats the page header: the title is printed once per page, in the header
    expect(joined(formPages[0]).split('《业主回访记录表》').length - 1).toBe(1);
    expect(String(book.getWorksheet('业主回访记录表')!.getCell('A1').value)).not.toMatch(/业主回访记录表|HFB-/);
  });

  it('should print long texts whole, on rows as tall as their lines (nothing cut, nothing over the next row)', () => {
    for (const text of [LONG_SUMMARY, LONG_SHORTCOMINGS, LONG_REVIEW, LONG_HANDLING]) {
      const printedCells = printed.pages.flatMap((page) => cellsStarting(page, text));
      expect(printedCells.length).toBeGreaterThan(0);
      for (const cell of printedCells) expect(cell).toBe(text);
    }
    // 客户投诉登记表's 回访记录 column: the complaint's callback summary ends inside the table, on its row
    const register = printed.pages.filter((page) => page.text.includes('《客户投诉登记表》'));
    expect(register.length).toBeGreaterThan(0);
    expect(register.flatMap((page) => cellsStarting(page, LONG_SUMMARY))).toEqual([LONG_SUMMARY]);
    // the last column (the only one with serial codes): every word from its left edge, under the complaint's row
    const page = register[0];
    const first = page.words.find((word) => word.text.startsWith('HF-A01-2026-'))!;
    const cell = page.words
      .filter((word) => word.xMin >= first.xMin - 1 && word.yMin >= first.yMin - 1 && word.yMin < first.yMin + 40)
      .sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
    expect(cell.map((word) => word.text).join('')).toMatch(/^HF-A01-2026-000001不满意不合格/);
    // lines of one cell never run over the next row's: on no page are two words drawn over each other (their
    // boxes, ascent to descent, may touch by a little between a Chinese and a Latin line; text over text covers half)
    const over = (a: { yMin: number; yMax: number }, b: { yMin: number; yMax: number }) =>
      Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin) > 0.5 * Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
    for (const page of printed.pages) {
      const overlapping = page.words.filter((a, i) => page.words.some((b, j) => j > i
        && a.xMin < b.xMax - 0.5 && b.xMin < a.xMax - 0.5 && over(a, b)));
      expect({ page: page.number, overlapping: overlapping.map((word) => word.text) }).toEqual({ page: page.number, overlapping: [] });
    }
  });

  it("should print the report's analysis, measures and a chart of achieved against target rate on 统计汇总", () => {
    const statistics = printed.pages.filter((page) => page.text.includes('季度统计汇总')).map(joined).join('');
    for (const line of ANALYSIS.split('\n')) expect(statistics).toContain(line);
    expect(statistics).toContain(MEASURES);
    expect(statistics).toContain('回访率：实际与目标');
    expect(statistics).toContain('编制：张丽');

    // the bars are cells: the complaint column is filled up to its achieved rate, with the target line at 100 %
    const sheet = book.getWorksheet('统计汇总')!;
    let axisRow = 0;
    sheet.eachRow((row, index) => { if (row.getCell(1).value === '0%' && row.getCell(2).value === '投诉') axisRow = index; });
    expect(axisRow).toBeGreaterThan(0);
    const achieved = sheet.getRow(axisRow + 1).getCell(2).value as number;
    const filled = [...Array(40).keys()].filter((step) => {
      const fill = sheet.getRow(axisRow - 1 - step).getCell(2).fill as ExcelJS.FillPattern | undefined;
      return fill?.pattern === 'solid';
    }).length;
    expect(filled).toBe(Math.round(achieved * 40));
    expect(sheet.getRow(axisRow - 40).getCell(2).border?.top?.style).toBe('thick');
  });

  it('should mark a workbook of a period not archived 未存档 on every page and in the register, and not once archived', async () => {
    for (const page of printed.pages) expect({ page: page.number, draft: page.text.includes('未存档（草稿）') }).toEqual({ page: page.number, draft: true });
    const register = await supervisor.gql(`query ($p: ID!) { exportRegister(projectId: $p, period: "${PERIOD}") { edges { node { number archived } } } }`, { p: app.projectA });
    expect(register.data.exportRegister.edges).toEqual([{ node: { number, archived: false } }]);

    const archived = await supervisor.gql(`mutation ($i: ArchivePeriodInput!) { archivePeriod(input: $i) { userErrors { message } } }`, {
      i: { projectId: app.projectA, period: PERIOD },
    });
    expect(archived.data.archivePeriod.userErrors).toEqual([]);
    const after = await exportWorkbook(manager);
    expect(after.workbook.archived).toBe(true);
    for (const sheet of after.book.worksheets) {
      expect(sheet.headerFooter.oddHeader).not.toContain('未存档');
      expect(String(sheet.getCell('A1').value)).not.toContain('未存档');
    }
    for (const sheet of book.worksheets) expect(sheet.headerFooter.oddHeader).toContain('&B未存档（草稿）&B');
  });
});
