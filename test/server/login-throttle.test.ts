import { DEMO_PASSWORD } from '../../server/src/db/seed';
import { loadConfig } from '../../server/src/config';
import { initTestApp, TestApp } from './helpers/test-app';

const LOGIN = `mutation ($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token userErrors { field code message } } }`;

async function attempt(url: string, username: string, password: string) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: LOGIN, variables: { u: username, p: password } }) });
  const body = await res.json();
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body };
}

async function fail(url: string, username: string, times: number) {
  for (let i = 0; i < times; i += 1) {
    const res = await attempt(url, username, `wrong-${i}`);
    expect(res.status).toBe(200);
    expect(res.body.data.login.userErrors).toEqual([{ field: ['password'], code: 'UNAUTHENTICATED', message: '用户名或密码错误 (wrong username or password)' }]);
  }
}

function expectThrottled(res: { status: number; retryAfter: string | null; body: any }, atMostSeconds: number) {
  expect(res.status).toBe(429);
  expect(Number(res.retryAfter)).toBeGreaterThan(0);
  expect(Number(res.retryAfter)).toBeLessThanOrEqual(atMostSeconds);
  expect(res.body.errors[0].extensions.code).toBe('RATE_LIMITED');
  expect(res.body.errors[0].message).toMatch(/^登录失败次数过多，请 \d+ (分钟|秒|小时)后再试 \(too many failed sign-ins: try again in \d+ (minutes?|seconds|hours)\)$/);
  expect(res.body.data?.login ?? null).toBeNull();
}

// issue 21 item 4: 30 wrong passwords and then the right one used to sign in
describe('login throttling (failed sign-ins counted in PostgreSQL)', () => {
  let app: TestApp;
  const limits = loadConfig().loginThrottle;

  beforeAll(async () => {
    app = await initTestApp();
  });
  beforeEach(async () => {
    await app.orm.em.getConnection().execute('delete from login_failure');
  });
  afterAll(() => app.close());

  it(`should refuse the right password with 429 and retry-after after ${limits.consecutiveFails} consecutive failures of a username`, async () => {
    await fail(app.url, 'zhangli', limits.consecutiveFails);
    expectThrottled(await attempt(app.url, 'zhangli', 'one-more-guess'), limits.blockSeconds);
    expectThrottled(await attempt(app.url, 'zhangli', DEMO_PASSWORD), limits.blockSeconds);
    // another person on the same address is not locked out by it
    expect((await attempt(app.url, 'wangfang', DEMO_PASSWORD)).body.data.login.token).toEqual(expect.any(String));
  });

  it('should answer an unknown username exactly as a known one, failure after failure', async () => {
    for (let i = 0; i < limits.consecutiveFails; i += 1) {
      const [known, unknown] = await Promise.all([attempt(app.url, 'liqiang', `x${i}`), attempt(app.url, 'nobody-here', `x${i}`)]);
      expect(unknown).toEqual(known);
    }
    const [known, unknown] = await Promise.all([attempt(app.url, 'liqiang', 'x'), attempt(app.url, 'nobody-here', 'x')]);
    expectThrottled(known, limits.blockSeconds);
    expect({ ...unknown, retryAfter: null }).toEqual({ ...known, retryAfter: null });
  });

  it('should start counting again after a successful sign-in', async () => {
    await fail(app.url, 'chenjie', limits.consecutiveFails - 1);
    expect((await attempt(app.url, 'chenjie', DEMO_PASSWORD)).body.data.login.token).toEqual(expect.any(String));
    await fail(app.url, 'chenjie', limits.consecutiveFails);
    expectThrottled(await attempt(app.url, 'chenjie', 'x'), limits.blockSeconds);
  });

  it('should let an admin unlock a user, and nobody else', async () => {
    await fail(app.url, 'zhaogang', limits.consecutiveFails);
    expectThrottled(await attempt(app.url, 'zhaogang', 'x'), limits.blockSeconds);
    expectThrottled(await attempt(app.url, 'zhaogang', DEMO_PASSWORD), limits.blockSeconds);
    const UNLOCK = `mutation ($u: String!) { unlockLogin(input: { username: $u }) { unlockedAddresses userErrors { code } } }`;
    const clerk = await app.as('zhangli');
    expect((await clerk.gql(UNLOCK, { u: 'zhaogang' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const admin = await app.as('admin');
    expect((await admin.gql(UNLOCK, { u: 'zhaogang' })).data.unlockLogin).toEqual({ unlockedAddresses: 1, userErrors: [] });
    expect((await attempt(app.url, 'zhaogang', DEMO_PASSWORD)).body.data.login.token).toEqual(expect.any(String));
  });

  it('should count the failures of every process together, and block an address guessing many names', async () => {
    const other = await app.startAnother({ loginThrottle: { consecutiveFails: 50, blockSeconds: 3600, failsPerIpPerDay: 6 } });
    try {
      // three failures on each server: the counter is the database's, not a process's
      await fail(app.url, 'user-a', 3);
      await fail(other.url, 'user-b', 3);
      expectThrottled(await attempt(other.url, 'user-c', 'x'), 86_400);
      // the address is blocked for everyone, the right password included
      expectThrottled(await attempt(other.url, 'sunwei', DEMO_PASSWORD), 86_400);
    } finally {
      await other.close();
    }
  });
});
