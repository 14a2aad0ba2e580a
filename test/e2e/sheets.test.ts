import type { Browser } from 'playwright-core';
import { appUrl, cell, launchBrowser, screenshot, signIn, typeIntoCell } from './helpers/browser';

describe('every sheet, as each role sees it', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('should show the clerk the callback record, tickets, plan and statistics sheets in Chinese, and tell who exports workbooks', async () => {
    const { context, page } = await signIn(browser, 'zhangli');
    await expect(page.locator('.ag-header-cell-text', { hasText: '满意程度' }).count()).resolves.toBe(1);
    await screenshot(page, '10-sheet-callbacks');

    // a column made wider by dragging its edge keeps its width after a reload
    await page.waitForSelector('.ag-row .ag-cell[col-id="summary"]');
    const header = page.locator('.ag-header-cell[col-id="summary"]');
    const widthBefore = (await header.boundingBox())!.width;
    await header.hover(); // the resize handle takes the drag only once the header is hovered
    const handle = (await header.locator('.ag-header-cell-resize').boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + 120, handle.y + handle.height / 2, { steps: 10 });
    await page.mouse.up();
    // the drag is done when the sheet has remembered the widths; only then reload
    await page.waitForFunction(() => Object.keys(localStorage).some((key) => key.startsWith('hf.widths.')));
    await page.reload();
    await page.waitForSelector('.ag-row .ag-cell');
    const widthAfter = (await page.locator('.ag-header-cell[col-id="summary"]').boundingBox())!.width;
    expect(widthAfter).toBeGreaterThan(widthBefore + 80);

    await page.getByRole('button', { name: '工单登记' }).click();
    await page.waitForSelector('.ag-row .ag-cell[col-id="summary"]');
    await expect(page.locator('.ag-header-cell-text', { hasText: '内容摘要' }).count()).resolves.toBe(1);
    await page.getByLabel('仅投诉（客户投诉登记表）').check();
    await page.waitForFunction(() => [...document.querySelectorAll('.ag-row .ag-cell[col-id="kind"]')].every((c) => c.textContent === '投诉'));
    await screenshot(page, '11-sheet-tickets-complaints');

    await page.getByRole('button', { name: '回访计划' }).click();
    await page.waitForSelector('[data-testid=plan-summary] .hf-chip');
    await expect(page.locator('[data-testid=plan-summary]').textContent()).resolves.toMatch(/逾期/);
    await screenshot(page, '12-sheet-plan');

    await page.getByRole('button', { name: '季度统计' }).click();
    await page.waitForSelector('[data-testid=kind-table] .hf-total');
    await expect(page.locator('[data-testid=kind-table] tbody tr').count()).resolves.toBe(8); // 7 kinds and 合计
    await expect(page.locator('.hf-charts figure').count()).resolves.toBe(2);
    await expect(page.locator('[data-testid=archive-status]').textContent()).resolves.toMatch(/存档/);
    await screenshot(page, '13-sheet-statistics');

    await page.getByRole('button', { name: '导出' }).click();
    await expect(page.locator('[data-testid=export-forbidden]').textContent()).resolves.toContain('客户服务部主管');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Callback records' }).click();
    await expect(page.locator('.ag-header-cell-text', { hasText: 'Satisfaction' }).count()).resolves.toBe(1);
    await screenshot(page, '15-sheet-callbacks-english');
    await page.getByRole('button', { name: '中文' }).click();
    await context.close();
  });

  it('should leave a supervisor only the review column of a done callback, and the auditor nothing', async () => {
    const { context, page } = await signIn(browser, 'liqiang');
    await page.selectOption('[data-testid=period-picker]', 'all');
    const done = page.locator('.ag-row .ag-cell[col-id="status"]', { hasText: '已回访' }).first();
    const rowIndex = Number(await done.evaluate((el) => el.closest('.ag-row')!.getAttribute('row-index')));
    await expect(cell(page, rowIndex, 'reviewOpinion').getAttribute('class')).resolves.not.toContain('hf-readonly');
    await expect(cell(page, rowIndex, 'handlingOpinion').getAttribute('class')).resolves.toContain('hf-readonly');
    await screenshot(page, '16-sheet-callbacks-supervisor');

    await page.getByRole('button', { name: '导出' }).click();
    await page.getByRole('button', { name: /季度工作簿/ }).click();
    const link = page.locator('[data-testid=download-link]');
    await link.waitFor();
    const number = (await link.textContent())!.replace('下载 ', '');
    expect(number).toMatch(/^HFB-A01-\d{4}Q\d-\d{2}$/);
    // exported in the background: the job's row says done, at 100 %, and the register lists the workbook
    await expect(page.locator(`[data-testid=export-job-${number}]`).getAttribute('data-state')).resolves.toBe('DONE');
    await expect(page.locator(`[data-testid=export-job-${number}] .hf-progress-text`).textContent()).resolves.toMatch(/^100% · (\d+) \/ \1 行$/);
    await page.waitForSelector(`[data-testid=export-register] td:text-is("${number}")`);
    const download = await page.request.get(new URL((await link.getAttribute('href'))!, appUrl()).toString());
    expect(download.status()).toBe(200);
    expect((await download.body()).subarray(0, 2).toString()).toBe('PK'); // an .xlsx is a zip
    await screenshot(page, '14-sheet-export');
    await context.close();

    const auditor = await signIn(browser, 'auditor');
    const editable = await auditor.page.locator('.ag-row .ag-cell[col-id="visitors"]:not(.hf-readonly)').count();
    expect(editable).toBe(0);
    await auditor.context.close();
  });

  it('should make every record of a period read-only once the supervisor has archived it', async () => {
    // project B02, which the other browser tests leave alone
    const supervisor = await signIn(browser, 'sunwei');
    const previous = (await supervisor.page.locator('[data-testid=period-picker] option').nth(1).getAttribute('value'))!;
    await supervisor.page.selectOption('[data-testid=period-picker]', previous);
    await supervisor.page.getByRole('button', { name: '季度统计' }).click();
    await supervisor.page.getByRole('button', { name: '存档本期' }).click();
    await supervisor.page.getByRole('dialog').getByRole('button', { name: '确认存档' }).click();
    await supervisor.page.waitForFunction(() => document.querySelector('[data-testid=archive-status]')?.textContent?.includes('已存档'));
    await screenshot(supervisor.page, '17-sheet-statistics-archived');
    await supervisor.context.close();

    const clerk = await signIn(browser, 'liumei');
    await clerk.page.selectOption('[data-testid=period-picker]', previous);
    await clerk.page.waitForSelector('.hf-archived-banner');
    await clerk.page.waitForSelector('.ag-row .ag-cell');
    await expect(clerk.page.locator('.ag-row').count()).resolves.toBeGreaterThan(0);
    const satisfaction = clerk.page.locator('.ag-row .ag-cell[col-id="satisfaction"]');
    expect(await satisfaction.count()).toBeGreaterThan(0);
    await expect(satisfaction.evaluateAll((cells) => cells.every((c) => c.classList.contains('hf-readonly')))).resolves.toBe(true);
    await cell(clerk.page, 0, 'suggestions').dblclick();
    await expect(clerk.page.locator('.ag-cell-inline-editing').count()).resolves.toBe(0);
    await screenshot(clerk.page, '18-sheet-callbacks-archived');
    await clerk.context.close();
  });

  it('should save a ticket cell typed in 工单登记, and show both values when another clerk changed it first', async () => {
    const first = await signIn(browser, 'zhangli');
    const second = await signIn(browser, 'wangfang');
    for (const page of [first.page, second.page]) {
      await page.getByRole('button', { name: '工单登记' }).click();
      await page.waitForSelector('.ag-row .ag-cell[col-id="handlingResult"]');
    }
    const write = (page: typeof first.page, value: string) => typeIntoCell(page, 0, 'handlingResult', value);
    await write(second.page, '已更换阀门，业主确认');
    await second.page.waitForSelector('.ag-row[row-index="0"] .ag-cell[col-id="handlingResult"].hf-saved');

    await write(first.page, '已上门检查，待配件');
    const dialog = first.page.getByRole('dialog');
    await dialog.waitFor();
    await expect(dialog.locator('.hf-theirs').textContent()).resolves.toBe('已更换阀门，业主确认');
    await dialog.getByRole('button', { name: '采用他人的值' }).click();
    await expect(cell(first.page, 0, 'handlingResult').textContent()).resolves.toBe('已更换阀门，业主确认');
    await first.context.close();
    await second.context.close();
  });
});
