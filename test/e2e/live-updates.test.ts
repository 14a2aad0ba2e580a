import 'reflect-metadata';
import type { Browser } from 'playwright-core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { initOrm } from '../../server/src/db/orm';
import { sweepReminders } from '../../server/src/modules/notifications/reminder.service';
import { businessClock } from '../../server/src/modules/work-queues/work-queue.rules';
import { apiAs, cell, launchBrowser, screenshot, signIn, typeIntoCell } from './helpers/browser';

// Issue 15 in the browser: two clerks have 回访记录表 open with polling OFF — one saves a cell, the other's sheet shows
// it without a reload (pushed over graphql-ws); the supervisor's bell counts a record waiting for review as the
// reminder sweep finds it, without a reload.

const ROWS = `query ($code: String!) { callbacks(first: 5, filter: { text: $code }) { edges { node { id serialCode version suggestions } } } }`;

describe('live sheets and the bell', () => {
  let browser: Browser;
  let orm: MikroORM;

  beforeAll(async () => {
    browser = await launchBrowser();
    orm = await initOrm(process.env.E2E_DATABASE_URL!);
  });
  afterAll(async () => {
    await browser?.close();
    await orm?.close();
  });

  it("should show one clerk's saved cell in the other clerk's open sheet without a reload", async () => {
    const first = await signIn(browser, 'zhangli', '?poll=0');
    const second = await signIn(browser, 'wangfang', '?poll=0');
    for (const page of [first.page, second.page]) {
      await page.selectOption('[data-testid=period-picker]', 'all');
      await page.getByLabel('仅待回访').check();
      await page.waitForFunction(() => [...document.querySelectorAll('.ag-row .ag-cell[col-id="status"]')].every((r) => r.textContent === '待回访'));
    }
    const serial = (await first.page.locator('.ag-row[row-index="0"] .ag-cell[col-id="serialCode"]').textContent())!.trim();
    const rowInSecond = await second.page.locator('.ag-row .ag-cell[col-id="serialCode"]', { hasText: serial })
      .evaluate((el) => Number(el.closest('.ag-row')!.getAttribute('row-index')));
    const text = `张丽刚记录：业主反映楼道灯已修好 ${Date.now() % 10000}`;
    await typeIntoCell(first.page, 0, 'suggestions', text);
    await first.page.waitForSelector('.ag-row[row-index="0"] .ag-cell[col-id="suggestions"].hf-saved');
    // stored, then pushed: 王芳's sheet (no polling) shows it in place
    const api = await apiAs('zhangli');
    const stored = await api<{ callbacks: { edges: { node: { serialCode: string; suggestions: string } }[] } }>(ROWS, { code: serial });
    expect(stored.callbacks.edges.find((e) => e.node.serialCode === serial)?.node.suggestions).toBe(text);
    await second.page.waitForFunction(
      ([row, value]) => document.querySelector(`.ag-row[row-index="${row}"] .ag-cell[col-id="suggestions"]`)?.textContent === value,
      [rowInSecond, text] as const,
    );
    expect(await cell(second.page, rowInSecond, 'suggestions').textContent()).toBe(text);
    await screenshot(second.page, '15-live-row-pushed');
    await first.context.close();
    await second.context.close();
  });

  it("should count a record waiting for review on the supervisor's bell as the sweep finds it, and open the row", async () => {
    const supervisor = await signIn(browser, 'liqiang', '?poll=0');
    const bell = supervisor.page.getByTestId('bell');
    await bell.waitFor();
    const countNow = async () => Number((await supervisor.page.getByTestId('bell-count').textContent().catch(() => '0')) || 0);
    // let the bell read its first count, then a record of A01 recorded by 张丽 has waited two days
    await supervisor.page.waitForTimeout(500);
    const before = await countNow();
    // a callback of its own (added by hand to a completed ticket of A01), recorded by 张丽 two days ago
    const clerkApi = await apiAs('zhangli');
    const tickets = await clerkApi<{ tickets: { edges: { node: { id: string } }[] } }>(`{ tickets(first: 50, filter: { statuses: [COMPLETED] }) { edges { node { id } } } }`);
    const added = await clerkApi<{ addCallback: { callback: { serialCode: string } } }>(
      `mutation ($i: AddCallbackInput!) { addCallback(input: $i) { callback { serialCode } userErrors { message } } }`, { i: { ticketId: tickets.tickets.edges.at(-1)!.node.id } },
    );
    const em = orm.em.fork();
    const [done] = await em.getConnection().execute(`select id, serial_code from callback where serial_code = ?`, [added.addCallback.callback.serialCode]);
    await em.getConnection().execute(
      `update callback set status = 'DONE', performed_at = now() - interval '2 days', recorded_at = now() - interval '2 days', methods = '{PHONE}', satisfaction = 'SATISFIED', result = 'QUALIFIED' where id = ?`,
      [done.id],
    );
    // the scheduled job's work, done now: it tells every process through NOTIFY, and the bell is pushed
    const swept = await sweepReminders(orm.em.fork(), businessClock());
    expect(swept.created).toBeGreaterThan(0);
    await supervisor.page.waitForFunction((n) => Number(document.querySelector('[data-testid=bell-count]')?.textContent ?? 0) > n, before);
    await bell.click();
    const item = supervisor.page.getByTestId('bell-panel').getByRole('button', { name: new RegExp(done.serial_code) });
    await item.waitFor();
    await expect(item.textContent()).resolves.toContain('回访记录已等待审核 2 天');
    await screenshot(supervisor.page, '15-supervisor-bell');
    await item.click();
    // the link opens the row in 回访记录表, focused and named in the toolbar
    await supervisor.page.waitForFunction((code) => location.hash.startsWith('#/callbacks?row=') && document.querySelector('.hf-selected')?.textContent === code, done.serial_code);
    await expect(supervisor.page.locator('.ag-row-focus .ag-cell[col-id="serialCode"]').first().textContent()).resolves.toBe(done.serial_code);
    expect(await countNow()).toBe(before);
    await supervisor.context.close();
  });
});
