import type { Browser, Page } from 'playwright-core';
import { apiAs, cell, eventually, launchBrowser, screenshot, signIn } from './helpers/browser';

// Issue 13's on-screen items of 《业主回访记录表》 in Chromium: what a clerk hits in a working day. Each test adds the
// callbacks it works on (addCallback), so the demo rows other browser tests use stay as they were.

type Api = Awaited<ReturnType<typeof apiAs>>;

const CALLBACK = `query ($code: String!) { callbacks(first: 5, filter: { text: $code }) { edges { node {
  serialCode version status visitors suggestions qualityEvaluation satisfaction shortcomings performedAt attemptCount nextAttemptAt handlingOpinion followUp } } } }`;

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

/**
 * A planned callback of its own for a test: a completed repair of this quarter added by hand (addCallback), its window
 * open from today. Returns its serial code.
 */
async function freshCallback(api: Api, input: Record<string, unknown> = {}): Promise<string> {
  const tickets = await api<{ tickets: { edges: { node: { id: string } }[] } }>(
    `query ($period: String) { tickets(first: 100, filter: { statuses: [COMPLETED], kinds: [REPAIR], period: $period }) { edges { node { id } } } }`,
    { period: currentQuarter() },
  );
  const ticket = tickets.tickets.edges[usedTickets++ % tickets.tickets.edges.length]!.node;
  const added = await api<{ addCallback: { callback: { serialCode: string } | null; userErrors: unknown[] } }>(
    `mutation ($input: AddCallbackInput!) { addCallback(input: $input) { callback { serialCode } userErrors { field code message } } }`,
    { input: { ticketId: ticket.id, ...input } },
  );
  if (!added.addCallback.callback) throw new Error(JSON.stringify(added.addCallback.userErrors));
  return added.addCallback.callback.serialCode;
}
let usedTickets = 0;

function currentQuarter(): string {
  const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date()).split('-').map(Number);
  return `${y}Q${Math.ceil(m / 3)}`;
}

/** The displayed index of a callback's row (found by its 编码 in the pinned column). */
async function rowOf(page: Page, serial: string): Promise<number> {
  const code = page.locator('.ag-row .ag-cell[col-id="serialCode"]', { hasText: serial });
  await code.waitFor();
  return Number(await code.evaluate((el) => el.closest('.ag-row')!.getAttribute('row-index')));
}

/** now in 北京时间 as a clerk types it, a minute ago */
function justNow(): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(Date.now() - 60_000));
  const p = Object.fromEntries(parts.map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

async function pasteAt(page: Page, rowIndex: number, colId: string, rows: string[][]) {
  await cell(page, rowIndex, colId).click();
  await page.evaluate((text) => navigator.clipboard.writeText(text), rows.map((r) => r.join('\t')).join('\r\n') + '\r\n');
  await page.keyboard.press('Control+V');
}

const statusBar = (page: Page) => page.locator('[data-testid=save-status]').textContent();

describe('《业主回访记录表》 never fights the clerk (issue 13)', () => {
  let browser: Browser;
  let api: Api;

  beforeAll(async () => {
    browser = await launchBrowser();
    api = await apiAs('zhangli');
  });
  afterAll(() => browser?.close());

  it('should end a refused undo of a finished record in red cells and one message, nothing left saving', async () => {
    const serial = await freshCallback(api);
    const { context, page } = await signIn(browser, 'zhangli');
    await plannedSheet(page);
    const rowIndex = await rowOf(page, serial);
    // a complete record from 回访方式 to 业主确认: the row becomes 已回访
    const record = ['电话', justNow(), '张丽', '维修质量良好', '服务及时', '满意', '9', '', '无', '合格', '电话确认'];
    await pasteAt(page, rowIndex, 'methods', [record]);
    await eventually(async () => (await stored(api, serial)).status, 'DONE');
    await page.waitForFunction(() => document.querySelectorAll('.ag-cell.hf-saving').length === 0);

    await page.keyboard.press('Control+Z');
    const notice = page.getByTestId('grid-notice');
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toMatch(new RegExp(`^无法撤销，1 行保持原样：${serial}.*回访记录须填写此栏`));
    await page.waitForFunction(() => document.querySelectorAll('.ag-cell.hf-saving').length === 0);
    // every cell of the undo is red: the four the server named and the others of the refused row
    await expect(page.locator(`.ag-row[row-index="${rowIndex}"] .ag-cell.hf-error`).count()).resolves.toBe(10);
    await expect(statusBar(page)).resolves.toMatch(/错误 10$/);
    await expect(statusBar(page)).resolves.not.toContain('保存中');
    expect((await stored(api, serial)).status).toBe('DONE');
    await screenshot(page, '20-callbacks-undo-refused');
    await context.close();
  });

  it('should start editing a selected cell when Chinese is typed through an input method, not lose the text', async () => {
    const serial = await freshCallback(api);
    const { context, page } = await signIn(browser, 'zhangli');
    await plannedSheet(page);
    const rowIndex = await rowOf(page, serial);

    // the composition events an input method sends to the focused cell (the editor is not open yet)
    await cell(page, rowIndex, 'suggestions').click();
    await page.evaluate(() => {
      const target = document.activeElement!;
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Process', keyCode: 229, bubbles: true } as KeyboardEventInit));
      target.dispatchEvent(new CompositionEvent('compositionstart', { data: '', bubbles: true }));
      target.dispatchEvent(new CompositionEvent('compositionupdate', { data: 'xiwang', bubbles: true }));
      target.dispatchEvent(new CompositionEvent('compositionend', { data: '希望周末上门', bubbles: true }));
    });
    const editor = page.locator('.ag-cell-inline-editing input');
    await editor.waitFor();
    await expect(editor.inputValue()).resolves.toBe('希望周末上门');
    await page.keyboard.press('Enter');
    await eventually(async () => (await stored(api, serial)).suggestions, '希望周末上门');
    await expect(cell(page, rowIndex, 'suggestions').textContent()).resolves.toBe('希望周末上门');

    // Chromium's own input method path: the IME's first key opens the editor, the composition is committed into it
    await cell(page, rowIndex, 'qualityEvaluation').click();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Process', code: 'KeyH', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    await editor.waitFor();
    await cdp.send('Input.imeSetComposition', { text: 'hao', selectionStart: 3, selectionEnd: 3 });
    await cdp.send('Input.insertText', { text: '良好' });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Process', code: 'KeyH', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    await expect(editor.inputValue()).resolves.toBe('良好');
    await page.keyboard.press('Enter');
    await eventually(async () => (await stored(api, serial)).qualityEvaluation, '良好');
    await expect(cell(page, rowIndex, 'qualityEvaluation').textContent()).resolves.toBe('良好');
    await context.close();
  });

  it('should count the rows a column filter shows against all rows', async () => {
    const { context, page } = await signIn(browser, 'zhangli');
    await page.selectOption('[data-testid=period-picker]', 'all');
    await page.waitForFunction(() => /^共 [1-9]\d* 行/.test(document.querySelector('[data-testid=save-status]')?.textContent ?? ''));
    const total = Number((await statusBar(page))!.match(/共 (\d+) 行/)![1]);
    await page.locator('.ag-header-cell[col-id="status"] .ag-header-cell-filter-button').click();
    await page.locator('.ag-filter input').first().waitFor(); // the filter opens with its text box focused
    await page.keyboard.type('待回访');
    await page.waitForFunction(() => /^筛选 \d+ \/ 共 \d+ 行/.test(document.querySelector('[data-testid=save-status]')?.textContent ?? ''));
    const [, filtered, all] = (await statusBar(page))!.match(/^筛选 (\d+) \/ 共 (\d+) 行/)!.map(Number);
    expect(all).toBe(total);
    expect(filtered).toBeLessThan(total);
    // the rows shown are the ones counted (a dozen: all drawn), once AG Grid's row animation has ended
    await page.waitForFunction((count) => {
      const cells = [...document.querySelectorAll('.ag-row .ag-cell[col-id="status"]')];
      return cells.length === count && cells.every((c) => c.textContent === '待回访');
    }, filtered);
    await screenshot(page, '21-callbacks-filtered-count');
    await context.close();
  });

  it('should record 无人接听 then 约定稍后 on the same row without a false conflict, ask for the agreed time and show the attempts in the row', async () => {
    const serial = await freshCallback(api);
    const { context, page } = await signIn(browser, 'zhangli');
    await plannedSheet(page);
    const rowIndex = await rowOf(page, serial);
    await cell(page, rowIndex, 'summary').click();
    await page.getByRole('button', { name: '无人接听' }).click();
    await page.waitForFunction((code) => document.querySelector('[data-testid=attempt-message]')?.textContent === `${code} · 已尝试 1 次`, serial);
    await expect(cell(page, rowIndex, 'attemptCount').textContent()).resolves.toBe('1');

    // 约定稍后 asks when the owner wants to be called
    await page.getByRole('button', { name: '约定稍后' }).click();
    const picker = page.getByTestId('call-later-at');
    await picker.waitFor();
    const tomorrow = new Date(Date.now() + 24 * 3600_000);
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(tomorrow);
    await picker.fill(`${day}T14:30`);
    await screenshot(page, '22-callbacks-call-later');
    await page.getByTestId('call-later-form').getByRole('button', { name: '确定' }).click();
    await page.waitForFunction(
      ({ code, at }) => document.querySelector('[data-testid=attempt-message]')?.textContent === `${code} · 已尝试 2 次 · 约定 ${at}`,
      { code: serial, at: `${day} 14:30` },
    );
    await expect(cell(page, rowIndex, 'attemptCount').textContent()).resolves.toBe(`2 · 约 ${day} 14:30`);
    const row = await stored(api, serial);
    expect(row).toMatchObject({ status: 'PLANNED', attemptCount: 2 });
    expect(new Date(String(row.nextAttemptAt)).toISOString()).toBe(new Date(`${day}T14:30:00+08:00`).toISOString());
    await context.close();
  });

  it('should complete a ticket once with 处理完毕 and then disable the button, without a false conflict', async () => {
    const projectId = (await api<{ me: { projects: { id: string; code: string }[] } }>('{ me { projects { id code } } }')).me.projects.find((p) => p.code === 'A01')!.id;
    const created = await api<{ createTicket: { ticket: { number: string } } }>(
      `mutation ($i: CreateTicketInput!) { createTicket(input: $i) { ticket { number } } }`,
      { i: { projectId, kind: 'HELP', ownerName: '钱多多', unit: '9-1-0901', phone: '13912340000', channel: 'PHONE', summary: '求助：楼道灯不亮', handler: '张丽', handlingResult: '已更换灯泡' } },
    );
    const number = created.createTicket.ticket.number;
    const { context, page } = await signIn(browser, 'zhangli');
    await page.getByRole('button', { name: '工单登记' }).click();
    await page.getByPlaceholder('搜索编号/业主/房号/摘要').fill(number);
    const code = page.locator('.ag-row .ag-cell[col-id="number"]', { hasText: number });
    await code.waitFor();
    const rowIndex = Number(await code.evaluate((el) => el.closest('.ag-row')!.getAttribute('row-index')));
    await cell(page, rowIndex, 'summary').click();
    const complete = page.getByRole('button', { name: '处理完毕' });
    await expect(complete.isEnabled()).resolves.toBe(true);
    await complete.click();
    await page.waitForFunction((n) => {
      const row = [...document.querySelectorAll('.ag-row')].find((r) => r.querySelector('[col-id="number"]')?.textContent === n);
      return row?.querySelector('[col-id="status"]')?.textContent === '已完成';
    }, number);
    await expect(complete.isDisabled()).resolves.toBe(true);
    await expect(page.locator('[data-testid=ticket-message]', { hasText: '已被他人修改' }).count()).resolves.toBe(0);
    await context.close();
  });
});
