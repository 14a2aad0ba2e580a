import type { Browser } from 'playwright-core';
import { apiAs, cell, eventually, launchBrowser, screenshot, signIn } from './helpers/browser';

// 审核通过 of a selected block (issue 14.4) and the project manager's 处理意见 form (issue 14.3), in project B02.

type Api = Awaited<ReturnType<typeof apiAs>>;
const hour = 3_600_000;

/** A B02 callback recorded by 刘梅 (qualified or not): waiting for review. */
async function recordedInB02(clerk: Api, projectId: string, result: 'QUALIFIED' | 'UNQUALIFIED', owner: string) {
  const created = await clerk<{ createTicket: { ticket: { id: string; version: number } } }>(
    `mutation ($i: CreateTicketInput!) { createTicket(input: $i) { ticket { id version } } }`,
    { i: { projectId, kind: 'HELP', ownerName: owner, unit: '5-2-0501', phone: '13912345678', channel: 'PHONE', summary: '求助：门禁卡失灵', receivedAt: new Date(Date.now() - 5 * hour).toISOString() } },
  );
  const done = await clerk<{ completeTicket: { ticket: { id: string }; callbacks: { id: string; version: number; serialCode: string }[] } }>(
    `mutation ($i: CompleteTicketInput!) { completeTicket(input: $i) { ticket { id } callbacks { id version serialCode } } }`,
    { i: { id: created.createTicket.ticket.id, version: created.createTicket.ticket.version, completedAt: new Date(Date.now() - 4 * hour).toISOString(), handler: '客服 刘梅', handlingResult: '已重新授权门禁卡' } },
  );
  // one callback per ticket: the one sampling scheduled, or one added by hand
  const c = done.completeTicket.callbacks[0] ?? (await clerk<{ addCallback: { callback: { id: string; version: number; serialCode: string } } }>(
    `mutation ($i: AddCallbackInput!) { addCallback(input: $i) { callback { id version serialCode } } }`, { i: { ticketId: done.completeTicket.ticket.id } },
  )).addCallback.callback;
  const recorded = await clerk<{ recordCallbackResult: { callback: { id: string; version: number; serialCode: string } } }>(
    `mutation ($i: RecordCallbackResultInput!) { recordCallbackResult(input: $i) { callback { id version serialCode } } }`,
    { i: { id: c.id, version: c.version, methods: ['PHONE'], performedAt: new Date(Date.now() - hour).toISOString(),
      satisfaction: result === 'QUALIFIED' ? 'SATISFIED' : 'UNSATISFIED', shortcomings: result === 'QUALIFIED' ? null : '处理不及时', result } },
  );
  return recorded.recordCallbackResult.callback;
}

const STATE = `query ($id: ID!) { node(id: $id) { ... on Callback { status reviewOpinion suggestions handlingOpinion followUp } } }`;

describe('review and escalation in the browser', () => {
  let browser: Browser;
  let clerk: Api;
  let projectB: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    clerk = await apiAs('liumei');
    projectB = (await clerk<{ me: { projects: { id: string; code: string }[] } }>('{ me { projects { id code } } }')).me.projects.find((p) => p.code === 'B02')!.id;
  });
  afterAll(() => browser?.close());

  it('should let the supervisor approve a selected block in one go and report the record the clerk changed meanwhile', async () => {
    const records = [await recordedInB02(clerk, projectB, 'QUALIFIED', '赵一'), await recordedInB02(clerk, projectB, 'QUALIFIED', '钱二'), await recordedInB02(clerk, projectB, 'QUALIFIED', '孙三')];
    const { context, page } = await signIn(browser, 'sunwei');
    const rowOf = async (serial: string) => {
      const found = page.locator('.ag-row .ag-cell[col-id="serialCode"]', { hasText: serial });
      await found.scrollIntoViewIfNeeded();
      return Number(await found.evaluate((el) => el.closest('.ag-row')!.getAttribute('row-index')));
    };
    const [first, last] = [await rowOf(records[0].serialCode), await rowOf(records[2].serialCode)];
    expect(last - first).toBe(2);

    // the sheet has read the rows; now 刘梅 corrects the middle one
    await clerk(`mutation ($i: UpdateCallbacksInput!) { updateCallbacks(input: $i) { savedCount } }`, {
      i: { rows: [{ id: records[1].id, version: records[1].version, patch: { suggestions: '业主补充：晚上联系' } }] },
    });

    // select the block as a clerk would: the first row, then Shift+↓ to the last
    await cell(page, first, 'status').click();
    // the grid has the focus on that row before the keys come (under load a key could otherwise arrive first)
    await page.waitForFunction((row) => document.activeElement?.closest('.ag-row')?.getAttribute('row-index') === String(row), first);
    for (let i = first; i < last; i++) await page.keyboard.press('Shift+ArrowDown');
    const bar = page.locator('[data-testid=batch-review]');
    await bar.getByRole('button', { name: '审核通过（3 条）' }).waitFor();
    await bar.locator('input').fill('记录完整，同意');
    await bar.getByRole('button').click();
    const message = page.locator('[data-testid=batch-review-message]');
    await message.waitFor();
    await expect(message.textContent()).resolves.toContain('已审核 2 条');
    await expect(message.textContent()).resolves.toContain(`1 条已被他人修改，未审核，请查看后重新审核：${records[1].serialCode}`);
    await cell(page, first, 'status').filter({ hasText: '已审核' }).waitFor();
    await expect(cell(page, first + 1, 'status').textContent()).resolves.toBe('已回访');
    await screenshot(page, '28-batch-review-conflict');

    const supervisor = await apiAs('sunwei');
    await expect(supervisor(STATE, { id: records[0].id })).resolves.toMatchObject({ node: { status: 'REVIEWED', reviewOpinion: '记录完整，同意' } });
    await expect(supervisor(STATE, { id: records[1].id })).resolves.toMatchObject({ node: { status: 'DONE', reviewOpinion: null, suggestions: '业主补充：晚上联系' } });
    await expect(supervisor(STATE, { id: records[2].id })).resolves.toMatchObject({ node: { status: 'REVIEWED' } });
    await context.close();
  });

  it("should let the project manager write the handling opinion and follow-up in a form, close the callback, and show the clerk the result", async () => {
    const unqualified = await recordedInB02(clerk, projectB, 'UNQUALIFIED', '李四');
    const supervisor = await apiAs('sunwei');
    await supervisor(`mutation ($i: CallbackActionInput!) { reviewCallback(input: $i) { callback { status } } }`, { i: { id: unqualified.id, version: unqualified.version, opinion: '回访不合格，上报项目经理' } });

    // from 待办 to the row, where the form is
    const { context, page } = await signIn(browser, 'zhoumin');
    await page.getByRole('button', { name: /待办/ }).click();
    await page.locator('[data-testid=work-ESCALATIONS_WITHOUT_OPINION] [data-testid=work-item]', { hasText: unqualified.serialCode }).click();
    const form = page.locator('[data-testid=handling-form]');
    await form.waitFor();
    await expect(form.textContent()).resolves.toContain(`处理意见 · ${unqualified.serialCode}`);

    // nothing written: refused next to the field, what was typed in the other field kept
    await form.locator('textarea[name=followUp]').fill('三日后电话回访业主');
    await form.getByRole('button', { name: '提交处理意见并关闭' }).click();
    await expect(form.locator('[data-testid=error-opinion]').textContent()).resolves.toBe('请填写处理意见');
    await expect(form.locator('textarea[name=followUp]').inputValue()).resolves.toBe('三日后电话回访业主');
    await screenshot(page, '29-handling-form-refused');

    await form.locator('textarea[name=opinion]').fill('责成客服部重新授权并当面致歉');
    await form.getByRole('button', { name: '提交处理意见并关闭' }).click();
    await page.locator('[data-testid=attempt-message]', { hasText: '已写入处理意见并关闭' }).waitFor();
    await expect(form.count()).resolves.toBe(0);
    await screenshot(page, '30-handling-form-done');
    await eventually(async () => (await supervisor<{ node: unknown }>(STATE, { id: unqualified.id })).node,
      { status: 'CLOSED', reviewOpinion: '回访不合格，上报项目经理', suggestions: null, handlingOpinion: '责成客服部重新授权并当面致歉', followUp: '三日后电话回访业主' });
    await context.close();

    // 刘梅 sees the result in her sheet
    const clerkPage = await signIn(browser, 'liumei');
    const row = clerkPage.page.locator('.ag-row .ag-cell[col-id="serialCode"]', { hasText: unqualified.serialCode });
    await row.scrollIntoViewIfNeeded();
    const index = Number(await row.evaluate((el) => el.closest('.ag-row')!.getAttribute('row-index')));
    await expect(cell(clerkPage.page, index, 'status').textContent()).resolves.toBe('已关闭');
    await cell(clerkPage.page, index, 'handlingOpinion').scrollIntoViewIfNeeded();
    await expect(cell(clerkPage.page, index, 'handlingOpinion').textContent()).resolves.toBe('责成客服部重新授权并当面致歉');
    await expect(cell(clerkPage.page, index, 'followUp').textContent()).resolves.toBe('三日后电话回访业主');
    await screenshot(clerkPage.page, '31-clerk-sees-handling');
    await clerkPage.context.close();
  });
});
