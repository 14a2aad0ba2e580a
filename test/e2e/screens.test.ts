import type { Browser, Page } from 'playwright-core';
import { appUrl, launchBrowser, screenshot, signIn } from './helpers/browser';

/** The scripts a page downloads: their file names, the bytes on the wire and how they were encoded. */
function scriptLog(page: Page) {
  const scripts: { name: string; encoding: string | undefined; bytes: number }[] = [];
  page.on('requestfinished', (request) => {
    void (async () => {
      if (!request.url().endsWith('.js')) return;
      const response = await request.response();
      const sizes = await request.sizes();
      scripts.push({ name: new URL(request.url()).pathname.split('/').pop()!, encoding: response?.headers()['content-encoding'], bytes: sizes.responseBodySize });
    })();
  });
  return scripts;
}

describe('the screens beside the grid (issue 13)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('should load AG Grid only with a grid sheet, each sheet as its own compressed script', async () => {
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const scripts = scriptLog(page);
    // the sign-in page, then straight to 季度统计 (no grid on either)
    await page.goto(`${appUrl()}/?poll=0#/statistics`);
    await page.fill('input[name=username]', 'liqiang');
    await page.fill('input[name=password]', 'demo1234');
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-testid=kind-table] .hf-total');
    const withoutGrid = scripts.map((s) => s.name);
    expect(withoutGrid.some((name) => name.startsWith('StatisticsSheet-'))).toBe(true);
    expect(withoutGrid.some((name) => name.startsWith('ag-grid-'))).toBe(false);
    expect(withoutGrid.some((name) => name.startsWith('CallbackSheet-'))).toBe(false);

    await page.getByRole('button', { name: '回访记录表' }).click();
    await page.waitForSelector('.ag-row .ag-cell');
    const names = scripts.map((s) => s.name);
    expect(names.some((name) => name.startsWith('CallbackSheet-'))).toBe(true);
    expect(names.filter((name) => name.startsWith('ag-grid-'))).toHaveLength(1);
    // every script of a size worth compressing comes brotli-compressed, and the first screen is a fraction of the whole
    expect(scripts.filter((s) => s.bytes > 1024 && s.encoding !== 'br')).toEqual([]);
    const firstScreen = scripts.filter((s) => withoutGrid.includes(s.name)).reduce((sum, s) => sum + s.bytes, 0);
    const all = scripts.reduce((sum, s) => sum + s.bytes, 0);
    expect(firstScreen).toBeLessThan(all / 2);
    await context.close();
  });
});

