import type { Browser, Page } from 'playwright-core';
import { apiAs, appUrl, cell, launchBrowser, screenshot } from './helpers/browser';

// 待办 (issue 14.1): the first screen after signing in; each item opens its row in the sheet.

async function signInToWork(browser: Browser, username: string) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${appUrl()}/?poll=0`);
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', 'demo1234');
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=work-queues] .hf-work-section');
  return { context, page };
}

/** The grid's focused row: its index and serial code. */
async function focusedRow(page: Page): Promise<{ rowIndex: number; serialCode: string }> {
  const focused = page.locator('.ag-row-focus').first();
  await focused.waitFor();
  const rowIndex = Number(await focused.getAttribute('row-index'));
  return { rowIndex, serialCode: ((await cell(page, rowIndex, 'serialCode').textContent()) ?? '').trim() };
}

/** An unqualified callback of A01 reviewed by the supervisor: escalated to 陈杰, waiting for his handling opinion. */
async function escalateOne(): Promise<string> {
  const clerk = await apiAs('zhangli');
  const supervisor = await apiAs('liqiang');
  const projectId = (await clerk<{ me: { projects: { id: string; code: string }[] } }>('{ me { projects { id code } } }')).me.projects.find((p) => p.code === 'A01')!.id;
  const hour = 3_600_000;
  const created = await clerk<{ createTicket: { ticket: { id: string; version: number } } }>(
    `mutation ($i: CreateTicketInput!) { createTicket(input: $i) { ticket { id version } } }`,
    { i: { projectId, kind: 'HELP', ownerName: '钱多多', unit: '9-1-0902', phone: '13812345678', channel: 'PHONE', summary: '求助：楼道灯不亮', receivedAt: new Date(Date.now() - 3 * hour).toISOString() } },
  );
  const done = await clerk<{ completeTicket: { ticket: { id: string } } }>(
    `mutation ($i: CompleteTicketInput!) { completeTicket(input: $i) { ticket { id } } }`,
    { i: { id: created.createTicket.ticket.id, version: created.createTicket.ticket.version, completedAt: new Date(Date.now() - 2 * hour).toISOString(), handler: '维修工 老陈', handlingResult: '已更换灯泡' } },
  );
  const added = await clerk<{ addCallback: { callback: { id: string; version: number; serialCode: string } } }>(
    `mutation ($i: AddCallbackInput!) { addCallback(input: $i) { callback { id version serialCode } } }`, { i: { ticketId: done.completeTicket.ticket.id } },
  );
  const callback = added.addCallback.callback;
  const recorded = await clerk<{ recordCallbackResult: { callback: { version: number } } }>(
    `mutation ($i: RecordCallbackResultInput!) { recordCallbackResult(input: $i) { callback { version } } }`,
    { i: { id: callback.id, version: callback.version, methods: ['PHONE'], performedAt: new Date(Date.now() - hour).toISOString(), satisfaction: 'UNSATISFIED', shortcomings: '处理不及时', result: 'UNQUALIFIED' } },
  );
  await supervisor(`mutation ($i: CallbackActionInput!) { reviewCallback(input: $i) { callback { status } } }`, { i: { id: callback.id, version: recorded.recordCallbackResult.callback.version, opinion: '回访不合格，上报项目经理' } });
  return callback.serialCode;
}

describe('待办 in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('should open on 待办 for a clerk, with her overdue callbacks counted in the badges, and open one in 回访记录表', async () => {
    const { context, page } = await signInToWork(browser, 'zhangli');
    const api = await apiAs('zhangli');
    const server = await api<{ workQueues: { callbacksOverdue: { totalCount: number; edges: { node: { serialCode: string } }[] } }; workQueueCounts: { total: number } }>(
      `{ workQueues { callbacksOverdue(first: 5) { totalCount edges { node { serialCode } } } } workQueueCounts { total } }`,
    );
    expect(server.workQueues.callbacksOverdue.totalCount).toBeGreaterThan(0);

    // the screen: the default after sign-in, in Chinese, the overdue section first with the server's items and count
    expect(page.url()).not.toContain('#/callbacks');
    await expect(page.getByRole('button', { name: /待办/ }).getAttribute('class')).resolves.toContain('hf-tab-active');
    const overdue = page.locator('[data-testid=work-CALLBACKS_OVERDUE]');
    await expect(overdue.locator('h3').textContent()).resolves.toBe(`已逾期${server.workQueues.callbacksOverdue.totalCount}`);
    const links = overdue.locator('[data-testid=work-item]');
    await expect(links.first().textContent()).resolves.toBe(server.workQueues.callbacksOverdue.edges[0].node.serialCode);
    await expect(overdue.locator('tbody tr').first().textContent()).resolves.toMatch(/逾期 \d+ 天/);
    await page.waitForSelector('[data-testid=badge-work]');
    await expect(page.locator('[data-testid=badge-work]').textContent()).resolves.toBe(String(server.workQueueCounts.total));
    await expect(page.locator('[data-testid=work-CALLBACKS_DUE_TODAY] h3').textContent()).resolves.toMatch(/^今日到期\d+$/);
    await screenshot(page, '20-work-clerk');

    // a link opens the row in its sheet, selected
    const code = (await links.first().textContent())!;
    await links.first().click();
    await page.waitForSelector('[data-testid=grid-callbacks] .ag-row');
    expect(page.url()).toMatch(/#\/callbacks\?row=/);
    await expect(focusedRow(page)).resolves.toMatchObject({ serialCode: code });
    await expect(page.locator('.hf-selected').textContent()).resolves.toBe(code);
    await screenshot(page, '21-work-clerk-opened-row');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: /My work/ }).click();
    await page.waitForSelector('[data-testid=work-CALLBACKS_OVERDUE] h3');
    await expect(page.locator('[data-testid=work-CALLBACKS_OVERDUE] h3').textContent()).resolves.toMatch(/^Overdue\d+$/);
    await screenshot(page, '22-work-clerk-english');
    await page.getByRole('button', { name: '中文' }).click();
    await context.close();
  });

  it('should show the project manager the escalations without a handling opinion and open one where he can write it', async () => {
    const escalated = await escalateOne();
    const { context, page } = await signInToWork(browser, 'chenjie');
    const api = await apiAs('chenjie');
    const server = await api<{ workQueues: { escalationsWithoutOpinion: { totalCount: number; edges: { ageDays: number; node: { serialCode: string } }[] } } }>(
      `{ workQueues { escalationsWithoutOpinion(first: 20) { totalCount edges { ageDays node { serialCode } } } } }`,
    );
    const escalations = page.locator('[data-testid=work-ESCALATIONS_WITHOUT_OPINION]');
    expect(server.workQueues.escalationsWithoutOpinion.totalCount).toBeGreaterThan(0);
    await expect(escalations.locator('h3').textContent()).resolves.toBe(`待写处理意见的不合格回访${server.workQueues.escalationsWithoutOpinion.totalCount}`);
    await expect(escalations.locator('[data-testid=work-item]').allTextContents()).resolves.toEqual(server.workQueues.escalationsWithoutOpinion.edges.map((e) => e.node.serialCode));
    expect(server.workQueues.escalationsWithoutOpinion.edges.map((e) => e.node.serialCode)).toContain(escalated);
    await expect(page.locator('[data-testid=work-MAJOR_COMPLAINTS_TO_ORGANISE] h3').textContent()).resolves.toMatch(/^待组织回访的重大投诉\d+$/);
    await expect(page.locator('[data-testid=work-REPORTS_TO_MARK_REPORTED]').count()).resolves.toBe(1);
    await screenshot(page, '23-work-project-manager');

    await escalations.locator('[data-testid=work-item]', { hasText: escalated }).click();
    const { rowIndex, serialCode } = await focusedRow(page);
    expect(serialCode).toBe(escalated);
    // the handling opinion of that row is his to write
    await expect(cell(page, rowIndex, 'status').textContent()).resolves.toBe('已上报');
    await expect(cell(page, rowIndex, 'handlingOpinion').getAttribute('class')).resolves.not.toContain('hf-readonly');
    await screenshot(page, '24-work-project-manager-opened-row');
    await context.close();
  });

  it("should show the supervisor's, the department supervisor's and the auditor's 待办 with what the server holds", async () => {
    const supervisor = await signInToWork(browser, 'liqiang');
    const server = await (await apiAs('liqiang'))<{ workQueues: { recordsToReview: { totalCount: number }; archiveDue: { period: string; dueDate: string }[] } }>(
      `{ workQueues { recordsToReview { totalCount } archiveDue { period dueDate } } }`,
    );
    await expect(supervisor.page.locator('[data-testid=work-RECORDS_TO_REVIEW] h3').textContent()).resolves.toBe(`待审核记录${server.workQueues.recordsToReview.totalCount}`);
    await expect(supervisor.page.locator('[data-testid=work-SPOT_CHECK_QUOTA]').textContent()).resolves.toMatch(/应抽查 \d+ 条（20%）/);
    await expect(supervisor.page.locator('[data-testid=archive-due]').first().textContent())
      .resolves.toContain(`${server.workQueues.archiveDue[0].period} 应于 ${server.workQueues.archiveDue[0].dueDate} 前存档`);
    await supervisor.page.locator('[data-testid=work-TARGETS_AT_RISK]').waitFor();
    await screenshot(supervisor.page, '25-work-supervisor');
    // the archive item opens the statistics of that period, where the supervisor archives
    await supervisor.page.locator('[data-testid=archive-due] a').first().click();
    await supervisor.page.waitForSelector('[data-testid=archive-status]');
    await expect(supervisor.page.locator('[data-testid=period-picker]').inputValue()).resolves.toBe(server.workQueues.archiveDue[0].period);
    await supervisor.context.close();

    const department = await signInToWork(browser, 'zhaogang');
    await expect(department.page.locator('[data-testid=work-JOINT_COMPLAINT_CALLBACKS] h3').textContent()).resolves.toMatch(/^待共同回访的一般投诉\d+$/);
    await screenshot(department.page, '26-work-department-supervisor');
    await department.context.close();

    const auditor = await signInToWork(browser, 'auditor');
    // one row per project the auditor sees (other browser tests may open projects of their own)
    const { projects } = await (await apiAs('auditor'))<{ projects: { code: string }[] }>('{ projects { code } }');
    const rows = auditor.page.locator('[data-testid=work-ARCHIVE_OVERVIEW] tbody tr');
    await expect(rows.count()).resolves.toBe(projects.length);
    await expect(rows.first().textContent()).resolves.toMatch(/^A01 阳光花园/);
    await expect(auditor.page.locator('[data-testid=work-REPORTS_BY_STATE]').textContent()).resolves.toMatch(/草稿 \d+/);
    await screenshot(auditor.page, '27-work-auditor');
    await auditor.context.close();
  });
});
