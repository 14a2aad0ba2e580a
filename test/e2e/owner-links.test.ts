import type { Browser } from 'playwright-core';
import { createTestCallback } from '../server/helpers/factories';
import type { Client } from '../server/helpers/test-app';
import { apiAs, cell, launchBrowser, onlyRow, screenshot, signIn } from './helpers/browser';

// 业主线上回访 (issue 16): the clerk sends a survey link from 《业主回访记录表》, the owner answers on a phone (375 × 812,
// Chinese), and the row in the clerk's sheet is done with method 线上.

describe('the owner answers by link, in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it("should let the owner fill the survey on a phone and show the record in the clerk's sheet as 线上", async () => {
    const api = await apiAs('wangfang');
    const projectA = (await api<{ me: { projects: { id: string; code: string }[] } }>('{ me { projects { id code } } }')).me.projects.find((p) => p.code === 'A01')!.id;
    const asClient: Client = { token: null, gql: async (query, variables) => ({ data: await api(query, variables) as never }) };
    // a help request (求助): the demo quarter's repair figures, which other browser tests read, stay as they are
    const callback = await createTestCallback(asClient, projectA, { kind: 'HELP', category: null, ownerName: '林国栋', unit: '6-1-802', summary: '卫生间地漏堵塞' });

    // the clerk: select the row, 发送回访链接, 生成链接
    const { context, page } = await signIn(browser, 'wangfang');
    const row = await onlyRow(page, callback.serialCode);
    await cell(page, row, 'summary').click();
    await page.getByTestId('care-survey-link').click();
    const dialog = page.getByTestId('owner-link-dialog');
    await expect(dialog.textContent()).resolves.toContain('林国栋');
    await dialog.getByTestId('owner-link-make').click();
    await dialog.getByTestId('owner-link-made').waitFor();
    const url = (await dialog.getByTestId('owner-link-url').textContent())!.trim();
    const sms = await dialog.getByTestId('owner-link-sms').inputValue();
    expect(url).toMatch(/\/s\/[A-Za-z0-9_-]{22}$/);
    expect(sms).toContain(url);
    expect(Array.from(sms).length).toBeLessThanOrEqual(70);
    // the QR code is a real image the browser decoded
    const qrWidth = await dialog.getByTestId('owner-link-qr').evaluate((img: HTMLImageElement) => img.naturalWidth);
    expect(qrWidth).toBeGreaterThan(100);
    await expect(dialog.getByTestId('owner-link-list').textContent()).resolves.toContain('有效');
    await screenshot(page, '16-owner-link-dialog');
    await dialog.getByTestId('owner-link-close').click();

    // the owner, on a phone: no session, its own small page
    const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    const owner = await phone.newPage();
    const blocked: string[] = [];
    owner.on('console', (m) => { if (m.type() === 'error') blocked.push(m.text()); });
    await owner.goto(url);
    await owner.getByText('服务评价').first().waitFor();
    const head = (await owner.locator('header').textContent())!;
    expect(head).toContain('求助服务：卫生间地漏堵塞');
    expect(head).toContain('6-*-***');
    expect(head).not.toContain('林国栋');
    // no back-office bundle: neither React nor AG Grid is loaded
    const scripts = await owner.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')));
    expect(scripts.some((s) => /ag-grid|vendor/.test(s))).toBe(false);

    await owner.locator('[data-field=qualityEvaluation]').getByText('好', { exact: true }).click();
    await owner.locator('[data-field=serviceEvaluation]').getByText('较好', { exact: true }).click();
    // 不满意 asks what was wrong; a reason picked, then the owner changes their mind to 满意
    await owner.locator('[data-field=satisfaction]').getByText('不满意', { exact: true }).click();
    await owner.getByText('缺点与不足（可多选）').waitFor();
    await owner.locator('[data-field=satisfaction]').getByText('满意', { exact: true }).click();
    await owner.locator('[data-field=satisfactionScore]').getByText('9', { exact: true }).click();
    await owner.fill('textarea[name=suggestions]', '师傅很专业，希望以后也能提前电话联系');
    await screenshot(owner, '16-owner-page', { fullPage: true });
    await owner.getByRole('button', { name: '提交' }).click();
    await owner.getByText('感谢您的评价').waitFor();
    await screenshot(owner, '16-owner-page-thanks');
    expect(blocked.filter((m) => /Content Security Policy/i.test(m))).toEqual([]);

    // the same link again: one friendly page, as for any link that no longer works
    await owner.goto(url);
    await owner.getByText('链接已失效').waitFor();
    await screenshot(owner, '16-owner-page-used');
    await phone.close();

    // the clerk's sheet: the row is done, 回访方式 线上, 业主确认 业主线上确认
    await page.reload();
    await page.waitForSelector('.ag-row .ag-cell');
    const again = await onlyRow(page, callback.serialCode);
    await expect(cell(page, again, 'methods').textContent()).resolves.toBe('线上');
    await expect(cell(page, again, 'status').textContent()).resolves.toBe('已回访');
    await expect(cell(page, again, 'ownerConfirmation').textContent()).resolves.toBe('业主线上确认');
    await expect(cell(page, again, 'satisfaction').textContent()).resolves.toBe('满意');
    await expect(cell(page, again, 'visitors').textContent()).resolves.toBe('业主本人（线上）');
    await cell(page, again, 'methods').click();
    await screenshot(page, '16-owner-answer-in-sheet');
    await context.close();
  });

  it('should show the owner a phone result to confirm, and take a dispute with its reason', async () => {
    const api = await apiAs('wangfang');
    const projectA = (await api<{ me: { projects: { id: string; code: string }[] } }>('{ me { projects { id code } } }')).me.projects.find((p) => p.code === 'A01')!.id;
    const asClient: Client = { token: null, gql: async (query, variables) => ({ data: await api(query, variables) as never }) };
    const callback = await createTestCallback(asClient, projectA, { kind: 'HELP', category: null, ownerName: '周慧敏', unit: '4-2-301', summary: '钥匙反锁在屋内' });
    const node = await api<any>(`query ($id: ID!) { node(id: $id) { ... on Callback { version } } }`, { id: callback.id });
    const recorded = await api<any>(`mutation ($i: RecordCallbackResultInput!) { recordCallbackResult(input: $i) { userErrors { message } } }`, {
      i: { id: callback.id, version: node.node.version, methods: ['PHONE'], performedAt: new Date(Date.now() - 60_000).toISOString(), satisfaction: 'VERY_SATISFIED', satisfactionScore: 10, qualityEvaluation: '好', serviceEvaluation: '好', result: 'QUALIFIED', ownerConfirmation: 'CONFIRMED_BY_PHONE' },
    });
    expect(recorded.recordCallbackResult.userErrors).toEqual([]);
    const made = await api<any>(`mutation ($i: CreateOwnerLinkInput!) { createOwnerLink(input: $i) { url userErrors { message } } }`, { i: { callbackId: callback.id, purpose: 'CONFIRM' } });
    const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    const owner = await phone.newPage();
    await owner.goto(made.createOwnerLink.url);
    await owner.getByText('回访记录确认').waitFor();
    const shown = (await owner.locator('.recorded').textContent())!;
    expect(shown).toContain('非常满意');
    expect(shown).toContain('10 分');
    await owner.getByText('不一致，有异议').click();
    await owner.getByRole('button', { name: '提交' }).click();
    await owner.getByText('有异议时请说明情况').waitFor();
    await owner.fill('textarea[name=comment]', '钥匙是我自己找锁匠开的，物业没有来');
    await screenshot(owner, '16-owner-confirm-page', { fullPage: true });
    await owner.getByRole('button', { name: '提交' }).click();
    await owner.getByText('已收到您的异议').waitFor();
    await phone.close();
    const after = await api<any>(`query ($id: ID!) { node(id: $id) { ... on Callback { ownerVerdict ownerVerdictComment } } }`, { id: callback.id });
    expect(after.node).toEqual({ ownerVerdict: 'DISPUTED', ownerVerdictComment: '钥匙是我自己找锁匠开的，物业没有来' });
  });
});
