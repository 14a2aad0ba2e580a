import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ARTIFACTS = path.resolve(__dirname, '..', '..', '..', 'test-artifacts', 'e2e');

export function appUrl(): string {
  const url = process.env.E2E_URL;
  if (!url) throw new Error('E2E_URL is not set: run through jest (the e2e globalSetup starts the server)');
  return url;
}

/** Debian's Chromium (apt-get install chromium); Playwright never downloads a browser here. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * A fresh browser profile signed in through the login form; polling and live rows off unless asked, so a test
 * decides when rows refresh (`?poll=0&live=0`; the live-updates test turns live on).
 */
export async function signIn(browser: Browser, username: string, query = '?poll=0&live=0'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 }, locale: 'zh-CN' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: appUrl() });
  const page = await context.newPage();
  await page.goto(`${appUrl()}/${query}#/callbacks`);
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', 'demo1234');
  await page.click('button[type=submit]');
  await page.waitForSelector('.ag-row .ag-cell');
  return { context, page };
}

export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, ...options });
  return file;
}

/** The cell of a displayed row and column of the sheet. */
export function cell(page: Page, rowIndex: number, colId: string) {
  return page.locator(`.ag-row[row-index="${rowIndex}"] .ag-cell[col-id="${colId}"]`);
}

/** Types a value into a cell as a clerk does (F2 opens the editor, Enter saves), replacing what was there. */
export async function typeIntoCell(page: Page, rowIndex: number, colId: string, value: string): Promise<void> {
  await cell(page, rowIndex, colId).click();
  await page.keyboard.press('F2');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
}

/** GraphQL as a script would call it (bearer token), to check what the server stored. */
export async function apiAs(username: string, password = 'demo1234') {
  const call = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> => {
    const res = await fetch(`${appUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data: T; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const login = await call<{ login: { token: string | null } }>(
    'mutation ($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }', { u: username, p: password },
  );
  if (!login.login.token) throw new Error(`${username} cannot sign in`);
  return <T>(query: string, variables?: Record<string, unknown>) => call<T>(query, variables, login.login.token!);
}

/** Waits until a server-side check gives the expected value (the browser saves asynchronously). */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read();
    if (JSON.stringify(last) === JSON.stringify(expected)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  expect(last).toEqual(expected);
}

/** now in 北京时间 as a clerk types it, a minute ago */
export function justNow(): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(Date.now() - 60_000));
  const p = Object.fromEntries(parts.map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/**
 * The sheet filtered by 编码 to one callback (the period's rows may be more than the screen shows): its row is the first.
 * A change of period remounts the sheet, which drops a filter typed meanwhile: the filter is typed again until it holds.
 */
export async function onlyRow(page: Page, serial: string): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    await page.locator('.ag-header-cell[col-id="serialCode"] .ag-header-cell-filter-button').click();
    const input = page.locator('.ag-filter input').first();
    await input.waitFor();
    await input.fill(serial);
    await page.keyboard.press('Escape');
    const shown = await page
      .waitForFunction((code) => {
        const cells = [...document.querySelectorAll('.ag-row .ag-cell[col-id="serialCode"]')];
        return cells.length === 1 && cells[0].textContent === code;
      }, serial, { timeout: 10_000 })
      .then(() => true, (error) => { if (attempt >= 3) throw error; return false; });
    if (shown) return 0;
  }
}
