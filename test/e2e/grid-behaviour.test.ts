import type { Browser, Page } from 'playwright-core';
import { apiAs, cell, eventually, justNow, launchBrowser, onlyRow, screenshot, signIn, typeIntoCell } from './helpers/browser';

// Issue 13's on-screen items of 《业主回访记录表》 in Chromium: what a clerk hits in a working day. Each test adds the
// callbacks it works on (addCallback), so the demo rows other browser tests use stay as they were.

type Api = Awaited<ReturnType<typeof apiAs>>;

const CALLBACK = `query ($code: String!) { callbacks(first: 5, filter: { text: $code }) { edges { node {
  id serialCode version status visitors suggestions qualityEvaluation satisfaction shortcomings performedAt attemptCount nextAttemptAt handlingOpinion followUp } } } }`;

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

/** the message under the grid (the focused cell's), once the grid has shown it */
const messageIs = (page: Page, text: string) =>
  page.waitForFunction((expected) => document.querySelector('[data-testid=cell-message]')?.textContent === expected, text);

const hasClass = async (page: Page, rowIndex: number, colId: string, name: string) =>
  (await cell(page, rowIndex, colId).getAttribute('class'))!.split(' ').includes(name);

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

    // 工单登记 has a search box above the grid: the composition goes into the cell, not there (Esc: nothing saved)
    await page.getByRole('button', { name: '工单登记' }).click();
    await page.waitForSelector('.ag-row .ag-cell[col-id="summary"]');
    await cell(page, 0, 'summary').click();
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Process', code: 'KeyX', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    await editor.waitFor();
    await cdp.send('Input.insertText', { text: '厨房' });
    await expect(editor.inputValue()).resolves.toBe('厨房');
    await expect(page.getByPlaceholder('搜索编号/业主/房号/摘要').inputValue()).resolves.toBe('');
    await page.keyboard.press('Escape');
    await expect(page.locator('.ag-cell-inline-editing').count()).resolves.toBe(0);
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
    // the button follows the focused row after React renders: wait for it rather than read it at once
    await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent === '处理完毕' && !b.disabled));
    await complete.click();
    await page.waitForFunction((n) => {
      const row = [...document.querySelectorAll('.ag-row')].find((r) => r.querySelector('[col-id="number"]')?.textContent === n);
      return row?.querySelector('[col-id="status"]')?.textContent === '已完成';
    }, number);
    await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent === '处理完毕' && b.disabled));
    await expect(complete.isDisabled()).resolves.toBe(true);
    await expect(page.locator('[data-testid=ticket-message]', { hasText: '已被他人修改' }).count()).resolves.toBe(0);
    await context.close();
  });

  it('should take 不满意 before 缺点与不足, mark the comment cell red until it is given, offer the common reasons, and record it done then', async () => {
    const serial = await freshCallback(api);
    const { context, page } = await signIn(browser, 'zhangli');
    await plannedSheet(page);
    const rowIndex = await rowOf(page, serial);
    // the paper form's order: 满意程度 不满意 and the result before the comment
    await pasteAt(page, rowIndex, 'methods', [['电话', justNow(), '张丽', '维修不彻底', '一般', '不满意', '4']]);
    await pasteAt(page, rowIndex, 'result', [['不合格']]);
    await eventually(async () => (await stored(api, serial)).satisfaction, 'UNSATISFIED');
    await page.waitForFunction(() => document.querySelectorAll('.ag-cell.hf-saving').length === 0);
    expect((await stored(api, serial)).status).toBe('PLANNED');
    await expect(cell(page, rowIndex, 'satisfaction').textContent()).resolves.toBe('不满意');
    await page.waitForFunction((i) => document.querySelector(`.ag-row[row-index="${i}"] .ag-cell[col-id="shortcomings"]`)?.classList.contains('hf-gap'), rowIndex);
    await expect(hasClass(page, rowIndex, 'satisfaction', 'hf-error')).resolves.toBe(false);
    await cell(page, rowIndex, 'shortcomings').click();
    await messageIs(page, '不满意须填写缺点与不足（填写前本条不算已回访）');
    await screenshot(page, '23-callbacks-unsatisfied-gap');

    await page.keyboard.press('F2');
    const picker = page.getByTestId('suggestion-editor');
    await picker.waitFor();
    await picker.getByRole('button', { name: '问题未彻底解决' }).click();
    await picker.getByRole('button', { name: '未按约定时间上门' }).click();
    await expect(picker.locator('input').inputValue()).resolves.toBe('问题未彻底解决、未按约定时间上门');
    await screenshot(page, '24-callbacks-shortcomings-picker');
    await page.keyboard.press('Enter');
    await eventually(async () => [(await stored(api, serial)).status, (await stored(api, serial)).shortcomings], ['DONE', '问题未彻底解决、未按约定时间上门']);
    await page.waitForFunction((i) => !document.querySelector(`.ag-row[row-index="${i}"] .ag-cell[col-id="shortcomings"]`)?.classList.contains('hf-gap'), rowIndex);
    await context.close();
  });

  it('should warn in the cell of a record before its window opens, and of a record of another clerk\'s callback', async () => {
    const inThreeWeeks = new Date(Date.now() + 21 * 86_400_000);
    const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
    const early = await freshCallback(api, { windowFrom: day(inThreeWeeks), windowTo: day(new Date(inThreeWeeks.getTime() + 14 * 86_400_000)) });
    const hers = await freshCallback(api); // 张丽's
    const { context, page } = await signIn(browser, 'wangfang');
    await plannedSheet(page);

    const earlyRow = await rowOf(page, early);
    await pasteAt(page, earlyRow, 'methods', [['电话', justNow(), '王芳', '良好', '及时', '满意', '9']]);
    await pasteAt(page, earlyRow, 'result', [['合格']]);
    await eventually(async () => (await stored(api, early)).status, 'DONE');
    await page.waitForFunction((i) => document.querySelector(`.ag-row[row-index="${i}"] .ag-cell[col-id="performedAt"]`)?.classList.contains('hf-warned'), earlyRow);
    await cell(page, earlyRow, 'performedAt').click();
    await messageIs(page, `早于回访期限（${day(inThreeWeeks)} 起）：不计入时效内完成`);
    // 张丽's callback recorded by 王芳: accepted, and the visitors cell says whose it is
    await expect(hasClass(page, earlyRow, 'visitors', 'hf-warned')).resolves.toBe(true);

    const hersRow = await rowOf(page, hers);
    await typeIntoCell(page, hersRow, 'suggestions', '希望晚上联系');
    await eventually(async () => (await stored(api, hers)).suggestions, '希望晚上联系');
    await page.waitForFunction((i) => document.querySelector(`.ag-row[row-index="${i}"] .ag-cell[col-id="visitors"]`)?.classList.contains('hf-warned'), hersRow);
    await cell(page, hersRow, 'visitors').click();
    await messageIs(page, '此回访分配给 张丽，不是本人');
    await screenshot(page, '25-callbacks-warnings');
    await context.close();
  });

  it("should keep an escalation open while the project manager writes 处理意见 then 跟进情况 in the grid, and close it on 关闭回访", async () => {
    const serial = await freshCallback(api);
    const { id } = await stored(api, serial) as { id: string };
    const recorded = await api<{ recordCallbackResult: { callback: { version: number } } }>(
      `mutation ($i: RecordCallbackResultInput!) { recordCallbackResult(input: $i) { callback { version } userErrors { message } } }`,
      { i: { id, version: (await stored(api, serial)).version, methods: ['PHONE'], performedAt: new Date(Date.now() - 60_000).toISOString(), satisfaction: 'UNSATISFIED', shortcomings: '处理不及时', result: 'UNQUALIFIED' } },
    );
    const supervisor = await apiAs('liqiang');
    await supervisor(`mutation ($i: CallbackActionInput!) { reviewCallback(input: $i) { userErrors { message } } }`, { i: { id, version: recorded.recordCallbackResult.callback.version, opinion: '回访不合格，上报项目经理' } });
    expect((await stored(api, serial)).status).toBe('ESCALATED');

    const { context, page } = await signIn(browser, 'chenjie');
    await page.selectOption('[data-testid=period-picker]', currentQuarter()); // 全部期间 would be over the 500 rows a page holds once other tests have added theirs;
    const rowIndex = await onlyRow(page, serial);
    await typeIntoCell(page, rowIndex, 'handlingOpinion', '责成工程部三日内返修');
    await eventually(async () => (await stored(api, serial)).handlingOpinion, '责成工程部三日内返修');
    expect((await stored(api, serial)).status).toBe('ESCALATED');
    // the follow-up to its right is still his to write
    await expect(hasClass(page, rowIndex, 'followUp', 'hf-readonly')).resolves.toBe(false);
    await typeIntoCell(page, rowIndex, 'followUp', '已返修，业主确认满意');
    await eventually(async () => (await stored(api, serial)).followUp, '已返修，业主确认满意');
    await cell(page, rowIndex, 'followUp').click();
    await screenshot(page, '26-callbacks-handling-before-close');
    await page.getByRole('button', { name: '关闭回访' }).click();
    await eventually(async () => (await stored(api, serial)).status, 'CLOSED');
    await page.waitForFunction((i) => document.querySelector(`.ag-row[row-index="${i}"] .ag-cell[col-id="status"]`)?.textContent === '已关闭', rowIndex);
    await expect(hasClass(page, rowIndex, 'followUp', 'hf-readonly')).resolves.toBe(true);
    await context.close();
  });
});
