import { serverAudits } from 'graphql-http';
import { initTestApp, TestApp } from './helpers/test-app';

// The GraphQL-over-HTTP conformance audit of the graphql-http package, run against our real server: every MUST
// holds. The audit's queries use introspection (__type), which we answer to signed-in staff only, so it runs with
// a staff session's bearer header; authentication is outside the protocol being audited. (SHOULD/MAY audits are
// not asserted: e.g. GET needs Apollo's CSRF preflight header here, by design.)
describe('GraphQL over HTTP conformance (graphql-http serverAudits)', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await initTestApp();
    token = (await app.as('zhangli')).token!;
  });
  afterAll(() => app.close());

  const asStaff = (input: RequestInfo | URL, init: RequestInit = {}) =>
    fetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` } });
  const audits = serverAudits({ url: () => `${app.url}/graphql`, fetchFn: asStaff });

  it('should include the MUST audits', () => {
    expect(audits.filter((a) => a.name.startsWith('MUST')).length).toBeGreaterThan(10);
  });

  it.each(audits.filter((a) => a.name.startsWith('MUST')).map((a) => [a.name, a] as const))('%s', async (_name, audit) => {
    const result = await audit.fn();
    if (result.status !== 'ok') throw new Error(`${result.reason}`);
    expect(result.status).toBe('ok');
  });
});
