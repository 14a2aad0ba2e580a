import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { apiAs, ARTIFACTS, eventually, launchBrowser, screenshot, signIn } from './helpers/browser';

// 季度统计分析报告 as a screen (issue 14 item 2), in project A01: the previous quarter goes the whole way through the UI,
// the current quarter's draft is written by two clerks at once.

type Api = Awaited<ReturnType<typeof apiAs>>;
const REPORT = `query ($p: ID!, $period: String!) { quarterlyReport(projectId: $p, period: $period) {
  id version status analysis improvementMeasures reviewOpinion returnReason changedSinceSubmission figures { totals { ticketsCompleted } } } }`;

/** Signs in, picks the period and opens 季度报告. */
async function openReport(browser: Browser, username: string, period: string) {
  const session = await signIn(browser, username);
  await session.page.selectOption('[data-testid=period-picker]', period);
  await session.page.getByRole('button', { name: '季度报告' }).click();
  await session.page.waitForSelector('[data-testid=report-status]');
  return session;
}

const buttons = (page: Page) => page.locator('.hf-report-bar button').allTextContents();

describe('the quarterly report screen (季度统计分析报告)', () => {
  let browser: Browser;
  let clerkApi: Api;
  let projectA: string;
  let previous: string;
  let current: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    clerkApi = await apiAs('zhangli');
    projectA = (await clerkApi<{ me: { projects: { id: string; code: string }[] } }>('{ me { projects { id code } } }')).me.projects.find((p) => p.code === 'A01')!.id;
    const today = new Date(Date.now() + 8 * 3_600_000);
    const q = Math.floor(today.getUTCMonth() / 3) + 1;
    current = `${today.getUTCFullYear()}Q${q}`;
    previous = q === 1 ? `${today.getUTCFullYear() - 1}Q4` : `${today.getUTCFullYear()}Q${q - 1}`;
  });
  afterAll(() => browser?.close());

  const read = async (period: string) =>
    (await clerkApi<{ quarterlyReport: any }>(REPORT, { p: projectA, period })).quarterlyReport;

  it('should take the report from the clerk through review to the project manager, each seeing only their buttons, and print it on A4', async () => {
    // the clerk: no report yet; she writes the analysis only and submits — refused beside 改进措施, her text kept
    const clerk = await openReport(browser, 'zhangli', previous);
    await expect(clerk.page.locator('[data-testid=report-status]').textContent()).resolves.toContain('本期尚未起草报告');
    expect(await buttons(clerk.page)).toEqual(['保存', '提交', '打印（A4）']);
    const analysis = `${previous} 共完成维修、投诉等工单，回访率达标。\n不满意主要集中在维修不及时。`;
    await clerk.page.fill('[data-testid=report-analysis]', analysis);
    await clerk.page.click('[data-testid=report-submit]');
    await expect(clerk.page.locator('[data-testid=report-improvementMeasures-error]').textContent()).resolves.toBe('提交前请填写统计分析和改进措施');
    await expect(clerk.page.locator('[data-testid=report-analysis]').inputValue()).resolves.toBe(analysis);
    await screenshot(clerk.page, '39-report-draft-refused');
    await eventually(async () => (await read(previous))?.status, 'DRAFT');
    expect((await read(previous)).analysis).toBe(analysis);

    const measures = '1. 工程部维修 24 小时内上门；\n2. 客服管家每周抽查维修回访。';
    await clerk.page.fill('[data-testid=report-improvementMeasures]', measures);
    await clerk.page.click('[data-testid=report-submit]');
    await clerk.page.waitForFunction(() => document.querySelector('[data-testid=report-status]')?.textContent?.includes('已提交'));
    expect(await buttons(clerk.page)).toEqual(['打印（A4）', '变更历史']);
    const submitted = await read(previous);
    expect(submitted).toMatchObject({ status: 'SUBMITTED', analysis, improvementMeasures: measures, changedSinceSubmission: false });
    await expect(clerk.page.locator('[data-testid=report-figures-note]').textContent()).resolves.toContain('提交后记录无变动');
    await expect(clerk.page.locator('[data-testid=changed-figure]').count()).resolves.toBe(0);

    // a ticket of the quarter completed after submission: the figures that moved are marked, frozen → live
    const [year, quarter] = previous.split('Q').map(Number);
    const day = `${year}-${String(quarter * 3 - 1).padStart(2, '0')}-15`;
    const made = await clerkApi<{ createTicket: { ticket: { id: string; version: number } } }>(
      `mutation ($i: CreateTicketInput!) { createTicket(input: $i) { ticket { id version } } }`,
      { i: { projectId: projectA, kind: 'HELP', ownerName: '补录业主', unit: '9-1-0901', phone: '13912345678', channel: 'PHONE', summary: '求助：补录', receivedAt: `${day}T09:00:00+08:00` } },
    );
    await clerkApi(`mutation ($i: CompleteTicketInput!) { completeTicket(input: $i) { ticket { id } } }`,
      { i: { id: made.createTicket.ticket.id, version: made.createTicket.ticket.version, completedAt: `${day}T11:00:00+08:00`, handlingResult: '已处理' } });
    expect((await read(previous)).changedSinceSubmission).toBe(true);
    await clerk.page.reload();
    await clerk.page.waitForSelector('[data-testid=changed-figure]');
    await expect(clerk.page.locator('[data-testid=report-figures-note]').textContent()).resolves.toContain('提交后记录有变动');
    const total = clerk.page.locator('[data-testid=changed-figure][data-cell="total:ticketsCompleted"]');
    const frozenTotal = submitted.figures.totals.ticketsCompleted;
    await expect(total.textContent()).resolves.toBe(`${frozenTotal} → ${frozenTotal + 1}`);
    await expect(clerk.page.locator('[data-testid=changed-figure][data-cell="HELP:ticketsCompleted"]').count()).resolves.toBe(1);
    await screenshot(clerk.page, '40-report-submitted-changed');
    await clerk.context.close();

    // the supervisor: 审核通过 and 退回 only; 退回 without a reason is refused beside the reason, with it the report is a draft again
    const supervisor = await openReport(browser, 'liqiang', previous);
    expect(await buttons(supervisor.page)).toEqual(['审核通过', '退回', '打印（A4）', '变更历史']);
    await expect(supervisor.page.locator('textarea').count()).resolves.toBe(0);
    await expect(supervisor.page.locator('[data-testid=report-analysis-text]').textContent()).resolves.toBe(analysis);
    await supervisor.page.click('[data-testid=report-return]');
    await expect(supervisor.page.locator('[data-testid=report-reason-error]').textContent()).resolves.toBe('请填写退回原因');
    await supervisor.page.fill('[data-testid=report-reason]', '请补充重复维修的分析');
    await supervisor.page.click('[data-testid=report-return]');
    await supervisor.page.waitForFunction(() => document.querySelector('[data-testid=report-status]')?.textContent?.includes('草稿'));
    expect(await buttons(supervisor.page)).toEqual(['打印（A4）', '变更历史']);
    expect(await read(previous)).toMatchObject({ status: 'DRAFT', returnReason: '请补充重复维修的分析' });
    await supervisor.context.close();

    // the clerk completes the analysis and submits again; the supervisor reviews with an opinion
    const again = await openReport(browser, 'zhangli', previous);
    await expect(again.page.locator('[data-testid=trail-returned]').textContent()).resolves.toContain('请补充重复维修的分析');
    await again.page.fill('[data-testid=report-analysis]', `${analysis}\n本季度无重复维修。`);
    await again.page.click('[data-testid=report-submit]');
    await again.page.waitForFunction(() => document.querySelector('[data-testid=report-status]')?.textContent?.includes('已提交'));
    await again.context.close();
    const reviewer = await openReport(browser, 'liqiang', previous);
    await reviewer.page.fill('[data-testid=report-opinion]', '同意上报');
    await reviewer.page.click('[data-testid=report-review]');
    await reviewer.page.waitForFunction(() => document.querySelector('[data-testid=report-status]')?.textContent?.includes('已审核'));
    await reviewer.context.close();
    expect(await read(previous)).toMatchObject({ status: 'REVIEWED', reviewOpinion: '同意上报', analysis: `${analysis}\n本季度无重复维修。` });

    // the project manager: 确认上报 and 退回; after it, nobody has a step left
    const manager = await openReport(browser, 'chenjie', previous);
    expect(await buttons(manager.page)).toEqual(['确认上报', '退回', '打印（A4）', '变更历史']);
    await manager.page.click('[data-testid=report-report]');
    await manager.page.waitForFunction(() => document.querySelector('[data-testid=report-status]')?.textContent?.includes('已上报'));
    expect(await buttons(manager.page)).toEqual(['打印（A4）', '变更历史']);
    expect((await read(previous)).status).toBe('REPORTED');
    await expect(manager.page.locator('[data-testid=trail-reviewed]').textContent()).resolves.toContain('同意上报');

    // its history: every step, who and when, old → new
    await manager.page.click('[data-testid=report-history]');
    await manager.page.waitForSelector('[data-testid=history-entry]');
    const statusChanges = await manager.page.locator('[data-testid=history-entry][data-field=status] .hf-history-change').allTextContents();
    expect(statusChanges).toEqual(['草稿 → 已提交', '已提交 → 草稿', '草稿 → 已提交', '已提交 → 已审核', '已审核 → 已上报']);
    await manager.page.locator('[data-testid=history-panel]').scrollIntoViewIfNeeded();
    await screenshot(manager.page, '41-report-reported-history');

    // printed: A4, the report alone — title, figures, both texts, the trail — and none of the screen's buttons
    await manager.page.click('[data-testid=report-history]');
    await manager.page.emulateMedia({ media: 'print' });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const pdf = path.join(ARTIFACTS, '42-report-print.pdf');
    await manager.page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeLessThanOrEqual(2);
    for (const expected of ['季度统计分析报告', 'A01 阳光花园', '一、统计数据', '二、统计分析', '不满意主要集中在维修不及时。', '三、改进措施', '2. 客服管家每周抽查维修回访。', '四、审批流转', '同意上报']) {
      expect(text).toContain(expected);
    }
    for (const absent of ['确认上报', '打印（A4）', '变更历史', '回访记录表']) expect(text).not.toContain(absent);
    const info = execFileSync('pdfinfo', [pdf]).toString();
    expect(info).toMatch(/Page size:.*\(A4\)/);
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', pdf, path.join(ARTIFACTS, '42-report-print-page')]);
    await manager.context.close();

    // the auditor reads it, with no step to take — in English too
    const auditor = await openReport(browser, 'auditor', previous);
    expect(await buttons(auditor.page)).toEqual(['打印（A4）', '变更历史']);
    await auditor.page.getByRole('button', { name: 'English' }).click();
    await expect(auditor.page.locator('.hf-report-title').textContent()).resolves.toBe('Quarterly statistics and analysis report');
    await expect(auditor.page.locator('[data-testid=report-status]').textContent()).resolves.toBe('Status: Reported');
    await screenshot(auditor.page, '49-report-english');
    await auditor.context.close();
  });

  it('should tell the second clerk saving the draft that it changed, show both texts and lose neither', async () => {
    const first = await openReport(browser, 'zhangli', current);
    const second = await openReport(browser, 'wangfang', current);
    await first.page.fill('[data-testid=report-analysis]', '张丽：本季度回访情况良好。');
    await first.page.click('[data-testid=report-save]');
    await first.page.waitForFunction(() => document.querySelector('[data-testid=report-message]')?.textContent?.includes('已保存'));

    // 王芳's screen read the period before 张丽's draft existed
    await second.page.fill('[data-testid=report-analysis]', '王芳：本季度维修回访偏少。');
    await second.page.click('[data-testid=report-save]');
    await second.page.waitForSelector('[data-testid=report-conflict]');
    await expect(second.page.locator('[data-testid=report-analysis]').inputValue()).resolves.toBe('王芳：本季度维修回访偏少。');
    await expect(second.page.locator('[data-testid=report-analysis-theirs]').textContent()).resolves.toContain('张丽：本季度回访情况良好。');
    await screenshot(second.page, '43-report-conflict');
    expect((await read(current)).analysis).toBe('张丽：本季度回访情况良好。');

    await second.page.click('[data-testid=report-keep-mine]');
    await second.page.waitForFunction(() => document.querySelector('[data-testid=report-message]')?.textContent?.includes('已保存'));
    await expect(second.page.locator('[data-testid=report-conflict]').count()).resolves.toBe(0);
    expect((await read(current)).analysis).toBe('王芳：本季度维修回访偏少。');
    await first.context.close();
    await second.context.close();
  });
});
