import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiAs, appUrl, cell, eventually, justNow, launchBrowser, onlyRow, screenshot } from './helpers/browser';

// One working day of every role (issue 14), through the screens only, each step checked through GraphQL. The day
// runs in a project of its own that the administrator opens in the morning (C03 晨曦苑, with its 工程部 and its
// staff), so the demo projects the other browser tests use stay as they were:
//   admin        opens the project, its department and the four accounts (temporary passwords shown once);
//   clerk        registers a repair and a general complaint against 工程部, completes both, records the repair's
//                callback (不满意 · 不合格);
//   department supervisor  finds the complaint's joint callback on 待办 and records it (满意 · 合格);
//   supervisor   finds both records on 待办 and approves them in one go: the unqualified one goes to the project manager;
//   project manager  writes 处理意见 and 跟进 from 待办: the callback closes;
//   auditor      sees the new project not archived and reads its statistics, the same figures as the API's.

const PROJECT = { code: 'C03', name: '晨曦苑' };
const STAFF = {
  clerk: { username: 'c03.clerk', displayName: '林晓', role: '客服管家' },
  department: { username: 'c03.dept', displayName: '高工', role: '部门主管' },
  supervisor: { username: 'c03.super', displayName: '钱主管', role: '客户服务部主管' },
  manager: { username: 'c03.pm', displayName: '郑经理', role: '项目经理' },
} as const;
type Staff = keyof typeof STAFF;

type Api = Awaited<ReturnType<typeof apiAs>>;

/** Signs in through the login form and lands on 待办, the first screen. */
async function signInToWork(browser: Browser, username: string, password: string, project?: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: appUrl() });
  const page = await context.newPage();
  await page.goto(`${appUrl()}/?poll=0&live=0`);
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=work-queues] .hf-work-section');
  if (project) {
    await page.selectOption('[data-testid=project-picker]', { label: project });
    await page.waitForSelector('[data-testid=work-queues] .hf-work-section');
  }
  return { context, page };
}

/** a wall-clock time in 北京时间 as the forms' datetime-local inputs take it, `minutesAgo` before now */
function beijing(minutesAgo: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(Date.now() - minutesAgo * 60_000));
  const p = Object.fromEntries(parts.map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

async function pasteAt(page: Page, rowIndex: number, colId: string, rows: string[][]) {
  await cell(page, rowIndex, colId).click();
  await page.evaluate((text) => navigator.clipboard.writeText(text), rows.map((r) => r.join('\t')).join('\r\n') + '\r\n');
  await page.keyboard.press('Control+V');
}

const noCellSaving = (page: Page) => page.waitForFunction(() => document.querySelectorAll('.ag-cell.hf-saving').length === 0);

const CALLBACKS = `query ($p: ID!) { callbacks(first: 20, filter: { projectId: $p }) { edges { node {
  id serialCode status purpose ticket { number kind } assignee { username } coAssignee { username } visitors satisfaction shortcomings result
  reviewedBy { username } reviewOpinion escalatedTo { username } handlingOpinion followUp } } } }`;

interface CallbackState {
  id: string; serialCode: string; status: string; ticket: { number: string; kind: string }; assignee: { username: string } | null; coAssignee: { username: string } | null;
  visitors: string | null; satisfaction: string | null; shortcomings: string | null; result: string | null;
  reviewedBy: { username: string } | null; reviewOpinion: string | null; escalatedTo: { username: string } | null;
  handlingOpinion: string | null; followUp: string | null;
}

describe("one working day of every role, through the screens (issue 14)", () => {
  let browser: Browser;
  let admin: Api;
  const passwords = {} as Record<Staff, string>;
  let projectId = '';
  const tickets = { repair: '', complaint: '' };

  /** the project's callbacks as the supervisor reads them through the API */
  const callbacks = async (): Promise<CallbackState[]> => {
    const api = await apiAs(STAFF.supervisor.username, passwords.supervisor);
    return (await api<{ callbacks: { edges: { node: CallbackState }[] } }>(CALLBACKS, { p: projectId })).callbacks.edges.map((e) => e.node);
  };
  const callbackOf = async (ticketNumber: string) => (await callbacks()).find((c) => c.ticket.number === ticketNumber)!;

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await apiAs('admin', 'demo1234');
  });
  afterAll(() => browser?.close());

  it("admin: opens the project with its 工程部 and four accounts, each password shown once", async () => {
    const { context, page } = await signInToWork(browser, 'admin', 'demo1234');
    await page.locator('.hf-tab', { hasText: '设置' }).click();
    await page.getByTestId('settings-projects').click();
    const projectForm = page.getByTestId('project-form');
    await projectForm.locator('input[name=code]').fill(PROJECT.code);
    await projectForm.locator('input[name=name]').fill(PROJECT.name);
    await projectForm.getByRole('button').click();
    const row = page.getByTestId(`project-${PROJECT.code}`);
    await row.waitFor();
    await row.getByLabel(`${PROJECT.code} 新部门`).fill('工程部');
    await row.getByRole('button', { name: '添加部门' }).click();
    await row.getByText('工程部：').waitFor();
    await screenshot(page, '80-day-admin-project');

    await page.getByTestId('settings-users').click();
    for (const who of ['department', 'clerk', 'supervisor', 'manager'] as Staff[]) {
      const staff = STAFF[who];
      await page.getByTestId('user-new').click();
      const form = page.getByTestId('user-form');
      await form.locator('input[name=username]').fill(staff.username);
      await form.locator('input[name=displayName]').fill(staff.displayName);
      await form.locator('select[name=role]').selectOption({ label: staff.role });
      await form.locator(`input[name=project-${PROJECT.code}]`).check();
      if (who === 'department') await form.locator('select[name=departmentId]').selectOption({ label: `${PROJECT.code} 工程部` });
      await page.getByTestId('user-submit').click();
      // the one-time secret names the account it belongs to (the previous account's stays until closed)
      const shown = page.getByTestId('temporary-password').filter({ hasText: staff.username });
      await shown.waitFor();
      passwords[who] = (await shown.getByTestId('temporary-password-value').textContent())!;
      await page.getByTestId(`user-${staff.username}`).waitFor();
    }
    await screenshot(page, '81-day-admin-users');
    await context.close();

    // through the API: the project, its department led by 高工, the four accounts in it
    const { projects } = await admin<{ projects: { id: string; code: string; name: string }[] }>('{ projects { id code name } }');
    const made = projects.find((p) => p.code === PROJECT.code)!;
    expect(made.name).toBe(PROJECT.name);
    projectId = made.id;
    const { users } = await admin<{ users: { edges: { node: { username: string; role: string; active: boolean; projects: { code: string }[] } }[] } }>(
      `{ users(first: 500) { edges { node { username role active projects { code } } } } }`,
    );
    const ours = users.edges.map((e) => e.node).filter((u) => u.username.startsWith('c03.')).sort((a, b) => a.username.localeCompare(b.username));
    expect(ours).toEqual([
      { username: 'c03.clerk', role: 'CLERK', active: true, projects: [{ code: 'C03' }] },
      { username: 'c03.dept', role: 'DEPARTMENT_SUPERVISOR', active: true, projects: [{ code: 'C03' }] },
      { username: 'c03.pm', role: 'PROJECT_MANAGER', active: true, projects: [{ code: 'C03' }] },
      { username: 'c03.super', role: 'SUPERVISOR', active: true, projects: [{ code: 'C03' }] },
    ]);
  });

  it('clerk: registers a repair and a complaint against 工程部, completes both, records the repair callback', async () => {
    const { context, page } = await signInToWork(browser, STAFF.clerk.username, passwords.clerk);
    // a new clerk's 待办 is empty, and says so
    await expect(page.locator('[data-testid=work-CALLBACKS_OVERDUE] h3').textContent()).resolves.toBe('已逾期0');
    await screenshot(page, '82-day-clerk-empty-work');

    await page.getByRole('button', { name: '工单登记' }).click();
    // registered without a handling result (a result given at registration completes the ticket at once), then
    // 处理完毕 with the result, two hours ago
    const register = async (handlingResult: string, fill: (form: ReturnType<Page['getByRole']>) => Promise<void>): Promise<string> => {
      await page.getByRole('button', { name: '登记工单' }).click();
      const form = page.getByRole('form', { name: '登记工单' });
      await form.locator('input[name=receivedAt]').fill(beijing(180));
      await fill(form);
      await form.getByRole('button', { name: '登记' }).click();
      const message = page.locator('[data-testid=ticket-message]', { hasText: '已登记' });
      await message.waitFor();
      const number = (await message.textContent())!.replace('已登记 ', '');
      expect(number).toMatch(/^C03-\d{8}-\d{3}$/);
      await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent === '处理完毕' && !b.disabled));
      await page.getByRole('button', { name: '处理完毕' }).click();
      const complete = page.locator('[data-testid=complete-ticket-form]');
      await complete.locator('input[name=handlingResult]').fill(handlingResult);
      await complete.locator('input[name=completedAt]').fill(beijing(120));
      await complete.getByRole('button', { name: '确认处理完毕' }).click();
      await complete.waitFor({ state: 'detached' });
      await page.locator('[data-testid=ticket-message]', { hasText: `${number} 已处理完毕` }).waitFor();
      return number;
    };
    tickets.repair = await register('已更换下水管', async (form) => {
      await form.locator('input[name=ownerName]').fill('邓先生');
      await form.locator('input[name=unit]').fill('2-1-0301');
      await form.locator('input[name=phone]').fill('13700001111');
      await form.locator('input[name=category]').fill('水管漏水');
      await form.locator('input[name=summary]').fill('厨房水槽下水管漏水');
      await form.locator('input[name=handler]').fill('维修工 老孙');
    });
    tickets.complaint = await register('已补贴通知并致歉', async (form) => {
      await form.locator('select').first().selectOption({ label: '投诉' });
      await form.locator('input[name=ownerName]').fill('叶女士');
      await form.locator('input[name=unit]').fill('5-2-1102');
      await form.locator('input[name=department]').fill('工程部');
      await form.locator('input[name=summary]').fill('电梯维修期间未张贴通知');
      await form.locator('input[name=handler]').fill('工程部 高工');
    });
    await screenshot(page, '83-day-clerk-tickets');

    // the repair's callback is hers; the complaint's is the department supervisor's (the joint callback)
    const repair = await callbackOf(tickets.repair);
    const complaint = await callbackOf(tickets.complaint);
    expect(repair).toMatchObject({ status: 'PLANNED', ticket: { kind: 'REPAIR' }, assignee: { username: STAFF.clerk.username } });
    expect(complaint).toMatchObject({ status: 'PLANNED', ticket: { kind: 'COMPLAINT' }, assignee: { username: STAFF.department.username } });

    // 回访记录表: the owner is not satisfied — the record as on paper, then the result and the comment
    await page.getByRole('button', { name: '回访记录表' }).click();
    await page.waitForSelector('[data-testid=grid-callbacks] .ag-row');
    const rowIndex = await onlyRow(page, repair.serialCode);
    await pasteAt(page, rowIndex, 'methods', [['电话', justNow(), STAFF.clerk.displayName, '下水管仍有渗水', '一般', '不满意', '4']]);
    await noCellSaving(page);
    await pasteAt(page, rowIndex, 'result', [['不合格']]);
    await noCellSaving(page);
    await cell(page, rowIndex, 'shortcomings').click();
    await page.keyboard.press('F2');
    const picker = page.getByTestId('suggestion-editor');
    await picker.waitFor();
    await picker.locator('input').fill('维修后仍有渗水');
    await page.keyboard.press('Enter');
    await eventually(async () => {
      const c = await callbackOf(tickets.repair);
      return [c.status, c.satisfaction, c.result, c.shortcomings, c.visitors];
    }, ['DONE', 'UNSATISFIED', 'UNQUALIFIED', '维修后仍有渗水', STAFF.clerk.displayName]);
    await eventually(() => cell(page, rowIndex, 'status').textContent(), '已回访');
    await screenshot(page, '84-day-clerk-recorded');

    // back on 待办: the record may still be corrected by her, within the correction window
    await page.getByRole('button', { name: /待办/ }).click();
    const corrections = page.locator('[data-testid=work-CORRECTIONS_OPEN]');
    await corrections.locator('[data-testid=work-item]', { hasText: repair.serialCode }).waitFor();
    await context.close();
  });

  it('department supervisor: finds the joint callback of the complaint on 待办 and records it', async () => {
    const { context, page } = await signInToWork(browser, STAFF.department.username, passwords.department);
    const complaint = await callbackOf(tickets.complaint);
    const joint = page.locator('[data-testid=work-JOINT_COMPLAINT_CALLBACKS]');
    await expect(joint.locator('h3').textContent()).resolves.toBe('待共同回访的一般投诉1');
    await screenshot(page, '85-day-department-work');
    await joint.locator('[data-testid=work-item]', { hasText: complaint.serialCode }).click();
    await page.waitForSelector('[data-testid=grid-callbacks] .ag-row');
    const rowIndex = await onlyRow(page, complaint.serialCode);
    await pasteAt(page, rowIndex, 'methods', [['面谈', justNow(), `${STAFF.department.displayName}、${STAFF.clerk.displayName}`, '通知已补贴', '处理及时', '满意', '8']]);
    await noCellSaving(page);
    await pasteAt(page, rowIndex, 'result', [['合格']]);
    await eventually(async () => {
      const c = await callbackOf(tickets.complaint);
      return [c.status, c.satisfaction, c.result];
    }, ['DONE', 'SATISFIED', 'QUALIFIED']);
    await screenshot(page, '86-day-department-recorded');
    await context.close();
  });

  it('supervisor: approves both records in one go from 待办; the unqualified one goes to the project manager', async () => {
    const { context, page } = await signInToWork(browser, STAFF.supervisor.username, passwords.supervisor);
    const toReview = page.locator('[data-testid=work-RECORDS_TO_REVIEW]');
    await expect(toReview.locator('h3').textContent()).resolves.toBe('待审核记录2');
    const [repair, complaint] = [await callbackOf(tickets.repair), await callbackOf(tickets.complaint)];
    await expect(toReview.locator('[data-testid=work-item]').allTextContents()).resolves.toEqual(expect.arrayContaining([repair.serialCode, complaint.serialCode]));
    await screenshot(page, '87-day-supervisor-work');

    await page.getByRole('button', { name: /回访记录表/ }).click();
    await page.waitForSelector('[data-testid=grid-callbacks] .ag-row');
    await expect(page.locator('.ag-row .ag-cell[col-id="serialCode"]').count()).resolves.toBe(2);
    await cell(page, 0, 'status').click();
    await page.keyboard.press('Shift+ArrowDown');
    const bar = page.locator('[data-testid=batch-review]');
    await bar.getByRole('button', { name: '审核通过（2 条）' }).waitFor();
    await bar.locator('input').fill('记录完整；不合格一条上报项目经理');
    await bar.getByRole('button').click();
    await page.locator('[data-testid=batch-review-message]', { hasText: '已审核 2 条' }).waitFor();
    await screenshot(page, '88-day-supervisor-reviewed');

    await eventually(async () => {
      const [r, c] = [await callbackOf(tickets.repair), await callbackOf(tickets.complaint)];
      return [r.status, r.reviewedBy?.username, r.escalatedTo?.username, c.status, c.reviewOpinion];
    }, ['ESCALATED', STAFF.supervisor.username, STAFF.manager.username, 'REVIEWED', '记录完整；不合格一条上报项目经理']);
    // 待办 shows what it had, then the queue as it is now
    await page.getByRole('button', { name: /待办/ }).click();
    await eventually(() => page.locator('[data-testid=work-RECORDS_TO_REVIEW] h3').textContent(), '待审核记录0');
    await context.close();
  });

  it('project manager: writes 处理意见 and 跟进 from 待办, and the callback closes', async () => {
    const { context, page } = await signInToWork(browser, STAFF.manager.username, passwords.manager);
    const repair = await callbackOf(tickets.repair);
    const escalations = page.locator('[data-testid=work-ESCALATIONS_WITHOUT_OPINION]');
    await expect(escalations.locator('h3').textContent()).resolves.toBe('待写处理意见的不合格回访1');
    await screenshot(page, '89-day-manager-work');
    await escalations.locator('[data-testid=work-item]', { hasText: repair.serialCode }).click();
    const form = page.locator('[data-testid=handling-form]');
    await form.waitFor();
    await form.locator('textarea[name=opinion]').fill('责成工程部复查下水管并向业主致歉');
    await form.locator('textarea[name=followUp]').fill('两日内复查，客服再次电话回访');
    await form.getByRole('button', { name: '提交处理意见并关闭' }).click();
    await page.locator('[data-testid=attempt-message]', { hasText: '已写入处理意见并关闭' }).waitFor();
    // the navigation's badges follow the save at once (no polling in these tests): nothing left on 待办
    await page.locator('[data-testid=badge-work]').waitFor({ state: 'detached' });
    await screenshot(page, '90-day-manager-closed');
    await eventually(async () => {
      const c = await callbackOf(tickets.repair);
      return [c.status, c.handlingOpinion, c.followUp];
    }, ['CLOSED', '责成工程部复查下水管并向业主致歉', '两日内复查，客服再次电话回访']);
    await page.getByRole('button', { name: /待办/ }).click();
    await eventually(() => page.locator('[data-testid=work-ESCALATIONS_WITHOUT_OPINION] h3').textContent(), '待写处理意见的不合格回访0');
    await context.close();
  });

  it("auditor: sees the new project among the quarters not archived and reads its statistics, the API's figures", async () => {
    const { context, page } = await signInToWork(browser, 'auditor', 'demo1234');
    const overview = page.locator('[data-testid=work-ARCHIVE_OVERVIEW] tbody tr', { hasText: `${PROJECT.code} ${PROJECT.name}` });
    await overview.waitFor();
    await screenshot(page, '91-day-auditor-work');

    await page.selectOption('[data-testid=project-picker]', { label: `${PROJECT.code} ${PROJECT.name}` });
    await page.getByRole('button', { name: '季度统计' }).click();
    await page.waitForSelector('[data-testid=kind-table] .hf-total');
    const auditor = await apiAs('auditor', 'demo1234');
    const { quarterlyStatistics: stats } = await auditor<{ quarterlyStatistics: {
      kinds: { kind: string; ticketsCompleted: number; callbacksDone: number }[]; totals: { ticketsCompleted: number; callbacksDone: number };
      satisfaction: { rated: number }; unqualifiedCallbacks: { serialCode: string }[] } }>(
      `query ($p: ID!) { quarterlyStatistics(projectId: $p) { kinds { kind ticketsCompleted callbacksDone } totals { ticketsCompleted callbacksDone }
        satisfaction { rated } unqualifiedCallbacks { serialCode } } }`, { p: projectId },
    );
    // the day's work: two tickets completed, two callbacks done, one unqualified
    expect(stats.totals).toEqual({ ticketsCompleted: 2, callbacksDone: 2 });
    expect(stats.satisfaction.rated).toBe(2);
    expect(stats.unqualifiedCallbacks.map((u) => u.serialCode)).toEqual([(await callbackOf(tickets.repair)).serialCode]);
    // the screen's 合计 row shows the same completed and done figures, under the workbook's headers
    const column = async (key: string) => page.locator('[data-testid=kind-table] thead th').evaluateAll(
      (ths, k) => ths.findIndex((th) => th.getAttribute('data-column') === k), key,
    );
    const total = page.locator('[data-testid=kind-table] tr.hf-total td');
    await expect(total.nth(await column('ticketsCompleted')).textContent()).resolves.toBe('2');
    await expect(total.nth(await column('callbacksDone')).textContent()).resolves.toBe('2');
    await screenshot(page, '92-day-auditor-statistics');
    // nothing for the auditor to change: no editable cell in the callback sheet
    await page.getByRole('button', { name: /回访记录表/ }).click();
    await page.waitForSelector('[data-testid=grid-callbacks] .ag-row');
    await expect(page.locator('.ag-row .ag-cell[col-id="visitors"]:not(.hf-readonly)').count()).resolves.toBe(0);
    await context.close();
  });
});
