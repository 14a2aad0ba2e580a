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

  it('should let the supervisor tick a proposed record, plan it with 安排抽查, and show 不一致 once the spot check finds otherwise', async () => {
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
    expect(await section.locator('[data-testid=spot-summary]').textContent()).toMatch(/按 20% 应抽查 \d+ 条，已安排 0 条/);
    const boxes = section.locator('[data-testid=spot-proposal] input[type=checkbox]');
    const proposed = await boxes.count();
    expect(proposed).toBeGreaterThan(0);
    // the supervisor keeps the first and leaves the others out
    for (let i = 1; i < proposed; i += 1) await boxes.nth(i).uncheck();
    const chosenCode = (await section.locator('[data-testid=spot-proposal] tbody tr').first().locator('td').nth(1).textContent())!.trim();
    await section.getByRole('button', { name: '安排抽查' }).click();
    await section.getByText('已安排 1 条抽查回访').waitFor();
    const planned = section.locator('[data-testid=spot-planned] tbody tr');
    await planned.first().waitFor();
    expect(await planned.count()).toBe(1);
    expect(await planned.first().locator('td').nth(1).textContent()).toBe(chosenCode);
    expect(await planned.first().locator('[data-testid=spot-agreement]').textContent()).toBe('待回访');

    // through GraphQL: one SPOT_CHECK of that record; the supervisor records what the owner says now
    const period = (await supervisor<{ workQueues: { spotCheckQuota: { project: { id: string }; period: string }[] } }>(
      `query ($p: ID) { workQueues(projectId: $p) { spotCheckQuota { project { id } period } } }`, { p: projectB },
    )).workQueues.spotCheckQuota.find((q) => q.project.id === projectB)!.period;
    const read = (await supervisor<any>(PROPOSAL, { p: projectB, period })).proposeSpotChecks;
    expect(read.planned).toBe(1);
    const [spot] = read.spotChecks;
    expect(spot).toMatchObject({ status: 'PLANNED', spotCheckAgreement: 'PENDING', spotCheckOf: { serialCode: chosenCode } });
    const different = spot.spotCheckOf.result === 'UNQUALIFIED' && spot.spotCheckOf.satisfaction === 'VERY_UNSATISFIED'
      ? { satisfaction: 'VERY_SATISFIED', result: 'QUALIFIED' }
      : { satisfaction: 'VERY_UNSATISFIED', result: 'UNQUALIFIED', shortcomings: '业主反映维修后仍有问题' };
    await supervisor(`mutation ($i: RecordCallbackResultInput!) { recordCallbackResult(input: $i) { callback { id } userErrors { message } } }`, {
      i: { id: spot.id, version: spot.version, methods: ['PHONE'], performedAt: new Date(Date.now() - 60_000).toISOString(), ...different },
    });
    expect((await supervisor<any>(PROPOSAL, { p: projectB, period })).proposeSpotChecks.spotChecks[0].spotCheckAgreement).toBe('DIFFERENT');

    // the screen says 不一致 beside the two outcomes
    await page.reload();
    await section.locator('[data-testid=spot-planned] [data-testid=spot-agreement]').first().waitFor();
    expect(await section.locator('[data-testid=spot-planned] [data-testid=spot-agreement]').first().textContent()).toBe('不一致');
    expect(await section.locator('[data-testid=spot-summary]').textContent()).toMatch(/已安排 1 条/);
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, '60-spot-checks-supervisor');
    await context.close();
  });
});
