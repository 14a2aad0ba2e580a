import type { Browser, Page } from 'playwright-core';
import { apiAs, cell, eventually, launchBrowser, screenshot, signIn, typeIntoCell } from './helpers/browser';

type Api = Awaited<ReturnType<typeof apiAs>>;

const CALLBACK = `query ($code: String!) { callbacks(first: 5, filter: { text: $code }) { edges { node {
  serialCode version visitors qualityEvaluation serviceEvaluation satisfaction suggestions } } } }`;

async function stored(api: Api, serialCode: string) {
  const data = await api<{ callbacks: { edges: { node: Record<string, unknown> }[] } }>(CALLBACK, { code: serialCode });
  return data.callbacks.edges.map((e) => e.node).find((n) => n.serialCode === serialCode)!;
}

/** The sheet filtered to planned callbacks (editable by a clerk), over all periods. */
async function plannedSheet(page: Page) {
  await page.selectOption('[data-testid=period-picker]', 'all');
  await page.getByLabel('仅待回访').check();
  await page.waitForFunction(() => {
    const rows = document.querySelectorAll('.ag-row .ag-cell[col-id="status"]');
    return rows.length > 3 && [...rows].every((r) => r.textContent === '待回访');
  });
}

const serialAt = async (page: Page, rowIndex: number) =>
  (await page.locator(`.ag-row[row-index="${rowIndex}"] .ag-cell[col-id="serialCode"]`).textContent())!.trim();

describe('a clerk works the 回访记录表 in the browser', () => {
  let browser: Browser;
  let api: Api;

  beforeAll(async () => {
    browser = await launchBrowser();
    api = await apiAs('zhangli');
  });
  afterAll(() => browser?.close());

  it('should save a typed cell and still show it after a reload', async () => {
    const { context, page } = await signIn(browser, 'zhangli');
    await plannedSheet(page);
    const serial = await serialAt(page, 0);
    await typeIntoCell(page, 0, 'suggestions', '希望提前电话告知上门时间');
    await page.waitForSelector('.ag-row[row-index="0"] .ag-cell[col-id="suggestions"].hf-saved');
    expect((await stored(api, serial)).suggestions).toBe('希望提前电话告知上门时间');

    await page.reload();
    await page.waitForSelector('.ag-row .ag-cell');
    await plannedSheet(page);
    const row = page.locator(`.ag-row .ag-cell[col-id="serialCode"]`, { hasText: serial });
    const rowIndex = await row.evaluate((el) => el.closest('.ag-row')!.getAttribute('row-index'));
    await expect(cell(page, Number(rowIndex), 'suggestions').textContent()).resolves.toBe('希望提前电话告知上门时间');
    await context.close();
  });

  it('should save a 3×4 block pasted from Excel in 12 cells, copy it back, fill down, and undo on the server with Ctrl+Z', async () => {
    const { context, page } = await signIn(browser, 'zhangli');
    await plannedSheet(page);
    const serials = [await serialAt(page, 0), await serialAt(page, 1), await serialAt(page, 2)];
    const before = await Promise.all(serials.map((s) => stored(api, s)));
    const block = [
      ['张丽', '维修质量良好', '服务及时', '满意'],
      ['张丽', '处理到位', '态度热情', '非常满意'],
      ['王芳', '效果满意', '沟通顺畅', '基本满意'],
    ];
    await cell(page, 0, 'visitors').click();
    await page.evaluate((text) => navigator.clipboard.writeText(text), block.map((r) => r.join('\t')).join('\r\n') + '\r\n');
    await page.keyboard.press('Control+V');
    await page.waitForFunction(() => document.querySelectorAll('.ag-row .ag-cell.hf-saved').length === 12);
    await expect(page.locator('.hf-count-saved').textContent()).resolves.toContain('12');
    await screenshot(page, '01-callbacks-after-paste');

    const after = await Promise.all(serials.map((s) => stored(api, s)));
    expect(after.map((r) => [r.visitors, r.qualityEvaluation, r.serviceEvaluation, r.satisfaction])).toEqual([
      ['张丽', '维修质量良好', '服务及时', 'SATISFIED'],
      ['张丽', '处理到位', '态度热情', 'VERY_SATISFIED'],
      ['王芳', '效果满意', '沟通顺畅', 'BASICALLY_SATISFIED'],
    ]);

    // the pasted block is still selected: Ctrl+C copies it back out as the same TSV
    await page.keyboard.press('Control+C');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(block.map((r) => r.join('\t')).join('\n'));

    // fill down: select 回访人 of the three rows with Shift+arrows, Ctrl+D copies the first into the others
    await cell(page, 0, 'visitors').click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Control+D');
    await eventually(async () => (await stored(api, serials[2])).visitors, '张丽');
    await expect(cell(page, 2, 'visitors').textContent()).resolves.toBe('张丽');

    // undo one action (the fill): only that cell goes back, on the server too
    await page.keyboard.press('Control+Z');
    await eventually(async () => (await stored(api, serials[2])).visitors, '王芳');
    await expect(cell(page, 2, 'visitors').textContent()).resolves.toBe('王芳');
    expect((await stored(api, serials[1])).visitors).toBe('张丽');

    // undo again: the whole paste goes back
    await page.keyboard.press('Control+Z');
    await eventually(async () => (await Promise.all(serials.map((s) => stored(api, s)))).map((r) => [r.visitors, r.satisfaction]), before.map((r) => [r.visitors, r.satisfaction]));
    await context.close();
  });

  it('should show both values when someone else changed the same cell, keep the one the clerk chooses, and refresh the other sheet', async () => {
    const first = await signIn(browser, 'zhangli');
    const second = await signIn(browser, 'wangfang', '?poll=2'); // this one refreshes rows every 2 s
    await plannedSheet(first.page);
    await plannedSheet(second.page);
    const serial = await serialAt(first.page, 2);
    expect(await serialAt(second.page, 2)).toBe(serial);

    const write = (page: Page, value: string) => typeIntoCell(page, 2, 'suggestions', value);
    await write(second.page, '王芳记录：业主希望周末上门');
    await second.page.waitForSelector('.ag-row[row-index="2"] .ag-cell[col-id="suggestions"].hf-saved');

    await write(first.page, '张丽记录：业主希望晚上联系');
    const dialog = first.page.getByRole('dialog');
    await dialog.waitFor();
    await expect(dialog.locator('.hf-mine').textContent()).resolves.toBe('张丽记录：业主希望晚上联系');
    await expect(dialog.locator('.hf-theirs').textContent()).resolves.toBe('王芳记录：业主希望周末上门');
    expect((await stored(api, serial)).suggestions).toBe('王芳记录：业主希望周末上门');
    await screenshot(first.page, '02-callbacks-conflict');

    await dialog.getByRole('button', { name: '保留我的修改' }).click();
    await eventually(async () => (await stored(api, serial)).suggestions, '张丽记录：业主希望晚上联系');
    await first.page.waitForSelector('.ag-row[row-index="2"] .ag-cell[col-id="suggestions"].hf-saved');
    // the other clerk's sheet shows the row as it is now without a reload
    await second.page.waitForFunction(
      () => document.querySelector('.ag-row[row-index="2"] .ag-cell[col-id="suggestions"]')?.textContent === '张丽记录：业主希望晚上联系',
    );
    await first.context.close();
    await second.context.close();
  });
});
