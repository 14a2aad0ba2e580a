import { addDays, periodOf, StatisticsPeriod, toLocalDate } from '@hf/shared';
import type { Browser, Page } from 'playwright-core';
import { apiAs, appUrl, launchBrowser, screenshot, signIn } from './helpers/browser';

/** The scripts a page downloads: their file names, the bytes on the wire and how they were encoded. */
function scriptLog(page: Page) {
  const scripts: { name: string; encoding: string | undefined; bytes: number }[] = [];
  page.on('requestfinished', (request) => {
    void (async () => {
      if (!request.url().endsWith('.js')) return;
      const response = await request.response();
      const sizes = await request.sizes();
      scripts.push({ name: new URL(request.url()).pathname.split('/').pop()!, encoding: response?.headers()['content-encoding'], bytes: sizes.responseBodySize });
    })();
  });
  return scripts;
}

describe('the screens beside the grid (issue 13)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('should load AG Grid only with a grid sheet, each sheet as its own compressed script', async () => {
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const scripts = scriptLog(page);
    // the sign-in page, then straight to 季度统计 (no grid on either)
    await page.goto(`${appUrl()}/?poll=0#/statistics`);
    await page.fill('input[name=username]', 'liqiang');
    await page.fill('input[name=password]', 'demo1234');
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-testid=kind-table] .hf-total');
    const withoutGrid = scripts.map((s) => s.name);
    expect(withoutGrid.some((name) => name.startsWith('StatisticsSheet-'))).toBe(true);
    expect(withoutGrid.some((name) => name.startsWith('ag-grid-'))).toBe(false);
    expect(withoutGrid.some((name) => name.startsWith('CallbackSheet-'))).toBe(false);

    await page.getByRole('button', { name: '回访记录表' }).click();
    await page.waitForSelector('.ag-row .ag-cell');
    const names = scripts.map((s) => s.name);
    expect(names.some((name) => name.startsWith('CallbackSheet-'))).toBe(true);
    expect(names.filter((name) => name.startsWith('ag-grid-'))).toHaveLength(1);
    // every script of a size worth compressing comes brotli-compressed, and the first screen is a fraction of the whole
    expect(scripts.filter((s) => s.bytes > 1024 && s.encoding !== 'br')).toEqual([]);
    const firstScreen = scripts.filter((s) => withoutGrid.includes(s.name)).reduce((sum, s) => sum + s.bytes, 0);
    const all = scripts.reduce((sum, s) => sum + s.bytes, 0);
    expect(firstScreen).toBeLessThan(all / 2);
    await context.close();
  });

  it('should ask before archiving, naming the project and period, and never archive under 全部期间', async () => {
    const { context, page } = await signIn(browser, 'liqiang');
    await page.selectOption('[data-testid=period-picker]', 'all');
    await page.getByRole('button', { name: '季度统计' }).click();
    await page.waitForSelector('[data-testid=kind-table] .hf-total');
    const current = (await page.locator('[data-testid=period-picker] option').first().getAttribute('value'))!;
    await expect(page.locator('[data-testid=period-notice]').textContent()).resolves.toContain(`显示当前期间 ${current}`);
    await expect(page.locator('.hf-sheet-bar strong').textContent()).resolves.toContain(current);
    await expect(page.getByRole('button', { name: '存档本期' }).isDisabled()).resolves.toBe(true);
    await expect(page.locator('[data-testid=archive-blocked]').textContent()).resolves.toContain('全部期间');
    await screenshot(page, '30-statistics-all-periods');

    // the previous quarter has ended: the button asks first, and 取消 archives nothing
    const previous = (await page.locator('[data-testid=period-picker] option').nth(1).getAttribute('value'))!;
    await page.selectOption('[data-testid=period-picker]', previous);
    await page.waitForFunction((p) => document.querySelector('.hf-sheet-bar strong')?.textContent?.includes(p), previous);
    await page.waitForSelector('[data-testid=archive-status]');
    await expect(page.locator('[data-testid=period-notice]').count()).resolves.toBe(0);
    await page.getByRole('button', { name: '存档本期' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('h2').textContent()).resolves.toBe(`存档 A01 阳光花园 ${previous}？`);
    await expect(dialog.textContent()).resolves.toMatch(/只读.*不能撤销/);
    await screenshot(page, '31-statistics-archive-confirm');
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    const api = await apiAs('liqiang');
    const { me } = await api<{ me: { projects: { id: string; code: string }[] } }>('{ me { projects { id code } } }');
    const a01 = me.projects.find((p) => p.code === 'A01')!.id;
    const status = await api<{ archiveStatus: { archived: boolean } }>('query ($p: ID!, $q: String) { archiveStatus(projectId: $p, period: $q) { archived } }', { p: a01, q: previous });
    expect(status.archiveStatus.archived).toBe(false);

    // 导出 under 全部期间 says which period it exports, and that a period not archived gives a draft
    await page.selectOption('[data-testid=period-picker]', 'all');
    await page.getByRole('button', { name: '导出' }).click();
    await page.waitForSelector('[data-testid=export] [data-testid=export-draft-status]');
    await expect(page.locator('[data-testid=period-notice]').textContent()).resolves.toContain(`导出当前期间 ${current}`);
    await expect(page.locator('[data-testid=export-draft-status]').textContent()).resolves.toContain('未存档（草稿）');
    await context.close();
  });

  it('should show every figure of 统计汇总 on the statistics screen, under the same headers', async () => {
    const { context, page } = await signIn(browser, 'zhangli');
    await page.getByRole('button', { name: '季度统计' }).click();
    await page.waitForSelector('[data-testid=kind-table] .hf-total');
    const headers = await page.locator('[data-testid=kind-table] thead th').allTextContents();
    expect(headers).toEqual(['类别', '完成工单数', '应回访数', '已安排回访', '已回访数', '目标回访率', '实际回访率', '是否达标', '时效内完成', '逾期未回访', '无法联系']);
    const api = await apiAs('zhangli');
    const { me } = await api<{ me: { projects: { id: string; code: string }[] } }>('{ me { projects { id code } } }');
    const period = (await page.locator('[data-testid=period-picker]').inputValue());
    const stats = await api<{ quarterlyStatistics: { totals: { callbacksPlanned: number; unreachable: number } } }>(
      'query ($p: ID!, $q: String) { quarterlyStatistics(projectId: $p, period: $q) { totals { callbacksPlanned unreachable } } }',
      { p: me.projects.find((p) => p.code === 'A01')!.id, q: period },
    );
    const total = await page.locator('[data-testid=kind-table] .hf-total td').allTextContents();
    expect(total[3]).toBe(String(stats.quarterlyStatistics.totals.callbacksPlanned));
    expect(total[10]).toBe(String(stats.quarterlyStatistics.totals.unreachable));
    await context.close();
  });

  it('should tell an auditor in the app why a workbook cannot be downloaded, in the chosen language', async () => {
    // a supervisor's workbook shows residents in the clear: not for the auditor, who exports a masked one
    const supervisor = await apiAs('liqiang');
    const { me } = await supervisor<{ me: { projects: { id: string; code: string }[] } }>('{ me { projects { id code } } }');
    const a01 = me.projects.find((p) => p.code === 'A01')!.id;
    const exported = await supervisor<{ exportQuarterlyWorkbook: { workbook: { number: string } } }>(
      'mutation ($p: ID!, $q: String!) { exportQuarterlyWorkbook(input: { projectId: $p, period: $q }) { workbook { number } userErrors { message } } }',
      { p: a01, q: periodOf(toLocalDate(new Date()), StatisticsPeriod.QUARTER) },
    );
    const number = exported.exportQuarterlyWorkbook.workbook.number;

    const { context, page } = await signIn(browser, 'auditor');
    await page.selectOption('[data-testid=project-picker]', { label: 'A01 阳光花园' });
    await page.getByRole('button', { name: '导出' }).click();
    const row = page.locator('[data-testid=export-register] tr', { hasText: number });
    await row.waitFor();
    await expect(row.locator('td').nth(2).textContent()).resolves.toBe('未存档（草稿）');
    await expect(row.textContent()).resolves.toContain('业主回访记录表');
    const before = page.url();
    await row.getByRole('link', { name: '下载' }).click();
    const message = page.locator('[data-testid=download-message]');
    // 正在下载… first, then the server's answer
    await page.waitForFunction(() => document.querySelector('[data-testid=download-message]')?.textContent?.startsWith('不能下载'));
    await expect(message.textContent()).resolves.toBe(`不能下载 ${number}：该工作簿含住户个人信息，请自行导出`);
    expect(page.url()).toBe(before);
    await screenshot(page, '32-export-download-refused');

    await page.getByRole('button', { name: 'English' }).click();
    await expect(row.locator('td').nth(2).textContent()).resolves.toBe('Draft (not archived)');
    await expect(row.textContent()).resolves.toContain('Callback records');
    await row.getByRole('link', { name: 'Download' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid=download-message]')?.textContent?.startsWith('Cannot download'));
    await expect(message.textContent()).resolves.toBe(`Cannot download ${number}: this workbook holds residents' data; export your own`);
    await screenshot(page, '33-export-download-refused-english');
    await page.getByRole('button', { name: '中文' }).click();
    await context.close();
  });

  it('should read in English on the sign-in page and the statistics, chart labels whole', async () => {
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 }, locale: 'en' });
    const page = await context.newPage();
    await page.goto(`${appUrl()}/?poll=0#/statistics`);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('.hf-login h1 small').textContent()).resolves.toBe('Property management customer-service centre');
    await page.fill('input[name=username]', 'zhangli');
    await page.fill('input[name=password]', 'wrong-password');
    await page.click('button[type=submit]');
    await expect(page.getByRole('alert').textContent()).resolves.toBe('wrong username or password');
    await screenshot(page, '34-login-english');
    await page.fill('input[name=password]', 'demo1234');
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-testid=kind-table] .hf-total');
    const headers = await page.locator('[data-testid=kind-table] thead th').allTextContents();
    expect(headers).toContain('Callbacks planned');
    expect(headers).toContain('Unreachable');
    expect(headers.join('').match(/[\u4e00-\u9fff]/)).toBeNull();
    // every chart label lies inside its chart
    const outside = await page.evaluate(() => [...document.querySelectorAll('.hf-chart')].flatMap((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('text')].filter((t) => {
        const r = t.getBoundingClientRect();
        return r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5);
      }).map((t) => t.textContent);
    }));
    expect(outside).toEqual([]);
    await expect(page.locator('.hf-chart text', { hasText: 'Basically satisfied' }).count()).resolves.toBeGreaterThan(0);
    await screenshot(page, '35-statistics-english');
    await context.close();
  });

  it('should register a ticket taken on paper with its received time, handler and result, and highlight the new row', async () => {
    const { context, page } = await signIn(browser, 'wangfang');
    await page.selectOption('[data-testid=period-picker]', 'all');
    await page.getByRole('button', { name: '工单登记' }).click();
    await page.waitForSelector('.ag-row .ag-cell[col-id="summary"]');
    // every header is shown whole
    const cut = await page.evaluate(() => [...document.querySelectorAll('.ag-header-cell-text')]
      .filter((h) => h.scrollWidth > h.clientWidth + 1).map((h) => h.textContent));
    expect(cut).toEqual([]);

    await page.getByRole('button', { name: '登记工单' }).click();
    const form = page.getByRole('form', { name: '登记工单' });
    const received = form.getByLabel('受理时间');
    await expect(received.inputValue()).resolves.toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    const yesterday = new Date(Date.now() - 24 * 3600_000 + 8 * 3600_000).toISOString().slice(0, 10); // 北京时间
    await received.fill(`${yesterday}T09:30`);
    await form.getByLabel('业主/住户').fill('纸质单');
    await form.getByLabel('房号').fill('7-2-0702');
    await form.getByLabel('类别').fill('水管漏水');
    await form.getByLabel('内容摘要').fill('卫生间水管滴水（纸质登记补录）');
    await form.getByLabel('处理人').fill('李师傅');
    await form.getByLabel('处理结果').fill('已更换水管接头');
    await screenshot(page, '36-new-ticket-form');
    await form.getByRole('button', { name: '登记' }).click();
    const message = page.locator('[data-testid=ticket-message]');
    await message.waitFor();
    const number = (await message.textContent())!.replace('已登记 ', '');
    expect(number).toMatch(/^A01-\d{8}-\d{3}$/);
    const row = page.locator('.ag-row.hf-row-new', { has: page.locator('.ag-cell[col-id="number"]', { hasText: number }) });
    await row.first().waitFor();
    await expect(page.locator('.ag-cell-focus').first().evaluate((el) => el.closest('.ag-row')?.classList.contains('hf-row-new'))).resolves.toBe(true);
    await screenshot(page, '37-new-ticket-highlighted');

    const api = await apiAs('wangfang');
    const found = await api<{ tickets: { edges: { node: { number: string; receivedAt: string; handler: string; handlingResult: string } }[] } }>(
      'query ($t: String) { tickets(first: 5, filter: { text: $t }) { edges { node { number receivedAt handler handlingResult } } } }', { t: number },
    );
    const ticket = found.tickets.edges.map((e) => e.node).find((n) => n.number === number)!;
    expect(new Date(ticket.receivedAt).toISOString()).toBe(new Date(`${yesterday}T09:30:00+08:00`).toISOString());
    expect(ticket).toMatchObject({ handler: '李师傅', handlingResult: '已更换水管接头' });
    await context.close();
  });

  it('should say why a completed repair gets no callback and let the clerk add one by hand', async () => {
    // two repairs completed in the browser: one of them is passed over by the 30 % sampling of the quarter
    const api = await apiAs('zhangli');
    const { me } = await api<{ me: { projects: { id: string; code: string }[] } }>('{ me { projects { id code } } }');
    const a01 = me.projects.find((p) => p.code === 'A01')!.id;
    const numbers: string[] = [];
    for (const unit of ['4-1-0401', '4-1-0402', '4-1-0403']) {
      const made = await api<{ createTicket: { ticket: { number: string } } }>(
        'mutation ($i: CreateTicketInput!) { createTicket(input: $i) { ticket { number } } }',
        { i: { projectId: a01, kind: 'REPAIR', ownerName: `抽样${unit.slice(-1)}`, unit, channel: 'PHONE', category: '灯具更换', summary: '楼道灯不亮', receivedAt: new Date(Date.now() - 5 * 3_600_000).toISOString() } },
      );
      numbers.push(made.createTicket.ticket.number);
    }
    const { context, page } = await signIn(browser, 'zhangli');
    await page.getByRole('button', { name: '工单登记' }).click();
    await page.waitForSelector('.ag-row .ag-cell[col-id="number"]');
    let message = '';
    for (const number of numbers) {
      await page.fill('input[type=search]', number);
      const cellOf = page.locator('.ag-row .ag-cell[col-id="number"]', { hasText: number });
      await cellOf.waitFor();
      await page.waitForFunction(() => document.querySelectorAll('.ag-row .ag-cell[col-id="number"]').length === 1);
      await cellOf.click();
      await page.getByRole('button', { name: '处理完毕' }).click();
      const form = page.locator('[data-testid=complete-ticket-form]');
      await form.getByLabel('处理结果').fill('已更换灯泡');
      await form.getByRole('button', { name: '确认处理完毕' }).click();
      await form.waitFor({ state: 'detached' });
      message = (await page.locator('[data-testid=ticket-message]').textContent())!;
      if (message.includes('未抽中回访')) break;
    }
    expect(message).toMatch(/^A01-\d{8}-\d{3} 已处理完毕；未抽中回访（维修 30%，本季度已选 \d+\/\d+）$/);
    await screenshot(page, '38-ticket-not-sampled');
    await page.getByRole('button', { name: '手动加入回访' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid=ticket-message]')?.textContent?.startsWith('已加入回访'));
    await expect(page.locator('[data-testid=ticket-message]').textContent()).resolves.toMatch(/^已加入回访 HF-A01-\d{4}-\d{6}（\d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2}）$/);
    await expect(page.getByRole('button', { name: '手动加入回访' }).count()).resolves.toBe(0);

    // a unit outside the project's format is refused on the form's field, in the chosen language
    await page.fill('input[type=search]', '');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'New ticket' }).click();
    const form = page.getByRole('form', { name: 'New ticket' });
    await form.getByLabel('Owner').fill('格式');
    await form.getByLabel('Unit').fill('3栋2单元1502');
    await form.getByLabel('Category').fill('水管漏水');
    await form.getByLabel('Summary').fill('测试房号格式');
    await form.getByRole('button', { name: 'Register' }).click();
    await expect(form.locator('[data-testid=error-unit]').textContent()).resolves.toBe("write the unit in this project's format, e.g. 3-2-1502");
    await screenshot(page, '39-new-ticket-unit-format-english');
    await page.getByRole('button', { name: '中文' }).click();
    await context.close();
  });

  it('should show the plan of the next 7 days and of the chosen period only, saying how many belong to other periods', async () => {
    const api = await apiAs('zhangli');
    const { me } = await api<{ me: { projects: { id: string; code: string }[] } }>('{ me { projects { id code } } }');
    const a01 = me.projects.find((p) => p.code === 'A01')!.id;
    const made = await api<{ createTicket: { ticket: { id: string; version: number } } }>(
      'mutation ($i: CreateTicketInput!) { createTicket(input: $i) { ticket { id version } } }',
      { i: { projectId: a01, kind: 'HELP', ownerName: '下周回访', unit: '8-1-0801', channel: 'PHONE', summary: '求助：门禁卡', receivedAt: new Date(Date.now() - 5 * 3_600_000).toISOString() } },
    );
    const done = await api<{ completeTicket: { ticket: { id: string } } }>(
      'mutation ($i: CompleteTicketInput!) { completeTicket(input: $i) { ticket { id } } }',
      { i: { id: made.createTicket.ticket.id, version: made.createTicket.ticket.version, completedAt: new Date(Date.now() - 3_600_000).toISOString(), handlingResult: '已重新授权' } },
    );
    const today = toLocalDate(new Date());
    const added = await api<{ addCallback: { callback: { serialCode: string } } }>(
      'mutation ($i: AddCallbackInput!) { addCallback(input: $i) { callback { serialCode } } }',
      { i: { ticketId: done.completeTicket.ticket.id, windowFrom: addDays(today, 3), windowTo: addDays(today, 10) } },
    );
    const code = added.addCallback.callback.serialCode;

    const { context, page } = await signIn(browser, 'zhangli');
    await page.getByRole('button', { name: '回访计划' }).click();
    await page.waitForSelector('[data-testid=plan-summary] .hf-chip');
    const codes = () => page.locator('.ag-row .ag-cell[col-id="serialCode"]').allTextContents();
    expect(await codes()).not.toContain(code);
    const current = await page.locator('[data-testid=period-picker]').inputValue();
    await expect(page.locator('[data-testid=plan-intro]').textContent()).resolves.toContain(`期间 ${current}`);
    await page.getByLabel('未来 7 天').check();
    await page.waitForFunction((c) => [...document.querySelectorAll('.ag-row .ag-cell[col-id="serialCode"]')].some((e) => e.textContent === c), code);
    const row = page.locator('.ag-row', { has: page.locator('.ag-cell[col-id="serialCode"]', { hasText: code }) });
    await expect(row.first().getAttribute('class')).resolves.toContain('hf-row-upcoming');
    await screenshot(page, '40-plan-next-7-days');

    // the previous quarter's plan holds none of this quarter's callbacks, and says how many belong elsewhere
    const previous = (await page.locator('[data-testid=period-picker] option').nth(1).getAttribute('value'))!;
    await page.selectOption('[data-testid=period-picker]', previous);
    await page.getByLabel('未来 7 天').check();
    await page.waitForSelector('[data-testid=plan-elsewhere]');
    expect(await codes()).not.toContain(code);
    await expect(page.locator('[data-testid=plan-elsewhere]').textContent()).resolves.toMatch(/^另有 \d+ 条属于其他期间/);
    await page.selectOption('[data-testid=period-picker]', 'all');
    await page.getByLabel('未来 7 天').check();
    await page.waitForFunction((c) => [...document.querySelectorAll('.ag-row .ag-cell[col-id="serialCode"]')].some((e) => e.textContent === c), code);
    await expect(page.locator('[data-testid=plan-intro]').textContent()).resolves.toContain('全部期间');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByLabel('Next 7 days').isChecked()).resolves.toBe(true);
    await screenshot(page, '41-plan-english');
    await page.getByRole('button', { name: '中文' }).click();
    await context.close();
  });
});
