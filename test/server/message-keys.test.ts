import { periodOf, toLocalDate } from '@hf/shared';
import { createTestCallback } from './helpers/factories';
import { Client, initTestApp, TestApp } from './helpers/test-app';

// issue 13 item 13: every refusal names its text in the shared catalogue, so the client shows it in its language;
// `message` stays "中文 (English)" for API clients.
const USER_ERRORS = 'userErrors { field code message messageKey args { name value } }';

describe('server messages carry a catalogue key and arguments', () => {
  let app: TestApp;
  let clerk: Client;

  beforeAll(async () => {
    app = await initTestApp();
    clerk = await app.as('zhangli');
  });
  afterAll(() => app.close());

  it('should name the key of a rule refused by a mutation, with the message as before', async () => {
    const res = await clerk.gql(
      `mutation ($i: CreateTicketInput!) { createTicket(input: $i) { ticket { id } ${USER_ERRORS} } }`,
      { i: { projectId: app.projectA, kind: 'REPAIR', ownerName: ' ', unit: '1-1-101', channel: 'PHONE', category: '水管漏水', summary: '漏水' } },
    );
    expect(res.data.createTicket.userErrors).toEqual([
      { field: ['ownerName'], code: 'BAD_USER_INPUT', message: '请填写业主姓名 (owner name is required)', messageKey: 'ticket.ownerNameRequired', args: [] },
    ]);
  });

  it("should give a grid cell's limit as its key and the limit as an argument", async () => {
    const callback = await createTestCallback(clerk, app.projectA);
    const res = await clerk.gql(
      `mutation ($i: UpdateCallbacksInput!) { updateCallbacks(input: $i) { savedCount ${USER_ERRORS} } }`,
      { i: { rows: [{ id: callback.id, version: callback.version, patch: { suggestions: '很'.repeat(2001) } }, { id: callback.id, version: callback.version, patch: {} }] } },
    );
    expect(res.data.updateCallbacks.userErrors).toEqual([
      { field: ['rows', '0', 'suggestions'], code: 'BAD_USER_INPUT', message: '长度不能超过 2000 字 (at most 2000 characters)', messageKey: 'text.tooLong', args: [{ name: 'max', value: '2000' }] },
      {
        field: ['rows', '1', 'id'], code: 'BAD_USER_INPUT', message: '与第 1 行是同一条记录，请合并为一次修改 (the same record as row 1: merge the edits)',
        messageKey: 'callback.sameRowTwice', args: [{ name: 'row', value: '1' }],
      },
    ]);
  });

  it('should put the key in the extensions of a GraphQL error: a bad argument, a role refused, a sign-in refused', async () => {
    const stats = await clerk.gql(`query ($p: ID!) { quarterlyStatistics(projectId: $p, period: "2026Q9") { period } }`, { p: app.projectA });
    expect(stats.errors?.[0]).toMatchObject({ message: '统计期间格式应为 2026Q3 或 2026-07 (period must look like 2026Q3 or 2026-07)', extensions: { code: 'BAD_USER_INPUT', messageKey: 'argument.period' } });

    const archive = await clerk.gql(`mutation ($p: ID!) { archivePeriod(input: { projectId: $p, period: "2026Q1" }) { archive { archived } } }`, { p: app.projectA });
    expect(archive.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', messageKey: 'common.forbidden' });

    const login = await app.anonymous.gql(`mutation { login(input: { username: "zhangli", password: "wrong" }) { token ${USER_ERRORS} } }`);
    expect(login.data.login.userErrors).toEqual([
      { field: ['password'], code: 'UNAUTHENTICATED', message: '用户名或密码错误 (wrong username or password)', messageKey: 'login.wrongPassword', args: [] },
    ]);
  });

  it("should name the key of a refused download in the download's JSON error", async () => {
    const supervisor = await app.as('liqiang');
    const period = periodOf(toLocalDate(new Date()), 'QUARTER' as never);
    const exported = await supervisor.gql(
      `mutation ($i: ExportQuarterlyWorkbookInput!) { exportQuarterlyWorkbook(input: $i) { downloadUrl ${USER_ERRORS} } }`,
      { i: { projectId: app.projectA, period } },
    );
    const auditor = await app.as('auditor');
    const res = await fetch(`${app.url}${exported.data.exportQuarterlyWorkbook.downloadUrl}`, { headers: { authorization: `Bearer ${auditor.token}` } });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      error: { code: 'FORBIDDEN', message: "该工作簿含住户个人信息，请自行导出 (this workbook holds residents' data; export your own)", messageKey: 'download.personalData' },
    });
  });
});
