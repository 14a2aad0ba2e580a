import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { apiAs, launchBrowser, screenshot, signIn } from './helpers/browser';

// 导入历史台账 (issue 19) in the browser: a clerk uploads a ledger with 3 good and 2 bad rows, imports the 3, downloads
// the error report, fixes it in "Excel" (here: ExcelJS), uploads the report itself, imports the 2, and finds all 5 in
// 《业主回访记录表》.

// an old ledger: March 2025, long before the demo's quarters (so the other browser tests' figures do not move)
const wallClock = (day: number, time: string) => `2025-03-${String(day).padStart(2, '0')} ${time}`;

const HEADERS = ['页码', '业主', '楼栋房号', '联系电话', '类型', '维修类别', '内容摘要', '受理时间', '完成时间', '回访方式', '回访时间', '满意度', '缺点与不足', '回访结果'];
const row = (i: number, overrides: Record<number, unknown> = {}) => {
  const cells: unknown[] = [`第1页-${i}`, `台账导入业主${i}`, `7-1-70${i}`, '13900003333', '维修', '门锁', `门锁损坏 ${i}`, wallClock(10 + i, '09:00'), wallClock(11 + i, '15:30'), '电话', wallClock(13 + i, '10:00'), '满意', '', '合格'];
  for (const [index, value] of Object.entries(overrides)) cells[Number(index)] = value;
  return cells;
};

async function upload(page: Page, file: string): Promise<void> {
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-upload').click();
  await page.getByTestId('import-counts').waitFor();
}

describe('importing a ledger in the browser', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hf-e2e-import-'));
  });
  afterAll(async () => {
    await browser?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('should import the good rows, give the bad ones back as a workbook, and take them once fixed', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('回访');
    sheet.addRow(HEADERS);
    sheet.addRow(row(1));
    sheet.addRow(row(2, { 11: '不满意', 12: '', 13: '不合格' })); // 不满意 without 缺点与不足
    sheet.addRow(row(3));
    sheet.addRow(row(4, { 3: '12345' })); // not a phone number
    sheet.addRow(row(5));
    const ledger = path.join(dir, '2026年回访台账.xlsx');
    await book.xlsx.writeFile(ledger);

    const { context, page } = await signIn(browser, 'wangfang');
    await page.getByTestId('import-open').click();
    const dialog = page.getByTestId('import-dialog');
    await upload(page, ledger);
    await expect(dialog.getByTestId('import-counts').textContent()).resolves.toBe('可导入 3 行 · 有错误 2 行 · 重复 0 行 · 已导入过 0 行');
    const errors = await dialog.getByTestId('import-errors').textContent();
    expect(errors).toContain('第 3 行');
    expect(errors).toContain('第 5 行');
    expect(errors).toContain('联系电话');
    await screenshot(page, '19-import-preview');

    // the error report: the two rows as they were, with 错误
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('import-error-report').click()]);
    const reportFile = path.join(dir, 'report.xlsx');
    await download.saveAs(reportFile);
    const report = new ExcelJS.Workbook();
    await report.xlsx.readFile(reportFile);
    const errorSheet = report.worksheets[0];
    expect((errorSheet.getRow(1).values as string[]).slice(1)).toEqual([...HEADERS, '错误', '原行号']);
    expect(errorSheet.rowCount).toBe(3);
    expect(String(errorSheet.getRow(2).getCell(15).value)).toContain('缺点与不足');

    await dialog.getByTestId('import-commit').click();
    await expect(dialog.getByTestId('import-done').textContent()).resolves.toBe('已导入 3 行');
    await dialog.getByTestId('import-close').click();

    // fixed "in Excel", and the report itself uploaded again (its 错误 and 原行号 columns are left out)
    errorSheet.getRow(2).getCell(13).value = '锁芯未更换';
    errorSheet.getRow(3).getCell(4).value = '13900004444';
    const fixed = path.join(dir, '错误-已改正.xlsx');
    await report.xlsx.writeFile(fixed);
    await page.getByTestId('import-open').click();
    await upload(page, fixed);
    await expect(dialog.getByTestId('import-counts').textContent()).resolves.toBe('可导入 2 行 · 有错误 0 行 · 重复 0 行 · 已导入过 0 行');
    await dialog.getByTestId('import-commit').click();
    await expect(dialog.getByTestId('import-done').textContent()).resolves.toBe('已导入 2 行');
    await dialog.getByTestId('import-close').click();

    // the five rows in 《业主回访记录表》 (of March 2025: all periods)
    await page.selectOption('[data-testid=period-picker]', 'all');
    await page.waitForSelector('.ag-row .ag-cell');
    await page.locator('.ag-header-cell[col-id="ownerName"] .ag-header-cell-filter-button').click();
    const input = page.locator('.ag-filter input').first();
    await input.waitFor();
    await input.fill('台账导入业主');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => {
      const cells = [...document.querySelectorAll('.ag-row .ag-cell[col-id="ownerName"]')];
      return cells.length === 5 && cells.every((c) => c.textContent?.startsWith('台账导入业主'));
    }, undefined, { timeout: 10_000 });
    const owners = await page.locator('.ag-row .ag-cell[col-id="ownerName"]').allTextContents();
    expect(owners.sort()).toEqual([1, 2, 3, 4, 5].map((i) => `台账导入业主${i}`));
    await expect(page.getByText('筛选 5 / 共').textContent()).resolves.toMatch(/筛选 5 \/ 共 \d+ 行/);
    await page.waitForTimeout(300);
    await screenshot(page, '19-imported-rows');
    await context.close();

    // through the API: every one traced to its file and row, 原编号 kept
    const api = await apiAs('wangfang');
    const found = await api<any>(`{ callbacks(filter: { text: "台账导入业主" }, first: 10) { edges { node { status satisfaction shortcomings importedFrom { fileName row originalCode } } } } }`);
    const sources = found.callbacks.edges.map((e: any) => e.node.importedFrom);
    expect(sources.map((s: any) => s.originalCode).sort()).toEqual(['第1页-1', '第1页-2', '第1页-3', '第1页-4', '第1页-5']);
    expect(new Set(sources.map((s: any) => s.fileName))).toEqual(new Set(['2026年回访台账.xlsx', '错误-已改正.xlsx']));
    expect(found.callbacks.edges.find((e: any) => e.node.shortcomings === '锁芯未更换').node).toMatchObject({ status: 'CLOSED', satisfaction: 'UNSATISFIED' });
  });
});
