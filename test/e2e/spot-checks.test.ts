import type { Browser } from 'playwright-core';
import { apiAs, appUrl, launchBrowser, screenshot } from './helpers/browser';

// 抽查回访 (issue 14 item 5, seed 004): the supervisor plans the proposed repair records from 待办, records the spot
// check the normal way, and sees whether the owner said the same as to the clerk. In project B02 (孙伟).

const PROPOSAL = `query ($p: ID!, $period: String!) { proposeSpotChecks(projectId: $p, period: $period) {
  planned spotChecks { id serialCode version status spotCheckAgreement spotCheckOf { id serialCode satisfaction result } } } }`;

describe('抽查回访 in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('should let the supervisor keep a proposed record, swap in another, plan them with 安排抽查, and show 不一致 once the spot check finds otherwise', async () => {
    const supervisor = await apiAs('sunwei');
    const projectB = (await supervisor<{ me: { projects: { id: string; code: string }[] } }>('{ me { projects { id code } } }')).me.projects.find((p) => p.code === 'B02')!.id;
    const context = await browser.newContext({ viewport: { width: 1600, height: 1400 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${appUrl()}/?poll=0&live=0`);
    await page.fill('input[name=username]', 'sunwei');
    await page.fill('input[name=password]', 'demo1234');
    await page.click('button[type=submit]');

    // the proposal: 20 % of the quarter's finished repair records, every one ticked
    const section = page.locator('[data-testid=spot-checks]');
    await section.locator('[data-testid=spot-summary]').waitFor();
    const summary = (await section.locator('[data-testid=spot-summary]').textContent())!;
    expect(summary).toMatch(/本期完成报修 \d+ 单，按 20% 应抽查 \d+ 条，已安排 0 条/);
    // the section and the quota line above it (the statistics' figure) say the same numbers
    const quotaLine = (await page.locator('[data-testid=work-SPOT_CHECK_QUOTA]').textContent())!;
    const [, repairs, quota] = summary.match(/完成报修 (\d+) 单，按 20% 应抽查 (\d+) 条/)!;
    expect(quotaLine).toContain(`B02 `);
    expect(quotaLine).toContain(`完成报修 ${repairs} 单，应抽查 ${quota} 条（20%）`);
    const boxes = section.locator('[data-testid=spot-proposal] input[type=checkbox]');
    const proposed = await boxes.count();
    expect(proposed).toBeGreaterThan(0);
    // the supervisor keeps the first and leaves the others out
    for (let i = 1; i < proposed; i += 1) await boxes.nth(i).uncheck();
    const chosenCode = (await section.locator('[data-testid=spot-proposal] tbody tr').first().locator('td').nth(1).textContent())!.trim();
    // … and swaps in one record the system did not propose
    const others = section.locator('[data-testid=spot-others]');
    const swapping = (await others.count()) > 0;
    let swappedCode: string | null = null;
    if (swapping) {
      await others.locator('summary').click();
      const row = others.locator('tbody tr').first();
      swappedCode = (await row.locator('td').nth(1).textContent())!.trim();
      await row.locator('input[type=checkbox]').check();
    }
    const count = swapping ? 2 : 1;
    await section.getByRole('button', { name: '安排抽查' }).click();
    await section.getByText(`已安排 ${count} 条抽查回访`).waitFor();
    const planned = section.locator('[data-testid=spot-planned] tbody tr');
    await planned.first().waitFor();
    expect(await planned.count()).toBe(count);
    const originals = await planned.evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[1].textContent));
    expect(originals.sort()).toEqual([chosenCode, swappedCode].filter(Boolean).sort());
    expect(await planned.locator('[data-testid=spot-agreement]').allTextContents()).toEqual(Array(count).fill('待回访'));

    // through GraphQL: one SPOT_CHECK of that record; the supervisor records what the owner says now
    const period = (await supervisor<{ workQueues: { spotCheckQuota: { project: { id: string }; period: string }[] } }>(
      `query ($p: ID) { workQueues(projectId: $p) { spotCheckQuota { project { id } period } } }`, { p: projectB },
    )).workQueues.spotCheckQuota.find((q) => q.project.id === projectB)!.period;
    const read = (await supervisor<any>(PROPOSAL, { p: projectB, period })).proposeSpotChecks;
    expect(read.planned).toBe(count);
    const spot = read.spotChecks.find((c: any) => c.spotCheckOf.serialCode === chosenCode);
    expect(spot).toMatchObject({ status: 'PLANNED', spotCheckAgreement: 'PENDING', spotCheckOf: { serialCode: chosenCode } });
    const different = spot.spotCheckOf.result === 'UNQUALIFIED' && spot.spotCheckOf.satisfaction === 'VERY_UNSATISFIED'
      ? { satisfaction: 'VERY_SATISFIED', result: 'QUALIFIED' }
      : { satisfaction: 'VERY_UNSATISFIED', result: 'UNQUALIFIED', shortcomings: '业主反映维修后仍有问题' };
    await supervisor(`mutation ($i: RecordCallbackResultInput!) { recordCallbackResult(input: $i) { callback { id } userErrors { message } } }`, {
      i: { id: spot.id, version: spot.version, methods: ['PHONE'], performedAt: new Date(Date.now() - 60_000).toISOString(), ...different },
    });
    const after = (await supervisor<any>(PROPOSAL, { p: projectB, period })).proposeSpotChecks.spotChecks;
    expect(after.find((c: any) => c.id === spot.id).spotCheckAgreement).toBe('DIFFERENT');

    // the screen says 不一致 beside the two outcomes
    await page.reload();
    const checkedRow = section.locator('[data-testid=spot-planned] tbody tr', { hasText: chosenCode });
    await checkedRow.waitFor();
    expect(await checkedRow.locator('[data-testid=spot-agreement]').textContent()).toBe('不一致');
    expect(await section.locator('[data-testid=spot-summary]').textContent()).toMatch(new RegExp(`已安排 ${count} 条`));
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, '60-spot-checks-supervisor');
    await context.close();
  });
});
