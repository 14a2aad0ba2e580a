import type { Browser, Page } from 'playwright-core';
import { apiAs, cell, eventually, launchBrowser, screenshot, signIn } from './helpers/browser';

// Record care in the sheets (issue 14 item 8), in project A01's previous quarter: 改派 and 作废 of a callback, 关闭 and
// 作废 of a ticket, the history of a row — through the UI, checked through GraphQL.

type Api = Awaited<ReturnType<typeof apiAs>>;
const CALLBACK = `query ($id: ID!) { node(id: $id) { ... on Callback { status voidReason reassignReason assignee { username } coAssignee { username } } } }`;
const TICKET = `query ($id: ID!) { node(id: $id) { ... on Ticket { status voidReason callbacks { status voidReason } } } }`;

function previousQuarter(): { period: string; day: string } {
  const today = new Date(Date.now() + 8 * 3_600_000);
  const q = Math.floor(today.getUTCMonth() / 3) + 1;
  const [year, quarter] = q === 1 ? [today.getUTCFullYear() - 1, 4] : [today.getUTCFullYear(), q - 1];
  return { period: `${year}Q${quarter}`, day: `${year}-${String(quarter * 3 - 1).padStart(2, '0')}-20` };
}

/** A ticket of the previous quarter registered by 张丽, completed there or not; completed, with one planned callback. */
async function ticketOf(clerk: Api, projectId: string, owner: string, day: string, complete: boolean) {
  const made = await clerk<{ createTicket: { ticket: { id: string; version: number; number: string } } }>(
    `mutation ($i: CreateTicketInput!) { createTicket(input: $i) { ticket { id version number } } }`,
    { i: { projectId, kind: 'HELP', ownerName: owner, unit: '7-1-0701', phone: '13912345678', channel: 'PHONE', summary: '求助：楼道灯不亮', receivedAt: `${day}T09:00:00+08:00` } },
  );
  const ticket = made.createTicket.ticket;
  if (!complete) return { ticket, callback: null };
  const done = await clerk<{ completeTicket: { ticket: { id: string; version: number }; callbacks: { id: string; serialCode: string }[] } }>(
    `mutation ($i: CompleteTicketInput!) { completeTicket(input: $i) { ticket { id version } callbacks { id serialCode } } }`,
    { i: { id: ticket.id, version: ticket.version, completedAt: `${day}T11:00:00+08:00`, handler: '电工 老周', handlingResult: '已更换灯泡' } },
  );
  const callback = done.completeTicket.callbacks[0] ?? (await clerk<{ addCallback: { callback: { id: string; serialCode: string } } }>(
    `mutation ($i: AddCallbackInput!) { addCallback(input: $i) { callback { id serialCode } } }`, { i: { ticketId: ticket.id } },
  )).addCallback.callback;
  return { ticket: { ...ticket, version: done.completeTicket.ticket.version }, callback };
}

/** Filters 编码 to one serial code (the grid's own column filter) and selects that row. */
async function selectOnly(page: Page, serial: string): Promise<void> {
  await page.locator('.ag-header-cell[col-id="serialCode"] .ag-header-cell-filter-button').click();
  const input = page.locator('.ag-filter input').first();
  await input.waitFor();
  await input.fill(serial);
  await page.keyboard.press('Escape');
  await page.waitForFunction((code) => {
    const cells = [...document.querySelectorAll('.ag-row .ag-cell[col-id="serialCode"]')];
    return cells.length === 1 && cells[0].textContent === code;
  }, serial);
  await cell(page, 0, 'serialCode').click();
}

const toolbarButtons = (page: Page) => page.locator('[data-testid^=care-]').allTextContents();

describe('record care in the sheets', () => {
  let browser: Browser;
  let clerk: Api;
  let supervisorApi: Api;
  let projectA: string;
  const { period, day } = previousQuarter();
  beforeAll(async () => {
    browser = await launchBrowser();
    clerk = await apiAs('zhangli');
    supervisorApi = await apiAs('liqiang');
    projectA = (await clerk<{ me: { projects: { id: string; code: string }[] } }>('{ me { projects { id code } } }')).me.projects.find((p) => p.code === 'A01')!.id;
  });
  afterAll(() => browser?.close());

  it('should let the supervisor reassign a planned callback to another clerk and void it with a reason, the row kept grey as 作废, its history beside it', async () => {
    const { callback } = await ticketOf(clerk, projectA, '改派业主', day, true);
    const { page, context } = await signIn(browser, 'liqiang');
    await page.selectOption('[data-testid=period-picker]', period);
    await page.waitForSelector('.ag-row .ag-cell');
    await selectOnly(page, callback!.serialCode);
    // (发送回访链接: the survey link for the owner, issue 16, beside the care of a planned row)
    expect(await toolbarButtons(page)).toEqual(['作废', '改派', '发送回访链接', '变更历史']);
    const holder = (await supervisorApi<{ node: { assignee: { username: string } } }>(CALLBACK, { id: callback!.id })).node.assignee.username;
    const [next, nextName] = holder === 'zhangli' ? ['wangfang', '王芳'] : ['zhangli', '张丽'];

    // nobody chosen: refused beside the choice, the dialog stays with what was typed
    await page.click('[data-testid=care-reassign]');
    await page.selectOption('[data-testid=reassign-first]', '');
    await page.fill('[data-testid=reassign-reason]', '原回访人休假');
    await page.click('[data-testid=reassign-confirm]');
    await expect(page.locator('[data-testid="reassign-error-assigneeIds"]').textContent()).resolves.toBe('请选择回访人');
    await expect(page.locator('[data-testid=reassign-reason]').inputValue()).resolves.toBe('原回访人休假');
    // only the project's clerks are offered
    const offered = await page.locator('[data-testid=reassign-first] option').allTextContents();
    expect(offered.sort()).toEqual(['（无）', '张丽', '王芳'].sort());
    await page.selectOption('[data-testid=reassign-first]', { label: nextName });
    await screenshot(page, '44-callback-reassign');
    await page.click('[data-testid=reassign-confirm]');
    await page.waitForSelector('[data-testid=reassign-dialog]', { state: 'detached' });
    await expect(page.locator('[data-testid=attempt-message]').textContent()).resolves.toBe(`${callback!.serialCode} 已改派给 ${nextName}`);
    await eventually(async () => (await supervisorApi<{ node: { assignee: { username: string }; reassignReason: string } }>(CALLBACK, { id: callback!.id })).node.assignee.username, next);
    await expect(cell(page, 0, 'assignee').textContent()).resolves.toBe(nextName);
    await expect(cell(page, 0, 'reassignReason').textContent()).resolves.toBe('原回访人休假');

    // its history: who had it and who has it now, by name
    await page.click('[data-testid=care-history]');
    const assigneeChange = page.locator('[data-testid=history-entry][data-field=assignee] .hf-history-change');
    await assigneeChange.waitFor();
    await expect(assigneeChange.textContent()).resolves.toBe(`${holder === 'zhangli' ? '张丽' : '王芳'} → ${nextName}`);
    await expect(page.locator('[data-testid=history-entry][data-field=reassignReason] .hf-history-change').textContent()).resolves.toBe('（无） → 原回访人休假');
    await screenshot(page, '45-callback-history');

    // 作废: a reason is required; then the row stays, grey, 作废, with its reason
    await page.click('[data-testid=care-void]');
    await page.click('[data-testid=void-confirm]');
    await expect(page.locator('[data-testid=void-error]').textContent()).resolves.toBe('请填写作废原因');
    await page.fill('[data-testid=void-reason]', '业主已搬离，重复登记');
    await page.click('[data-testid=void-confirm]');
    await page.waitForSelector('[data-testid=void-dialog]', { state: 'detached' });
    await eventually(async () => (await supervisorApi<{ node: { status: string; voidReason: string } }>(CALLBACK, { id: callback!.id })).node,
      { status: 'VOIDED', voidReason: '业主已搬离，重复登记', reassignReason: '原回访人休假', assignee: { username: next }, coAssignee: null } as never);
    await page.waitForFunction(() => document.querySelector('.ag-row[row-index="0"] .ag-cell[col-id="status"]')?.textContent === '作废');
    await expect(page.locator('.ag-row[row-index="0"]', { has: page.locator('.ag-cell[col-id="status"]') }).getAttribute('class')).resolves.toContain('hf-row-voided');
    await expect(cell(page, 0, 'voidReason').textContent()).resolves.toBe('业主已搬离，重复登记');
    await expect(page.locator('[data-testid=care-void]').isDisabled()).resolves.toBe(true);
    // the open history follows the row: the voiding is its newest entry
    await page.locator('[data-testid=history-entry][data-field=status] .hf-history-change', { hasText: '待回访 → 作废' }).waitFor();
    await screenshot(page, '46-callback-voided');
    await context.close();

    // the clerk: no 作废 or 改派 button (a survey link, which she sends, and the history, which is hers to read); the API
    // refuses her the reassignment
    const clerkView = await signIn(browser, 'zhangli');
    expect(await toolbarButtons(clerkView.page)).toEqual(['发送回访链接', '变更历史']);
    await clerkView.context.close();
    await expect(clerk(`mutation ($i: ReassignCallbackInput!) { reassignCallback(input: $i) { userErrors { code } } }`, { i: { id: callback!.id, version: 1, assigneeIds: [] } }))
      .rejects.toThrow(/FORBIDDEN/);
  });

  it('should let the supervisor close a completed ticket and void an open one with its planned callbacks, with the history of the row', async () => {
    const completed = await ticketOf(clerk, projectA, '关闭业主', day, true);
    const open = await ticketOf(clerk, projectA, '作废业主', day, false);
    const { page, context } = await signIn(browser, 'liqiang');
    await page.selectOption('[data-testid=period-picker]', period);
    await page.getByRole('button', { name: '工单登记' }).click();
    const search = page.locator('input[type=search]');
    const selectTicket = async (number: string) => {
      await search.fill(number);
      await page.waitForFunction((n) => {
        const cells = [...document.querySelectorAll('.ag-row .ag-cell[col-id="number"]')];
        return cells.length === 1 && cells[0].textContent === n;
      }, number);
      await cell(page, 0, 'number').click();
    };
    await selectTicket(completed.ticket.number);
    expect(await toolbarButtons(page)).toEqual(['关闭工单', '作废', '变更历史']);
    await page.click('[data-testid=care-close]');
    await eventually(async () => (await supervisorApi<{ node: { status: string } }>(TICKET, { id: completed.ticket.id })).node.status, 'CLOSED');
    await page.waitForFunction(() => document.querySelector('.ag-row[row-index="0"] .ag-cell[col-id="status"]')?.textContent === '已关闭');
    await expect(page.locator('[data-testid=ticket-message]').textContent()).resolves.toBe(`工单 ${completed.ticket.number} 已关闭`);
    await expect(page.locator('[data-testid=care-close]').isDisabled()).resolves.toBe(true);
    await page.click('[data-testid=care-history]');
    const statusChanges = page.locator('[data-testid=history-entry][data-field=status] .hf-history-change');
    await statusChanges.first().waitFor();
    await expect(statusChanges.allTextContents()).resolves.toEqual(['待处理 → 已完成', '已完成 → 已关闭']);
    await screenshot(page, '47-ticket-closed-history');
    await page.click('[data-testid=care-history]');

    await selectTicket(open.ticket.number);
    await expect(page.locator('[data-testid=care-close]').isDisabled()).resolves.toBe(true);
    await page.click('[data-testid=care-void]');
    await page.fill('[data-testid=void-reason]', '重复登记');
    await page.click('[data-testid=void-confirm]');
    await page.waitForSelector('[data-testid=void-dialog]', { state: 'detached' });
    await eventually(async () => (await supervisorApi<{ node: { status: string; voidReason: string } }>(TICKET, { id: open.ticket.id })).node,
      { status: 'VOIDED', voidReason: '重复登记', callbacks: [] } as never);
    await page.waitForFunction(() => document.querySelector('.ag-row[row-index="0"] .ag-cell[col-id="status"]')?.textContent === '作废');
    await expect(page.locator('.ag-row[row-index="0"]', { has: page.locator('.ag-cell[col-id="status"]') }).getAttribute('class')).resolves.toContain('hf-row-voided');
    await expect(cell(page, 0, 'voidReason').textContent()).resolves.toBe('重复登记');
    await screenshot(page, '48-ticket-voided');
    await context.close();
  });
});
