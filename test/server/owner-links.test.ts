import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { createTestCallback } from './helpers/factories';
import { Client, initTestApp, TestApp } from './helpers/test-app';

// 业主线上回访 (issue 16): one-time survey and confirmation links, the owner's public routes

const CREATE = `mutation ($i: CreateOwnerLinkInput!) { createOwnerLink(input: $i) {
  link { id purpose state expiresAt usedAt revokedAt } url smsText qrCodeSvg qrCodePng userErrors { field code message messageKey } } }`;
const REVOKE = `mutation ($i: RevokeOwnerLinkInput!) { revokeOwnerLink(input: $i) { link { id state revokedAt } userErrors { code messageKey } } }`;
const READ = `query ($id: ID!) { node(id: $id) { ... on Callback { id version status methods visitors satisfaction satisfactionScore qualityEvaluation
  serviceEvaluation shortcomings suggestions result ownerConfirmation ownerVerdict ownerVerdictComment recordedBy { username }
  ownerLinks { id purpose state }
  history(first: 100) { edges { node { field newValue changedBy { username } changedByOwnerLink } } } } } }`;
const RECORD = `mutation ($i: RecordCallbackResultInput!) { recordCallbackResult(input: $i) { callback { id version status } userErrors { field code messageKey } } }`;

const tokenOf = (url: string) => url.split('/s/')[1];

describe('owner links (业主线上回访)', () => {
  let app: TestApp;
  let clerk: Client;
  let supervisor: Client;

  const page = (token: string) => fetch(`${app.url}/api/owner/links/${token}`);
  const answer = (token: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${app.url}/api/owner/links/${token}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const read = async (id: string) => (await clerk.gql(READ, { id })).data.node;
  const link = async (callbackId: string, purpose: 'SURVEY' | 'CONFIRM', who: Client = clerk) => {
    const res = await who.gql(CREATE, { i: { callbackId, purpose } });
    expect(res.errors).toBeUndefined();
    return res.data.createOwnerLink;
  };

  beforeAll(async () => {
    app = await initTestApp();
    [clerk, supervisor] = await Promise.all([app.as('zhangli'), app.as('liqiang')]);
  });
  afterAll(() => app.close());

  it('should make a survey link with a 128-bit secret kept only as its SHA-256, an SMS of at most 70 characters and a QR code', async () => {
    const callback = await createTestCallback(clerk, app.projectA);
    const made = await link(callback.id, 'SURVEY');
    expect(made.userErrors).toEqual([]);
    expect(made.url).toMatch(new RegExp(`^${app.url}/s/[A-Za-z0-9_-]{22}$`));
    const token = tokenOf(made.url);
    expect(Buffer.from(token, 'base64url')).toHaveLength(16);
    expect(made.smsText).toContain(made.url);
    expect(Array.from(made.smsText as string).length).toBeLessThanOrEqual(70);
    expect(made.qrCodeSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(made.qrCodePng).toMatch(/^data:image\/png;base64,/);
    expect(made.link).toMatchObject({ purpose: 'SURVEY', state: 'ACTIVE', usedAt: null });
    // at rest: the hash, never the secret (in the link table or anywhere in the history)
    const rows = await app.orm.em.fork().getConnection().execute(`select * from owner_link`);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toBe(crypto.createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(token);
    const history = await app.orm.em.fork().getConnection().execute(`select old_value::text || new_value::text as v from change_record`);
    expect(history.map((r: any) => r.v ?? '').join('')).not.toContain(token);
    // the window's last day, at midnight Beijing time
    const windowTo = (await app.orm.em.fork().getConnection().execute(`select to_char(window_to, 'YYYY-MM-DD') as d from callback where serial_code = ?`, [callback.serialCode]))[0].d;
    expect(made.link.expiresAt).toBe(new Date(`${windowTo}T16:00:00.000Z`).toISOString());
  });

  it("should show the owner the ticket's summary and date with a masked unit, and no name or phone", async () => {
    const callback = await createTestCallback(clerk, app.projectA, { ownerName: '王秀英', unit: '3-2-1501', phone: '13912345678', summary: '厨房水管漏水' });
    const made = await link(callback.id, 'SURVEY');
    const res = await page(tokenOf(made.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const text = await res.text();
    const view = JSON.parse(text);
    expect(view).toMatchObject({ purpose: 'SURVEY', kind: '维修', summary: '厨房水管漏水', unit: '3-*-****', recorded: null });
    expect(view.commonShortcomings).toContain('处理不及时');
    expect(text).not.toContain('王秀英');
    expect(text).not.toContain('13912345678');
    expect(text).not.toContain('1501');
  });

  it('should record the owner\'s answer like a clerk\'s record, with method 线上, once; a bad answer changes nothing', async () => {
    const callback = await createTestCallback(clerk, app.projectA);
    const made = await link(callback.id, 'SURVEY');
    const token = tokenOf(made.url);
    // 不满意 without 缺点与不足: refused by the same rule as the clerk's (recordGaps), nothing written, the link still works
    const bad = await answer(token, { purpose: 'SURVEY', satisfaction: 'UNSATISFIED', satisfactionScore: 11 });
    expect(bad.status).toBe(422);
    const refusal = await bad.json();
    expect(refusal.error.code).toBe('BAD_USER_INPUT');
    expect(refusal.error.fields.map((f: any) => [f.field, f.messageKey])).toEqual(expect.arrayContaining([
      ['shortcomings', 'callback.shortcomingsRequired'], ['satisfactionScore', 'callback.scoreRange'],
    ]));
    expect(await read(callback.id)).toMatchObject({ status: 'PLANNED', satisfaction: null });
    const junk = await answer(token, { purpose: 'SURVEY', satisfaction: 'HAPPY', reasons: ['不在列表中的原因'] });
    expect((await junk.json()).error.fields.map((f: any) => f.field).sort()).toEqual(['reasons', 'satisfaction']);

    const ok = await answer(token, {
      purpose: 'SURVEY', satisfaction: 'UNSATISFIED', satisfactionScore: 4, qualityEvaluation: '一般', serviceEvaluation: '较差',
      reasons: ['处理不及时'], shortcomings: '师傅来了两次', suggestions: '希望提前电话联系',
    });
    expect(ok.status).toBe(200);
    const after = await read(callback.id);
    expect(after).toMatchObject({
      status: 'DONE', methods: ['ONLINE'], visitors: '业主本人（线上）', satisfaction: 'UNSATISFIED', satisfactionScore: 4,
      qualityEvaluation: '一般', serviceEvaluation: '较差', shortcomings: '处理不及时；师傅来了两次', suggestions: '希望提前电话联系',
      result: 'UNQUALIFIED', ownerConfirmation: 'OWNER_ONLINE', recordedBy: null, ownerLinks: [{ id: made.link.id, purpose: 'SURVEY', state: 'USED' }],
    });
    // the history names the link (its id), no member of staff
    const changes = after.history.edges.map((e: any) => e.node).filter((n: any) => n.field === 'status');
    expect(changes.at(-1)).toMatchObject({ newValue: 'DONE', changedBy: null, changedByOwnerLink: made.link.id });
    // an unqualified record goes to the project manager at review, as a clerk's does
    const reviewed = await supervisor.gql(`mutation ($i: CallbackActionInput!) { reviewCallback(input: $i) { callback { status } userErrors { code } } }`, { i: { id: callback.id, version: (await read(callback.id)).version } });
    expect(reviewed.data.reviewCallback.callback.status).toBe('ESCALATED');
    // used: the second answer is refused and changes nothing
    const again = await answer(token, { purpose: 'SURVEY', satisfaction: 'VERY_SATISFIED' });
    expect(again.status).toBe(404);
    expect((await read(callback.id)).satisfaction).toBe('UNSATISFIED');
  });

  it('should answer unknown, used, revoked and expired links with one and the same refusal', async () => {
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => createTestCallback(clerk, app.projectA)));
    const used = tokenOf((await link(a.id, 'SURVEY')).url);
    expect((await answer(used, { purpose: 'SURVEY', satisfaction: 'SATISFIED' })).status).toBe(200);
    const revokedLink = await link(b.id, 'SURVEY');
    const revoked = await clerk.gql(REVOKE, { i: { id: revokedLink.link.id } });
    expect(revoked.data.revokeOwnerLink.link).toMatchObject({ state: 'REVOKED' });
    const expiredLink = await link(c.id, 'SURVEY');
    await app.orm.em.fork().getConnection().execute(`update owner_link set expires_at = now() - interval '1 second' where id = (select max(id) from owner_link)`);
    const unknown = crypto.randomBytes(16).toString('base64url');
    const answers = [];
    for (const token of [unknown, used, tokenOf(revokedLink.url), tokenOf(expiredLink.url), 'not-a-token']) {
      const res = await page(token);
      answers.push({ status: res.status, body: await res.text() });
      const post = await answer(token, { purpose: 'SURVEY', satisfaction: 'SATISFIED' });
      answers.push({ status: post.status, body: await post.text() });
    }
    expect(new Set(answers.map((x) => JSON.stringify(x))).size).toBe(1);
    expect(answers[0].status).toBe(404);
    expect(JSON.parse(answers[0].body).error).toMatchObject({ code: 'LINK_UNAVAILABLE', messageKey: 'ownerLink.unavailable' });
    // nothing of the revoked or expired callbacks changed
    expect((await read(b.id)).status).toBe('PLANNED');
    expect((await read(c.id)).status).toBe('PLANNED');
  });

  it('should let only the last link sent work, and refuse links for what cannot be answered', async () => {
    const callback = await createTestCallback(clerk, app.projectA);
    const first = await link(callback.id, 'SURVEY');
    const second = await link(callback.id, 'SURVEY');
    expect((await page(tokenOf(first.url))).status).toBe(404);
    expect((await page(tokenOf(second.url))).status).toBe(200);
    // a planned callback has no phone result to confirm
    const confirm = await clerk.gql(CREATE, { i: { callbackId: callback.id, purpose: 'CONFIRM' } });
    expect(confirm.data.createOwnerLink.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE', messageKey: 'ownerLink.confirmOnlyRecorded' })]);
    // another project's callback is not found; an auditor may not send links
    const other = await createTestCallback(await app.as('liumei'), app.projectB);
    expect((await clerk.gql(CREATE, { i: { callbackId: other.id, purpose: 'SURVEY' } })).data.createOwnerLink.userErrors[0].code).toBe('NOT_FOUND');
    expect((await (await app.as('auditor')).gql(CREATE, { i: { callbackId: callback.id, purpose: 'SURVEY' } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // a clerk never types the owner's own evidence
    const node = await read(callback.id);
    const typed = await clerk.gql(RECORD, { i: { id: callback.id, version: node.version, methods: ['ONLINE'], performedAt: new Date(Date.now() - 60_000).toISOString(), satisfaction: 'SATISFIED', result: 'QUALIFIED', ownerConfirmation: 'OWNER_ONLINE' } });
    expect(typed.data.recordCallbackResult.userErrors.map((e: any) => [e.field, e.messageKey])).toEqual([
      [['methods'], 'ownerLink.ownerOnly'], [['ownerConfirmation'], 'ownerLink.ownerOnly'],
    ]);
    // a clerk's record makes the survey link useless: it answers like any dead link
    const recorded = await clerk.gql(RECORD, { i: { id: callback.id, version: node.version, methods: ['PHONE'], performedAt: new Date(Date.now() - 60_000).toISOString(), satisfaction: 'SATISFIED', result: 'QUALIFIED' } });
    expect(recorded.data.recordCallbackResult.userErrors).toEqual([]);
    expect((await answer(tokenOf(second.url), { purpose: 'SURVEY', satisfaction: 'SATISFIED' })).status).toBe(404);
  });

  it('should let the owner confirm a phone result, and open a spot check for the supervisor when they dispute it', async () => {
    const record = async (id: string) => {
      const node = await read(id);
      const res = await clerk.gql(RECORD, { i: { id, version: node.version, methods: ['PHONE'], performedAt: new Date(Date.now() - 60_000).toISOString(), satisfaction: 'VERY_SATISFIED', satisfactionScore: 10, result: 'QUALIFIED', qualityEvaluation: '好' } });
      expect(res.data.recordCallbackResult.userErrors).toEqual([]);
    };
    const [confirmed, disputed] = await Promise.all([1, 2].map(() => createTestCallback(clerk, app.projectA)));
    await record(confirmed.id);
    await record(disputed.id);

    const yes = await link(confirmed.id, 'CONFIRM');
    const view = await (await page(tokenOf(yes.url))).json();
    expect(view).toMatchObject({ purpose: 'CONFIRM', recorded: { satisfaction: 'VERY_SATISFIED', satisfactionScore: 10, qualityEvaluation: '好' } });
    expect((await answer(tokenOf(yes.url), { purpose: 'CONFIRM', verdict: 'CONFIRMED' })).status).toBe(200);
    expect(await read(confirmed.id)).toMatchObject({ ownerVerdict: 'CONFIRMED', status: 'DONE', methods: ['PHONE'] });

    const no = await link(disputed.id, 'CONFIRM');
    const silent = await answer(tokenOf(no.url), { purpose: 'CONFIRM', verdict: 'DISPUTED' });
    expect(silent.status).toBe(422);
    expect((await silent.json()).error.fields.map((f: any) => f.messageKey)).toEqual(['ownerLink.disputeComment']);
    expect((await read(disputed.id)).ownerVerdict).toBeNull();
    expect((await answer(tokenOf(no.url), { purpose: 'CONFIRM', verdict: 'DISPUTED', comment: '我没有说非常满意，水管还在滴水' })).status).toBe(200);
    expect(await read(disputed.id)).toMatchObject({ ownerVerdict: 'DISPUTED', ownerVerdictComment: '我没有说非常满意，水管还在滴水' });
    // the spot check: the supervisor's, re-checking the disputed record
    const spot = await app.orm.em.fork().getConnection().execute(
      `select c.purpose, c.status, u.username from callback c join app_user u on u.id = c.assignee_id where c.spot_check_of_id = (select id from callback where serial_code = ?)`, [disputed.serialCode]);
    expect(spot).toEqual([{ purpose: 'SPOT_CHECK', status: 'PLANNED', username: 'liqiang' }]);
    // and it is on the supervisor's work queue
    const queue = await supervisor.gql(`{ workQueues { ownerDisputes(first: 20) { totalCount edges { node { spotCheckOf { serialCode ownerVerdict ownerVerdictComment } } } } } }`);
    expect(queue.errors).toBeUndefined();
    expect(queue.data.workQueues.ownerDisputes.edges.map((e: any) => e.node.spotCheckOf.serialCode)).toContain(disputed.serialCode);
    // a confirmed record can't be asked again
    const twice = await clerk.gql(CREATE, { i: { callbackId: confirmed.id, purpose: 'CONFIRM' } });
    expect(twice.data.createOwnerLink.userErrors[0].messageKey).toBe('ownerLink.alreadyConfirmed');
    // the quarter's statistics count the channels and the owners' answers
    const stats = await supervisor.gql(`query ($p: ID!) { quarterlyStatistics(projectId: $p) { ownerAnswers { online confirmed disputed unconfirmed }
      methods { method count } } }`, { p: app.projectA });
    expect(stats.errors).toBeUndefined();
    const figures = stats.data.quarterlyStatistics;
    expect(figures.ownerAnswers).toMatchObject({ confirmed: 1, disputed: 1 });
    expect(figures.ownerAnswers.online).toBeGreaterThanOrEqual(2);
    expect(figures.ownerAnswers.unconfirmed).toBeGreaterThanOrEqual(1);
    expect(figures.methods.find((m: any) => m.method === 'ONLINE').count).toBe(figures.ownerAnswers.online);
  });

  it("should print the channel, 业主核实 and the owners' answers in the quarterly workbook", async () => {
    const period = (await supervisor.gql(`query ($p: ID!) { quarterlyStatistics(projectId: $p) { period } }`, { p: app.projectA })).data.quarterlyStatistics.period;
    const res = await supervisor.gql(`mutation ($i: ExportQuarterlyWorkbookInput!) { exportQuarterlyWorkbook(input: $i) { downloadUrl userErrors { message } } }`, { i: { projectId: app.projectA, period } });
    expect(res.data.exportQuarterlyWorkbook.userErrors).toEqual([]);
    const file = await fetch(`${app.url}${res.data.exportQuarterlyWorkbook.downloadUrl}`, { headers: { authorization: `Bearer ${supervisor.token}` } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await file.arrayBuffer()) as never);
    const texts = (name: string) => {
      const out: string[] = [];
      book.getWorksheet(name)!.eachRow((row) => row.eachCell((cell) => out.push(String(cell.value))));
      return out;
    };
    const record = texts('业主回访记录表');
    expect(record).toContain('线上');
    expect(record).toContain('业主线上确认');
    expect(record).toContain('业主有异议：我没有说非常满意，水管还在滴水');
    // 统计汇总: the block of methods and confirmations, its figures in the row under its header
    const summary = book.getWorksheet('统计汇总')!;
    let headerRow = 0;
    summary.eachRow((row, n) => { if (row.values && (row.values as unknown[]).includes('业主有异议')) headerRow = n; });
    expect(headerRow).toBeGreaterThan(0);
    const header = (summary.getRow(headerRow).values as unknown[]).slice(1);
    const values = (summary.getRow(headerRow + 1).values as unknown[]).slice(1);
    const figure = (name: string) => values[header.indexOf(name)];
    expect(header.slice(0, 4)).toEqual(['电话', '面谈', '现场查看', '线上']);
    expect(figure('业主已确认')).toBe(1);
    expect(figure('业主有异议')).toBe(1);
    expect(Number(figure('线上'))).toBeGreaterThanOrEqual(2);
  });

  it('should refuse an answer for an archived period with its own page', async () => {
    const callback = await createTestCallback(clerk, app.projectA);
    const made = await link(callback.id, 'SURVEY');
    const conn = app.orm.em.fork().getConnection();
    const [{ anchor }] = await conn.execute(`select to_char(anchor_date, 'YYYY-MM-DD') as anchor from callback where serial_code = ?`, [callback.serialCode]);
    const projectId = (await conn.execute(`select project_id from callback where serial_code = ?`, [callback.serialCode]))[0].project_id;
    await conn.execute(`insert into archived_period (project_id, period, from_date, to_date) values (?, 'TEST', ?::date, ?::date)`, [projectId, anchor, anchor]);
    const res = await answer(tokenOf(made.url), { purpose: 'SURVEY', satisfaction: 'SATISFIED' });
    expect(res.status).toBe(409);
    expect((await res.json()).error).toMatchObject({ code: 'ARCHIVED', messageKey: 'ownerLink.archived' });
    expect((await read(callback.id)).status).toBe('PLANNED');
  });

  it('should be CSRF-safe: JSON only, same origin only', async () => {
    const callback = await createTestCallback(clerk, app.projectA);
    const token = tokenOf((await link(callback.id, 'SURVEY')).url);
    const form = await fetch(`${app.url}/api/owner/links/${token}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'satisfaction=SATISFIED' });
    expect(form.status).toBe(415);
    const foreign = await answer(token, { purpose: 'SURVEY', satisfaction: 'SATISFIED' }, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect((await read(callback.id)).status).toBe('PLANNED');
    // the page: its own strict policy, never cached, the secret never sent on as a referrer
    const html = await fetch(`${app.url}/s/${token}`);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(html.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await html.text()).toContain('<main id="owner-page"');
  });

  it('should not show the public routes in the anonymous GraphQL schema', async () => {
    const res = await app.anonymous.gql(`{ __schema { mutationType { fields { name } } } }`);
    expect(res.data?.__schema).toBeUndefined();
    expect(res.errors?.[0].extensions?.code).toBeDefined();
  });

  it('should limit requests per link and per address, across processes (PostgreSQL counters)', async () => {
    const other = await app.startAnother({ ownerLinks: { publicUrl: null, perIpPoints: 1000, perLinkPoints: 3, windowSeconds: 600 } } as never);
    const third = await app.startAnother({ ownerLinks: { publicUrl: null, perIpPoints: 1000, perLinkPoints: 3, windowSeconds: 600 } } as never);
    try {
      const callback = await createTestCallback(clerk, app.projectA);
      const token = tokenOf((await link(callback.id, 'SURVEY')).url);
      const statuses = [];
      for (const url of [other.url, third.url, other.url, third.url]) statuses.push((await fetch(`${url}/api/owner/links/${token}`)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const limited = await fetch(`${other.url}/api/owner/links/${token}`);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await limited.json()).error.code).toBe('RATE_LIMITED');
    } finally {
      await other.close();
      await third.close();
    }
    const strict = await app.startAnother({ ownerLinks: { publicUrl: null, perIpPoints: 2, perLinkPoints: 100, windowSeconds: 600 } } as never);
    try {
      const guesses = [];
      for (let i = 0; i < 3; i += 1) guesses.push((await fetch(`${strict.url}/api/owner/links/${crypto.randomBytes(16).toString('base64url')}`)).status);
      // the address counter is shared with the other servers' (same key prefix and address): already spent
      expect(guesses.at(-1)).toBe(429);
    } finally {
      await strict.close();
    }
  });
});
