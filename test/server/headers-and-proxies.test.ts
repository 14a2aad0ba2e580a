import { DEMO_PASSWORD } from '../../server/src/db/seed';
import { createTestApiToken } from './helpers/api-tokens';
import { initTestApp, TestApp } from './helpers/test-app';

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: (() => { try { return JSON.parse(text); } catch { return null; } })() };
}

const LOGIN = JSON.stringify({ query: `mutation { login(input: { username: "zhangli", password: "${DEMO_PASSWORD}" }) { token } }` });
const WRONG = (n: number) => JSON.stringify({ query: `mutation { login(input: { username: "wangfang", password: "wrong-${n}" }) { token userErrors { code } } }` });
const EXPORT = `mutation ($i: ExportQuarterlyWorkbookInput!) { exportQuarterlyWorkbook(input: $i) { downloadUrl userErrors { message } } }`;

function currentQuarter(): string {
  const china = new Date(Date.now() + 8 * 3_600_000);
  return `${china.getUTCFullYear()}Q${Math.floor(china.getUTCMonth() / 3) + 1}`;
}

// issue 21 item 5
describe('headers, status codes and proxies', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await initTestApp();
  });
  afterAll(() => app.close());

  it('should answer introspection without credentials with 401, and to an API token with 403 (not 500)', async () => {
    const anonymous = await post(app.url, JSON.stringify({ query: '{ __schema { queryType { name } } }' }));
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const admin = await app.as('admin');
    const { secret } = await createTestApiToken(admin, { scopes: ['TICKETS_READ'] });
    const token = await post(app.url, JSON.stringify({ query: '{ __type(name: "Ticket") { name } }' }), { authorization: `Bearer ${secret}` });
    expect(token.status).toBe(403);
    expect(token.json.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it.each([
    ['a batch (JSON array)', () => JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]), 400],
    ['a body over 1 MB', () => JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1_100_000) } }), 413],
    ['a body that is not JSON', () => '{"query": ', 400],
  ])('should send the x-ratelimit-* headers with the %s refusal', async (_what, body, status) => {
    const res = await post(app.url, body());
    expect(res.status).toBe(status);
    expect(res.json.errors[0].extensions.code).toBe('BAD_REQUEST');
    for (const name of ['limit', 'remaining', 'used', 'reset', 'resource']) expect(res.headers.get(`x-ratelimit-${name}`)).toEqual(expect.any(String));
    expect(Number(res.headers.get('x-ratelimit-used'))).toBeGreaterThan(0);
  });

  it('should send the security headers on the app and the API', async () => {
    for (const path of ['/', '/graphql?query=%7B__typename%7D', '/health']) {
      const res = await fetch(`${app.url}${path}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('same-origin');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('upgrade-insecure-requests');
    }
  });

  it('should ignore X-Forwarded-Proto and X-Forwarded-For unless TRUST_PROXY names the proxy', async () => {
    const spoofed = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.7' };
    const direct = await post(app.url, LOGIN, spoofed);
    expect(direct.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i);
    // failures from "other addresses" are still this address's: a client cannot dodge the per-address counts
    for (let i = 0; i < 10; i += 1) await post(app.url, WRONG(i), { 'x-forwarded-for': `198.51.100.${i}` });
    expect((await post(app.url, WRONG(99), { 'x-forwarded-for': '198.51.100.200' })).status).toBe(429);
    await app.orm.em.getConnection().execute('delete from login_failure');

    // (the same DATA_DIR: createApp's settings are per process, and the later tests export workbooks)
    const behindProxy = await app.startAnother({ trustProxy: 'loopback', dataDir: app.dataDir });
    try {
      const viaProxy = await post(behindProxy.url, LOGIN, spoofed);
      expect(viaProxy.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
      // behind the named proxy, each client address counts on its own
      for (let i = 0; i < 10; i += 1) expect((await post(behindProxy.url, WRONG(i), { 'x-forwarded-for': `198.51.100.${i}` })).status).toBe(200);
    } finally {
      await behindProxy.close();
      await app.orm.em.getConnection().execute('delete from login_failure');
    }
  });

  it("should answer another project's workbook exactly like a missing one: 404", async () => {
    const supervisorB = await app.as('sunwei');
    const exported = await supervisorB.gql(EXPORT, { i: { projectId: app.projectB, period: currentQuarter() } });
    expect(exported.data.exportQuarterlyWorkbook.userErrors).toEqual([]);
    const url: string = exported.data.exportQuarterlyWorkbook.downloadUrl;
    const supervisorA = await app.as('liqiang');
    const get = (path: string) => fetch(`${app.url}${path}`, { headers: { authorization: `Bearer ${supervisorA.token}` } });
    const foreign = await get(url);
    const missing = await get(url.replace(/-\d+\.xlsx$/, '-99.xlsx'));
    expect(foreign.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(await foreign.json()).toEqual(await missing.json());
    expect((await fetch(`${app.url}${url}`, { headers: { authorization: `Bearer ${supervisorB.token}` } })).status).toBe(200);
  });
});
