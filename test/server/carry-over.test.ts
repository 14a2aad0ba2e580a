import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { addDays, toLocalDate } from '@hf/shared';
import { decodeGlobalId } from '../../server/src/core/global-id';
import { recordCallbackResult, updateCallbacks } from '../../server/src/modules/callbacks/callback.service';
import type { Viewer } from '../../server/src/core/caller';
import { at, record, ticket } from './helpers/dated-records';
import { Client, initTestApp, TestApp } from './helpers/test-app';

// 跨期 / 补录 (issue 13, "A rule conflict found in the data"): archiving locks the period's tickets and finished callbacks;
// a callback still open stays recordable until done, voided or its window closes, shows in the next period's sheet, and
// a recording after the archive is the frozen report's addendum.
const ARCHIVE = `mutation ($i: ArchivePeriodInput!) { archivePeriod(input: $i) { archive { archived } userErrors { field code message } } }`;
const ADD = `mutation ($i: AddCallbackInput!) { addCallback(input: $i) { callback { id version serialCode } userErrors { field code message } } }`;
const NODE = `query ($id: ID!) { node(id: $id) { ... on Callback { status version carriedOverFrom recordedBy { username } } } }`;
const UPDATE = `mutation ($i: UpdateCallbacksInput!) { updateCallbacks(input: $i) { savedCount callbacks { id status version } userErrors { field code message messageKey } } }`;
const RECORD = `mutation ($i: RecordCallbackResultInput!) { recordCallbackResult(input: $i) { callback { status version } userErrors { field code message messageKey } } }`;
const ATTEMPT = `mutation ($i: RecordAttemptInput!) { recordCallbackAttempt(input: $i) { callback { status version attemptCount } userErrors { field code messageKey } } }`;
const VOID = `mutation ($i: VoidInput!) { voidCallback(input: $i) { callback { status version } userErrors { field code messageKey } } }`;
const LIST = `query ($p: ID!, $period: String!) { callbacks(first: 500, filter: { projectId: $p, period: $period }) {
  edges { node { serialCode status carriedOverFrom anchorDate } } } }`;
const STATUS = `query ($p: ID!, $period: String) { archiveStatus(projectId: $p, period: $period) {
  archived lateRecordings { serialCode status recordedAt recordedBy { username displayName } }
  seal { tickets callbacks recordsDigest intact problems problemTexts { messageKey args { name value } } carriedOver lateRecordings lateRecordsDigest } } }`;
const STATS = `query ($p: ID!, $period: String!) { quarterlyStatistics(projectId: $p, period: $period) { totals { callbacksPlanned callbacksDone overdue } } }`;
const EXPORT = `mutation ($i: ExportQuarterlyWorkbookInput!) { exportQuarterlyWorkbook(input: $i) { downloadUrl workbook { archived } userErrors { code message } } }`;

type Row = { id: string; version: number; serialCode: string };

const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts', 'print');

describe('callbacks still open at archiving (跨期 / 补录)', () => {
  let app: TestApp;
  let clerk: Client;
  let supervisor: Client;
  let auditor: Client;
  const today = toLocalDate(new Date());
  // a moment ago, but today in Beijing (at() of a fixed hour of today would lie in the future before that hour)
  const earlier = (minutes: number) => new Date(Math.max(Date.now() - minutes * 60_000, Date.parse(`${today}T00:00:00+08:00`))).toISOString();
  const complaint = { kind: 'COMPLAINT', severity: 'GENERAL', department: '秩序维护部', category: '噪音扰民' };
  // 2026Q3 has ended and is archived here; today is later (the next quarter), the callbacks added by hand are still open
  let overdueAtArchive: Row;
  let doneAtArchive: Row;
  let paste: Row;
  let form: Row;
  let attempts: Row;
  let closing: Row;
  let voiding: Row;
  let completed: { id: string; version: number };
  let before: { callbacksPlanned: number; callbacksDone: number };

  const sql = (query: string, params: unknown[] = []) => app.orm.em.getConnection().execute(query, params);
  const current = async (row: { id: string }) => (await clerk.gql(NODE, { id: row.id })).data.node;
  const viewerOf = async (username: string, role: string): Promise<Viewer> => {
    const [user] = await sql('select id, display_name from app_user where username = ?', [username]);
    return { user: { id: user.id, role: role as Viewer['user']['role'], displayName: user.display_name }, projectIds: [decodeGlobalId(app.projectB)!.id] };
  };

  async function carried(owner: string, unit: string, windowTo: string): Promise<Row> {
    const t = await ticket(clerk, app.projectB, { ...complaint, unit, ownerName: owner, receivedAt: '2026-09-18T09:00' }, '2026-09-20T09:00');
    const added = await clerk.gql(ADD, { i: { ticketId: t.id, windowFrom: '2026-11-25', windowTo } });
    if (!added.data.addCallback.callback) throw new Error(JSON.stringify(added));
    return added.data.addCallback.callback;
  }

  beforeAll(async () => {
    app = await initTestApp();
    [clerk, supervisor, auditor] = await Promise.all([app.as('liumei'), app.as('sunwei'), app.as('auditor')]);
    // a complaint's window is 3 days: overdue at archiving, so pending in the quarter's sheet and locked with it
    const t1 = await ticket(clerk, app.projectB, { ...complaint, unit: '3-1-0101', ownerName: '逾期甲', receivedAt: '2026-09-05T09:00' }, '2026-09-06T09:00');
    overdueAtArchive = { ...t1.callbacks[0], serialCode: '' };
    const t2 = await ticket(clerk, app.projectB, { ...complaint, unit: '3-1-0102', ownerName: '已访乙', receivedAt: '2026-09-07T09:00' }, '2026-09-08T09:00');
    const done = await record(clerk, t2.callbacks[0], '2026-09-09T10:00', 'SATISFIED', 'QUALIFIED');
    doneAtArchive = { ...done, serialCode: '' };
    completed = { id: t2.id, version: t2.version };
    // callbacks added by hand with windows still open when the quarter is archived
    paste = await carried('跨期丙', '3-1-0103', addDays(today, 30));
    form = await carried('跨期丁', '3-1-0104', addDays(today, 30));
    attempts = await carried('跨期戊', '3-1-0105', addDays(today, 1));
    closing = await carried('跨期己', '3-1-0106', addDays(today, 1));
    voiding = await carried('跨期庚', '3-1-0107', addDays(today, 30));
    const draft = await clerk.gql(`mutation { saveQuarterlyReport(input: { projectId: "${app.projectB}", period: "2026Q3", analysis: "三季度分析", improvementMeasures: "改进措施" }) { userErrors { code } } }`);
    expect(draft.data.saveQuarterlyReport.userErrors).toEqual([]);
    before = (await clerk.gql(STATS, { p: app.projectB, period: '2026Q3' })).data.quarterlyStatistics.totals;
    const archived = await supervisor.gql(ARCHIVE, { i: { projectId: app.projectB, period: '2026Q3' } });
    expect(archived.data.archivePeriod.userErrors).toEqual([]);
  });
  afterAll(() => app.close());

  it('should let a carried-over callback be recorded after the archive while in its window: by a paste and by the form', async () => {
    const pasted = await clerk.gql(UPDATE, { i: { rows: [{ id: paste.id, version: paste.version, patch: {
      methods: ['PHONE'], performedAt: earlier(3), satisfaction: 'SATISFIED', result: 'QUALIFIED' } }] } });
    expect(pasted.data.updateCallbacks).toMatchObject({ savedCount: 1, userErrors: [], callbacks: [{ status: 'DONE' }] });
    const recorded = await clerk.gql(RECORD, { i: { id: form.id, version: form.version, methods: ['PHONE'], performedAt: earlier(2), satisfaction: 'VERY_SATISFIED', result: 'QUALIFIED' } });
    expect(recorded.data.recordCallbackResult).toMatchObject({ callback: { status: 'DONE' }, userErrors: [] });
    expect(await current(form)).toMatchObject({ status: 'DONE', carriedOverFrom: '2026Q3', recordedBy: { username: 'liumei' } });
  });

  it('should lock a late recording once done, like the rest of the archived period', async () => {
    const now = await current(paste);
    const again = await clerk.gql(UPDATE, { i: { rows: [{ id: paste.id, version: now.version, patch: { suggestions: '补一句' } }] } });
    expect(again.data.updateCallbacks).toMatchObject({ savedCount: 0, userErrors: [{ field: ['rows', '0', 'id'], code: 'ARCHIVED', messageKey: 'archive.lateRecordLocked' }] });
    expect(again.data.updateCallbacks.userErrors[0].message).toBe(`${paste.serialCode} 已于存档后补录，记录只读 (${paste.serialCode} was recorded after archiving (a late recording); read-only)`);
    const review = await supervisor.gql(`mutation ($i: CallbackActionInput!) { reviewCallback(input: $i) { userErrors { code messageKey } } }`, { i: { id: paste.id, version: now.version } });
    expect(review.data.reviewCallback.userErrors).toEqual([{ code: 'ARCHIVED', messageKey: 'archive.lateRecordLocked' }]);
    expect(await current(paste)).toMatchObject({ status: 'DONE', version: now.version });
  });

  it('should refuse a callback done at archiving, one overdue at archiving, and the tickets, changing nothing', async () => {
    const done = await clerk.gql(UPDATE, { i: { rows: [{ id: doneAtArchive.id, version: doneAtArchive.version, patch: { suggestions: '改' } }] } });
    expect(done.data.updateCallbacks.userErrors).toMatchObject([{ code: 'ARCHIVED', messageKey: 'archive.callbackFinished' }]);
    const overdue = await clerk.gql(RECORD, { i: { id: overdueAtArchive.id, version: overdueAtArchive.version, methods: ['PHONE'], performedAt: earlier(4), satisfaction: 'SATISFIED', result: 'QUALIFIED' } });
    expect(overdue.data.recordCallbackResult).toMatchObject({ callback: null, userErrors: [{ code: 'ARCHIVED', messageKey: 'archive.callbackFinished' }] });
    expect(await current(overdueAtArchive)).toMatchObject({ status: 'PLANNED', carriedOverFrom: null, version: overdueAtArchive.version });
    const t = await clerk.gql(`mutation ($i: UpdateTicketInput!) { updateTicket(input: $i) { userErrors { code } } }`, { i: { ...completed, summary: '存档后改' } });
    expect(t.data.updateTicket.userErrors).toEqual([{ code: 'ARCHIVED' }]);
  });

  it('should take attempts and a void on a carried-over callback while in its window', async () => {
    const tried = await clerk.gql(ATTEMPT, { i: { id: attempts.id, version: attempts.version, outcome: 'NO_ANSWER' } });
    expect(tried.data.recordCallbackAttempt).toMatchObject({ callback: { status: 'PLANNED', attemptCount: 1 }, userErrors: [] });
    const voided = await supervisor.gql(VOID, { i: { id: voiding.id, version: voiding.version, reason: '业主已搬离' } });
    expect(voided.data.voidCallback).toMatchObject({ callback: { status: 'VOIDED' }, userErrors: [] });
  });

  it('should refuse a carried-over callback once its window has closed, saying so', async () => {
    // two days after the window's last day (the services take the clock; the HTTP API runs on today's)
    const later = new Date(`${addDays(today, 3)}T10:00:00+08:00`);
    const viewer = await viewerOf('liumei', 'CLERK');
    const { id } = decodeGlobalId(closing.id)!;
    const pasted = await updateCallbacks(app.orm.em.fork(), viewer, [{ id, version: closing.version, patch: { suggestions: '太晚了' } }], later);
    expect(pasted.userErrors).toMatchObject([{ code: 'ARCHIVED', messageKey: 'archive.carryOverWindowClosed', args: { code: closing.serialCode, windowTo: addDays(today, 1) } }]);
    await expect(recordCallbackResult(app.orm.em.fork(), viewer, {
      id, version: closing.version, methods: ['PHONE'] as never, performedAt: later, satisfaction: 'SATISFIED' as never, result: 'QUALIFIED' as never,
    }, later)).rejects.toMatchObject({ extensions: { code: 'ARCHIVED', messageKey: 'archive.carryOverWindowClosed' } });
    // on its last day it still may be
    const lastDay = new Date(`${addDays(today, 1)}T18:00:00+08:00`);
    const onTime = await updateCallbacks(app.orm.em.fork(), viewer, [{ id, version: closing.version, patch: { suggestions: '最后一天' } }], lastDay);
    expect(onTime).toMatchObject({ savedCount: 1, userErrors: [] });
  });

  it("should list the carried-over callbacks in the next period's sheet marked 跨期, and as before in the archived period's own", async () => {
    const next = (await clerk.gql(LIST, { p: app.projectB, period: '2026Q4' })).data.callbacks.edges.map((e: { node: unknown }) => e.node);
    expect(next).toEqual([paste, form, attempts, closing, voiding].map((c) => expect.objectContaining({ serialCode: c.serialCode, carriedOverFrom: '2026Q3', anchorDate: '2026-09-20' })));
    const own = (await clerk.gql(LIST, { p: app.projectB, period: '2026Q3' })).data.callbacks.edges.map((e: { node: { serialCode: string; status: string; carriedOverFrom: string | null } }) => e.node);
    // every complaint ticket also has its own regular callback (3-day window, overdue at archiving): 7 tickets, 12 callbacks
    expect(own).toHaveLength(12);
    expect(own.find((c: { serialCode: string }) => c.serialCode === attempts.serialCode)).toMatchObject({ status: 'PLANNED', carriedOverFrom: '2026Q3' });
    expect(own.filter((c: { carriedOverFrom: string | null }) => c.carriedOverFrom === null)).toHaveLength(7);
    // the clerk's 待办 still shows the carried-over callbacks due soon, and no more those overdue at archiving (locked)
    const queue = await clerk.gql(`{ workQueues { callbacksDueSoon(first: 50) { edges { node { serialCode carriedOverFrom } } } callbacksOverdue(first: 50) { edges { node { serialCode } } } } }`);
    expect(queue.data.workQueues.callbacksDueSoon.edges.map((e: { node: unknown }) => e.node)).toEqual(expect.arrayContaining(
      [attempts, closing].map((c) => ({ serialCode: c.serialCode, carriedOverFrom: '2026Q3' }))));
    const overdueNode = (await clerk.gql(`query ($id: ID!) { node(id: $id) { ... on Callback { serialCode assignee { username } coAssignee { username } } } }`, { id: overdueAtArchive.id })).data.node;
    const overdueCode = overdueNode.serialCode;
    // hers: assigned (or co-assigned) to the clerk, so only the archive keeps it out of her queue
    expect([overdueNode.assignee?.username, overdueNode.coAssignee?.username]).toContain('liumei');
    expect(own.find((c: { serialCode: string }) => c.serialCode === overdueCode)).toMatchObject({ status: 'PLANNED' });
    expect(queue.data.workQueues.callbacksOverdue.edges.map((e: { node: { serialCode: string } }) => e.node.serialCode)).not.toContain(overdueCode);
  });

  it('should count the late recordings in their own period and list them as the archive addendum with who and when', async () => {
    const after = (await clerk.gql(STATS, { p: app.projectB, period: '2026Q3' })).data.quarterlyStatistics.totals;
    // two recorded late, one voided: done +2, planned −1 (voided callbacks count nowhere)
    expect(after).toMatchObject({ callbacksDone: before.callbacksDone + 2, callbacksPlanned: before.callbacksPlanned - 1 });
    const { archiveStatus } = (await auditor.gql(STATUS, { p: app.projectB, period: '2026Q3' })).data;
    expect(archiveStatus.lateRecordings).toEqual([
      { serialCode: paste.serialCode, status: 'DONE', recordedAt: expect.any(String), recordedBy: { username: 'liumei', displayName: '刘梅' } },
      { serialCode: form.serialCode, status: 'DONE', recordedAt: expect.any(String), recordedBy: { username: 'liumei', displayName: '刘梅' } },
    ]);
    expect(toLocalDate(new Date(archiveStatus.lateRecordings[0].recordedAt))).toBe(today);
    // the same list is the addendum of the period's report, which stays as it was archived
    const report = await auditor.gql(`query ($p: ID!) { quarterlyReport(projectId: $p, period: "2026Q3") { analysis addenda { serialCode status recordedAt recordedBy { username displayName } } } }`, { p: app.projectB });
    expect(report.data.quarterlyReport).toEqual({ analysis: '三季度分析', addenda: archiveStatus.lateRecordings });
  });

  it('should keep the seal intact after late recordings, with their own digest; a change behind the app to what never changes breaks it', async () => {
    const { seal } = (await auditor.gql(STATUS, { p: app.projectB, period: '2026Q3' })).data.archiveStatus;
    expect(seal).toMatchObject({ tickets: 7, callbacks: 12, carriedOver: 5, lateRecordings: 2, intact: true, problems: [] });
    expect(seal.lateRecordsDigest).toMatch(/^[0-9a-f]{64}$/);
    const res = await supervisor.gql(EXPORT, { i: { projectId: app.projectB, period: '2026Q3' } });
    expect(res.data.exportQuarterlyWorkbook).toMatchObject({ workbook: { archived: true }, userErrors: [] });
    const file = await fetch(`${app.url}${res.data.exportQuarterlyWorkbook.downloadUrl}`, { headers: { authorization: `Bearer ${supervisor.token}` } });
    const bytes = Buffer.from(await file.arrayBuffer());
    // kept to print with LibreOffice (soffice --convert-to pdf) and look at
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.writeFileSync(path.join(ARTIFACTS, 'carry-over-addendum.xlsx'), bytes);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const texts: string[] = [];
    book.getWorksheet('统计汇总')!.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value ?? ''))));
    expect(texts).toContainEqual(expect.stringMatching(/^补录 2（/));
    expect(texts).toContainEqual(expect.stringMatching(new RegExp(`^${paste.serialCode}　刘梅　${today} \\d\\d:\\d\\d$`)));
    expect(texts).toContainEqual(expect.stringContaining(`补录 2 条，补录摘要 SHA-256：${seal.lateRecordsDigest}`));

    await sql(`update callback set window_to = '2027-06-30' where serial_code = ?`, [voiding.serialCode]);
    const broken = (await auditor.gql(STATUS, { p: app.projectB, period: '2026Q3' })).data.archiveStatus.seal;
    expect(broken).toMatchObject({
      intact: false,
      problems: ['期间记录在存档后被改动 (a record of the period was changed after archiving)'],
      problemTexts: [{ messageKey: 'seal.recordsChanged', args: [] }],
    });
  });
});
