import type { Browser } from 'playwright-core';
import { addDays, parsePeriod, periodOf, StatisticsPeriod, toLocalDate } from '@hf/shared';
import { apiAs, cell, eventually, justNow, launchBrowser, onlyRow, screenshot, signIn } from './helpers/browser';

type Api = Awaited<ReturnType<typeof apiAs>>;

// 跨期 (issue 13, "A rule conflict found in the data"): a callback still open when its period was archived shows in the
// next period's 回访记录表 marked 跨期, and the clerk records it there (补录). In project B02 the test archives
// the quarter before the previous one (the previous quarter is archived by sheets.test.ts), and the clerk works the current quarter.

const NODE = `query ($id: ID!) { node(id: $id) { ... on Callback { status carriedOverFrom recordedBy { username } } } }`;

const today = toLocalDate(new Date());
const current = periodOf(today, StatisticsPeriod.QUARTER);
const quarterBefore = (key: string) => periodOf(addDays(parsePeriod(key).from, -1), StatisticsPeriod.QUARTER);
/** the quarter before the previous one: its callback, added by hand, is still open today */
const archivedQuarter = quarterBefore(quarterBefore(current));
const local = (date: string) => `${date}T09:00:00+08:00`;

describe('a callback carried over from an archived period (跨期)', () => {
  let browser: Browser;
  let clerk: Api;
  let callback: { id: string; serialCode: string };

  beforeAll(async () => {
    browser = await launchBrowser();
    clerk = await apiAs('liumei');
    const supervisor = await apiAs('sunwei');
    const projectB = (await clerk<{ me: { projects: { id: string; code: string }[] } }>('{ me { projects { id code } } }')).me.projects.find((p) => p.code === 'B02')!.id;
    const created = await clerk<{ createTicket: { ticket: { id: string; version: number } } }>(
      `mutation ($i: CreateTicketInput!) { createTicket(input: $i) { ticket { id version } } }`,
      { i: { projectId: projectB, kind: 'HELP', ownerName: '跨期业主', unit: '6-1-0601', phone: '13912345678', channel: 'PHONE', summary: '求助：楼道灯不亮', receivedAt: local(addDays(parsePeriod(archivedQuarter).from, 40)) } },
    );
    const done = await clerk<{ completeTicket: { ticket: { id: string } } }>(
      `mutation ($i: CompleteTicketInput!) { completeTicket(input: $i) { ticket { id } } }`,
      { i: { id: created.createTicket.ticket.id, version: created.createTicket.ticket.version, completedAt: local(addDays(parsePeriod(archivedQuarter).from, 42)), handlingResult: '已更换灯泡' } },
    );
    callback = (await clerk<{ addCallback: { callback: { id: string; serialCode: string } } }>(
      `mutation ($i: AddCallbackInput!) { addCallback(input: $i) { callback { id serialCode } } }`,
      { i: { ticketId: done.completeTicket.ticket.id, windowFrom: addDays(today, -5), windowTo: addDays(today, 1) } },
    )).addCallback.callback;
    const archived = await supervisor<{ archivePeriod: { userErrors: unknown[] } }>(
      `mutation ($i: ArchivePeriodInput!) { archivePeriod(input: $i) { userErrors { code message } } }`, { i: { projectId: projectB, period: archivedQuarter } },
    );
    expect(archived.archivePeriod.userErrors).toEqual([]);
  });
  afterAll(() => browser?.close());

  it("should show the callback in current quarter's sheet marked 跨期 with the quarter it came from, and let the clerk record it there", async () => {
    const { context, page } = await signIn(browser, 'liumei');
    // 待办 lists it due soon, marked 跨期; its link opens the current quarter's sheet, where it can be recorded
    await page.getByRole('button', { name: /待办/ }).click();
    const item = page.locator('[data-testid=work-CALLBACKS_DUE_SOON] tbody tr', { hasText: callback.serialCode });
    await expect(item.getByTestId('work-carried').textContent()).resolves.toBe(`跨期 ${archivedQuarter}`);
    await screenshot(page, '39-work-carried-over');
    await item.getByTestId('work-item').click();
    await page.waitForSelector('[data-testid=grid-callbacks] .ag-row');
    await expect(page.locator('[data-testid=period-picker]').inputValue()).resolves.toBe(current);
    const rowIndex = await onlyRow(page, callback.serialCode);
    await expect(cell(page, rowIndex, 'carriedOver').textContent()).resolves.toBe(`跨期 ${archivedQuarter}`);
    await expect(cell(page, rowIndex, 'status').textContent()).resolves.toBe('待回访');
    await expect(page.locator(`.ag-row[row-index="${rowIndex}"]`).first().getAttribute('class')).resolves.toContain('hf-row-carried');

    // the complete record pasted from 回访方式 to 业主确认: saved, the row becomes 已回访 (补录)
    const record = ['电话', justNow(), '刘梅', '灯已修好', '及时', '满意', '9', '', '无', '合格', '电话确认'];
    await cell(page, rowIndex, 'methods').click();
    await page.evaluate((text) => navigator.clipboard.writeText(text), `${record.join('\t')}\r\n`);
    await page.keyboard.press('Control+V');
    await eventually(async () => (await clerk<{ node: { status: string } }>(NODE, { id: callback.id })).node.status, 'DONE');
    await page.waitForFunction(() => document.querySelectorAll('.ag-cell.hf-saving').length === 0);
    await expect(page.locator(`.ag-row[row-index="${rowIndex}"] .ag-cell.hf-error`).count()).resolves.toBe(0);
    await page.waitForFunction((i) => document.querySelector(`.ag-row[row-index="${i}"] .ag-cell[col-id="status"]`)?.textContent === '已回访', rowIndex);
    // the period stays open: a late recording locks its own row only
    await expect(page.locator('.hf-archived-banner').count()).resolves.toBe(0);
    await expect(cell(page, rowIndex, 'carriedOver').textContent()).resolves.toBe(`跨期 ${archivedQuarter}`);
    await screenshot(page, '40-callbacks-carried-over-recorded');
    expect((await clerk<{ node: unknown }>(NODE, { id: callback.id })).node).toEqual({ status: 'DONE', carriedOverFrom: archivedQuarter, recordedBy: { username: 'liumei' } });

    // in its own archived quarter's sheet (archived, read-only) it is the same row, with where it went
    await page.selectOption('[data-testid=period-picker]', archivedQuarter);
    const own = await onlyRow(page, callback.serialCode);
    await expect(cell(page, own, 'carriedOver').textContent()).resolves.toBe('转下期补录');
    await screenshot(page, '41-callbacks-archived-period-carried-row');
    // and 季度统计 of the archived quarter says it was recorded late (补录), counted in its figures
    await page.getByRole('button', { name: '季度统计' }).click();
    const late = page.getByTestId('late-recordings');
    await late.waitFor();
    await expect(late.textContent()).resolves.toBe('补录 1（存档后记录的跨期回访，已计入本期）');
    await expect(late.getAttribute('title')).resolves.toMatch(new RegExp(`^${callback.serialCode} 刘梅 `));
    await screenshot(page, '42-statistics-late-recordings');
    await context.close();
  });
});
