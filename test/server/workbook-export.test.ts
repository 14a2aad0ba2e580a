import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { nextPeriod, parseSerialCode, periodOf, toLocalDate } from '@hf/shared';
import { createTestCallback } from './helpers/factories';
import { Client, initTestApp, TestApp } from './helpers/test-app';

jest.setTimeout(60_000);

const EXPORT = `mutation ($i: ExportQuarterlyWorkbookInput!) { exportQuarterlyWorkbook(input: $i) {
  downloadUrl workbook { id number period sequence archived sha256 byteSize exportedAt rowCounts { sheet rows } exportedBy { username } project { code } }
  userErrors { field code message } } }`;

const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

/** Every value of a sheet as text, to look for what must not be there. */
function allText(workbook: ExcelJS.Workbook): string {
  const parts: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => parts.push(String(cell.text)))));
  return parts.join('\n');
}

function column(sheet: ExcelJS.Worksheet, header: string): number {
  const headers = (sheet.getRow(2).values as unknown[]).map((v) => (v == null ? '' : String(v)));
  const index = headers.indexOf(header);
  if (index < 1) throw new Error(`no column ${header} in ${headers.join(',')}`);
  return index;
}

describe('numbered quarterly workbooks', () => {
  let app: TestApp;
  let clerk: Client;
  let supervisor: Client;
  let manager: Client;
  let managerB: Client;
  let clerkB: Client;
  let period: string;
  const serialCodes: string[] = [];
  let voided: { serialCode: string };
  let unqualified: { serialCode: string; performedAt: string };
  let complaintNumber: string;

  async function download(url: string, headers: Record<string, string>) {
    const res = await fetch(`${app.url}${url}`, { headers });
    return { status: res.status, body: Buffer.from(await res.arrayBuffer()), headers: res.headers };
  }

  async function exportAs(client: Client, projectId: string, p = period) {
    const res = await client.gql(EXPORT, { i: { projectId, period: p } });
    return res;
  }

  beforeAll(async () => {
    app = await initTestApp();
    [clerk, supervisor, manager, managerB, clerkB] = await Promise.all(['zhangli', 'liqiang', 'chenjie', 'zhoumin', 'liumei'].map((u) => app.as(u)));
    // project A: repairs and complaints; one recorded unsatisfied and unqualified, one voided
    for (let i = 0; i < 6; i++) {
      const complaint = i % 3 === 0;
      const callback = await createTestCallback(
        clerk,
        app.projectA,
        complaint
          ? { kind: 'COMPLAINT', severity: 'GENERAL', department: '秩序维护部', category: null, summary: `夜间车辆乱停 ${i}` }
          : { summary: `厨房水管漏水 ${i}` },
      );
      serialCodes.push(callback.serialCode);
      if (complaint) complaintNumber = callback.ticket.number;
      period = periodOf(callback.anchorDate);
    }
    // a unit that complained twice about the same matter, and one with the same repair three times
    for (let i = 0; i < 2; i++) {
      const c = await createTestCallback(clerk, app.projectA, { kind: 'COMPLAINT', severity: 'GENERAL', department: '秩序维护部', category: null, ownerName: '重复投诉户', unit: '8-8-808', summary: `楼下夜间噪音 ${i}` });
      serialCodes.push(c.serialCode);
    }
    for (let i = 0; i < 3; i++) {
      const c = await createTestCallback(clerk, app.projectA, { ownerName: '重复报修户', unit: '9-9-909', category: '水管漏水', summary: `卫生间水管又漏水 ${i}` });
      serialCodes.push(c.serialCode);
    }
    const all = await clerk.gql(`{ callbacks(first: 50) { edges { node { id version serialCode } } } }`);
    const byCode = new Map(all.data.callbacks.edges.map((e: { node: { serialCode: string } }) => [e.node.serialCode, e.node]));
    const toRecord = byCode.get(serialCodes[1]) as { id: string; version: number };
    const performedAt = new Date(Date.now() - 60_000).toISOString();
    const recorded = await clerk.gql(
      `mutation ($i: RecordCallbackResultInput!) { recordCallbackResult(input: $i) { callback { serialCode } userErrors { message } } }`,
      { i: { id: toRecord.id, version: toRecord.version, methods: ['PHONE', 'ON_SITE'], performedAt, satisfaction: 'UNSATISFIED', shortcomings: '维修后仍滴水', result: 'UNQUALIFIED', ownerConfirmation: 'CONFIRMED_BY_PHONE' } },
    );
    expect(recorded.data.recordCallbackResult.userErrors).toEqual([]);
    unqualified = { serialCode: serialCodes[1], performedAt };
    const toVoid = byCode.get(serialCodes[2]) as { id: string; version: number };
    const voidRes = await supervisor.gql(`mutation ($i: VoidInput!) { voidCallback(input: $i) { callback { serialCode status } userErrors { message } } }`, {
      i: { id: toVoid.id, version: toVoid.version, reason: '业主重复报修，合并处理' },
    });
    expect(voidRes.data.voidCallback.callback.status).toBe('VOIDED');
    voided = { serialCode: serialCodes[2] };
    // project B: rows that must never appear in A's workbook
    await createTestCallback(clerkB, app.projectB, { ownerName: '翠湖苑业主甲', summary: '翠湖苑 B02 专属摘要' });
  });
  afterAll(() => app.close());

  it('should number, register and serve a workbook that mirrors the paper forms', async () => {
    const res = await exportAs(manager, app.projectA);
    expect(res.errors).toBeUndefined();
    const { workbook: entry, downloadUrl, userErrors } = res.data.exportQuarterlyWorkbook;
    expect(userErrors).toEqual([]);
    expect(entry).toMatchObject({ number: `HFB-A01-${period}-01`, period, sequence: 1, exportedBy: { username: 'chenjie' }, project: { code: 'A01' } });
    expect(entry.rowCounts).toEqual([
      { sheet: '业主回访记录表', rows: 11 },
      { sheet: '客户投诉登记表', rows: 4 },
      { sheet: '统计汇总', rows: 8 },
      { sheet: '不合格回访', rows: 1 },
      { sheet: '重复投诉', rows: 1 },
      { sheet: '重复维修', rows: 1 },
    ]);
    expect(downloadUrl).toBe(`/files/workbooks/HFB-A01-${period}-01.xlsx`);

    const file = await download(downloadUrl, { authorization: `Bearer ${manager.token}` });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain(`HFB-A01-${period}-01.xlsx`);
    expect(file.body.length).toBe(entry.byteSize);
    expect(sha256(file.body)).toBe(entry.sha256);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.body as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['业主回访记录表', '客户投诉登记表', '统计汇总', '不合格回访', '重复投诉', '重复维修']);

    const sheet = book.getWorksheet('业主回访记录表')!;
    // row 1 says what the page header does not: the period's dates (and 未存档 while the period is open)
    expect(String(sheet.getCell('A1').value)).toMatch(/^\d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2}\n未存档（草稿）$/);
    expect(entry.archived).toBe(false);
    const headers = (sheet.getRow(2).values as unknown[]).slice(1);
    for (const header of ['编码', '状态', '作废原因', '工单编号', '业主', '房号', '联系电话', '类别', '内容摘要', '回访方式', '计划回访起', '计划回访止',
      '回访责任人', '回访时间', '回访人', '质量评价', '服务效果评价', '满意程度', '评分', '缺点与不足', '住户建议', '回访结果', '业主确认',
      '审核人', '审核时间', '审核意见', '上报项目经理', '处理意见', '跟进情况']) {
      expect(headers).toContain(header);
    }

    // every serial code of the quarter, in order, without gaps, the voided one included
    const codes: string[] = [];
    for (let r = 3; r <= sheet.rowCount; r++) codes.push(String(sheet.getRow(r).getCell(1).value));
    expect(codes).toEqual([...serialCodes].sort());
    const sequences = codes.map((c) => parseSerialCode(c)!.sequence);
    expect(sequences).toEqual(sequences.map((_, i) => sequences[0] + i));

    const rowOf = (code: string) => sheet.getRow(3 + codes.indexOf(code));
    const voidedRow = rowOf(voided.serialCode);
    expect(voidedRow.getCell(column(sheet, '状态')).value).toBe('作废');
    expect(voidedRow.getCell(column(sheet, '作废原因')).value).toBe('业主重复报修，合并处理');
    expect(voidedRow.getCell(1).font).toMatchObject({ italic: true, color: { argb: 'FF808080' } });

    const recordedRow = rowOf(unqualified.serialCode);
    expect(recordedRow.getCell(column(sheet, '满意程度')).value).toBe('不满意');
    expect(recordedRow.getCell(column(sheet, '缺点与不足')).value).toBe('维修后仍滴水');
    expect(recordedRow.getCell(column(sheet, '回访结果')).value).toBe('不合格');
    expect(recordedRow.getCell(column(sheet, '回访方式')).value).toBe('电话、现场查看');
    expect(recordedRow.getCell(column(sheet, '业主确认')).value).toBe('电话确认');
    // a real Excel date showing the Beijing time of the callback
    const performed = recordedRow.getCell(column(sheet, '回访时间'));
    expect(performed.value).toBeInstanceOf(Date);
    expect(performed.numFmt).toBe('yyyy-mm-dd hh:mm');
    const beijing = new Date(new Date(unqualified.performedAt).getTime() + 8 * 3_600_000);
    expect((performed.value as Date).toISOString().slice(0, 16)).toBe(beijing.toISOString().slice(0, 16));
    const windowFrom = recordedRow.getCell(column(sheet, '计划回访起'));
    expect(windowFrom.value).toBeInstanceOf(Date);
    expect(windowFrom.numFmt).toBe('yyyy-mm-dd');

    // print-ready: A4 landscape at a fixed scale that keeps 9 pt text ≥ 8 pt, titles repeated and frozen, numbered
    // header/footer, protected (workbook-print.test.ts prints it)
    for (const ws of book.worksheets) {
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '1:2' });
      expect(ws.pageSetup.scale).toBeGreaterThanOrEqual(89);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
      expect(ws.headerFooter.oddFooter).toContain(`HFB-A01-${period}-01`);
      expect(ws.headerFooter.oddFooter).toContain('阳光花园 (A01)');
      expect(ws.headerFooter.oddFooter).toContain(`${period.slice(0, 4)}年第${period.slice(5)}季度`);
      expect(ws.headerFooter.oddFooter).toContain('第 &P 页 共 &N 页');
      expect(ws.headerFooter.oddHeader).toContain(`工作簿编号 HFB-A01-${period}-01`);
      expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    }
    // Chinese headers fit their column (on two lines at most: 6 characters need 3 per line, 8 units at 9 pt)
    expect(sheet.getColumn(column(sheet, '服务效果评价')).width).toBeGreaterThanOrEqual(8);
    expect(sheet.getColumn(column(sheet, '编码')).width).toBeGreaterThanOrEqual(16);
    expect(sheet.getColumn(1).values.slice(2, 3)).toEqual(['编码']);
    expect(sheet.getRow(2).getCell(2).value).toBe('业主');

    const complaints = book.getWorksheet('客户投诉登记表')!;
    expect(complaints.headerFooter.oddHeader).toContain('《客户投诉登记表》');
    expect(complaints.getRow(2).getCell(1).value).toBe('投诉编号');
    const numbers = [3, 4, 5, 6].map((r) => String(complaints.getRow(r).getCell(1).value));
    expect(numbers).toContain(complaintNumber);
    expect(complaints.getRow(7).getCell(1).value).toBeNull();
    expect(complaints.getRow(3).getCell(column(complaints, '被投诉部门')).value).toBe('秩序维护部');
    expect(complaints.getRow(3).getCell(column(complaints, '投诉性质')).value).toBe('一般');

    // the quarter's statistics: per kind against the target, satisfaction, unqualified, repeated complaints and repairs
    const summary = book.getWorksheet('统计汇总')!;
    const kindRow = (name: string) => {
      for (let r = 3; r <= summary.rowCount; r++) if (summary.getRow(r).getCell(1).value === name) return summary.getRow(r);
      throw new Error(`no row ${name}`);
    };
    const repairs = kindRow('维修');
    expect(repairs.getCell(column(summary, '完成工单数')).value).toBe(7);
    expect(repairs.getCell(column(summary, '目标回访率')).value).toBe(0.3);
    expect(repairs.getCell(column(summary, '目标回访率')).numFmt).toBe('0.0%');
    expect(repairs.getCell(column(summary, '已回访数')).value).toBe(1);
    const complaintsRow = kindRow('投诉');
    expect(complaintsRow.getCell(column(summary, '目标回访率')).value).toBe(1);
    expect(complaintsRow.getCell(column(summary, '已回访数')).value).toBe(0);
    expect(complaintsRow.getCell(column(summary, '是否达标')).value).toBe('未达标');
    expect(kindRow('合计').getCell(column(summary, '完成工单数')).value).toBe(11);
    expect(kindRow('不满意').getCell(2).value).toBe(1);
    expect(kindRow('满意率（非常满意+满意）').getCell(3).value).toBe(0);

    const unqualifiedSheet = book.getWorksheet('不合格回访')!;
    expect(unqualifiedSheet.getRow(3).getCell(1).value).toBe(unqualified.serialCode);
    expect(unqualifiedSheet.getRow(3).getCell(column(unqualifiedSheet, '缺点与不足')).value).toBe('维修后仍滴水');
    const repeatedComplaints = book.getWorksheet('重复投诉')!;
    expect(repeatedComplaints.getRow(3).values).toEqual(expect.arrayContaining(['8-8-808', '秩序维护部', 2, '重复投诉户']));
    const repeatedRepairs = book.getWorksheet('重复维修')!;
    expect(repeatedRepairs.getRow(3).values).toEqual(expect.arrayContaining(['9-9-909', '水管漏水', 3, '重复报修户']));
    expect(repeatedRepairs.getRow(3).getCell(column(repeatedRepairs, '首次报修')).value).toBeInstanceOf(Date);

    // another project's rows never appear
    const text = allText(book);
    expect(text).not.toContain('HF-B02');
    expect(text).not.toContain('翠湖苑业主甲');
    expect(text).not.toContain('B02 专属摘要');

    // the register lists it; a re-download hashes the same; the stored file is read-only
    const register = await manager.gql(`query ($p: ID!) { exportRegister(projectId: $p) { totalCount edges { node { number archived sha256 byteSize downloadUrl rowCounts { sheet rows } exportedBy { displayName } } } } }`, { p: app.projectA });
    expect(register.data.exportRegister.edges[0].node).toEqual({
      number: entry.number, archived: false, sha256: entry.sha256, byteSize: entry.byteSize, downloadUrl, rowCounts: entry.rowCounts, exportedBy: { displayName: '陈杰' },
    });
    const again = await download(downloadUrl, { cookie: `hf_session=${encodeURIComponent(supervisor.token!)}` });
    expect(again.status).toBe(200);
    expect(sha256(again.body)).toBe(entry.sha256);
    const stored = path.join(app.dataDir, 'exports', 'A01', `${entry.number}.xlsx`);
    expect(fs.statSync(stored).mode & 0o222).toBe(0);
  });

  it('should give concurrent exports of a quarter consecutive numbers, each registered once', async () => {
    const before = await manager.gql(`query ($p: ID!, $q: String) { exportRegister(projectId: $p, period: $q) { totalCount } }`, { p: app.projectA, q: period });
    const results = await Promise.all([manager, supervisor, manager, supervisor].map((c) => exportAs(c, app.projectA)));
    const sequences = results.map((r) => r.data.exportQuarterlyWorkbook.workbook.sequence as number).sort((a, b) => a - b);
    const first = before.data.exportRegister.totalCount + 1;
    expect(sequences).toEqual([first, first + 1, first + 2, first + 3]);
    const after = await manager.gql(`query ($p: ID!, $q: String) { exportRegister(projectId: $p, period: $q) { edges { node { number } } } }`, { p: app.projectA, q: period });
    expect(after.data.exportRegister.edges.map((e: { node: { number: string } }) => e.node.number)).toEqual(
      Array.from({ length: first + 3 }, (_, i) => `HFB-A01-${period}-${String(first + 3 - i).padStart(2, '0')}`),
    );
  });

  it('should not let a clerk export or download, nor anyone outside the project', async () => {
    const byClerk = await exportAs(clerk, app.projectA);
    expect(byClerk.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const registerByClerk = await clerk.gql(`{ exportRegister { totalCount } }`);
    expect(registerByClerk.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const byOtherManager = await exportAs(managerB, app.projectA);
    expect(byOtherManager.data.exportQuarterlyWorkbook).toMatchObject({ workbook: null, userErrors: [{ code: 'NOT_FOUND', field: ['projectId'] }] });
    const otherRegister = await managerB.gql(`{ exportRegister { edges { node { number } } } }`);
    expect(otherRegister.data.exportRegister.edges.every((e: { node: { number: string } }) => e.node.number.startsWith('HFB-B02-'))).toBe(true);

    const url: string = (await exportAs(manager, app.projectA)).data.exportQuarterlyWorkbook.downloadUrl;
    expect((await download(url, { authorization: `Bearer ${manager.token}` })).status).toBe(200);
    expect((await download(url, {})).status).toBe(401);
    expect((await download(url, { authorization: 'Bearer not-a-session' })).status).toBe(401);
    const clerkDownload = await download(url, { authorization: `Bearer ${clerk.token}` });
    expect(clerkDownload.status).toBe(403);
    expect(clerkDownload.body.toString()).not.toContain('PK');
    // another project's workbook is answered like a missing one (issue 21): its number tells nothing
    expect((await download(url, { authorization: `Bearer ${managerB.token}` })).status).toBe(404);
    expect((await download(`/files/workbooks/HFB-A01-${period}-99.xlsx`, { authorization: `Bearer ${manager.token}` })).status).toBe(404);
  });

  it('should give the number back when an export fails, so numbers stay gapless', async () => {
    // the project's export folder cannot be created: the export fails after taking its number
    const blocked = path.join(app.dataDir, 'exports', 'B02');
    fs.mkdirSync(path.dirname(blocked), { recursive: true });
    fs.writeFileSync(blocked, 'not a folder');
    const failed = await exportAs(managerB, app.projectB);
    expect(failed.errors?.[0]).toMatchObject({ message: '服务器内部错误 (internal error)', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect((await managerB.gql(`{ exportRegister { totalCount } }`)).data.exportRegister.totalCount).toBe(0);

    fs.rmSync(blocked);
    const ok = await exportAs(managerB, app.projectB);
    expect(ok.data.exportQuarterlyWorkbook.workbook).toMatchObject({ number: `HFB-B02-${period}-01`, rowCounts: expect.arrayContaining([{ sheet: '业主回访记录表', rows: 1 }]) });
    expect(fs.readdirSync(path.join(app.dataDir, 'exports', 'B02'))).toEqual([`HFB-B02-${period}-01.xlsx`]);
  });

  it('should refuse a malformed or future period and change nothing', async () => {
    const before = await manager.gql(`{ exportRegister { totalCount } }`);
    const bad = await exportAs(manager, app.projectA, '2026Q5');
    expect(bad.data.exportQuarterlyWorkbook).toMatchObject({ workbook: null, userErrors: [{ code: 'BAD_USER_INPUT', field: ['period'] }] });
    const future = await exportAs(manager, app.projectA, nextPeriod(periodOf(toLocalDate(new Date()))));
    expect(future.data.exportQuarterlyWorkbook.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['period'] })]);
    const after = await manager.gql(`{ exportRegister { totalCount } }`);
    expect(after.data.exportRegister.totalCount).toBe(before.data.exportRegister.totalCount);
    const badFilter = await manager.gql(`{ exportRegister(period: "Q3") { totalCount } }`);
    expect(badFilter.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['period'] });
  });

  it('should keep the register row unchangeable in the database', async () => {
    const connection = app.orm.em.fork().getConnection();
    await expect(connection.execute(`update workbook_export set sha256 = repeat('0', 64)`)).rejects.toThrow(/never deleted/);
    await expect(connection.execute(`delete from workbook_export`)).rejects.toThrow(/never deleted/);
  });

  // 保护客户隐私 (seed 001): the auditor reads every project but is staff of none, so the workbook masks residents for them
  it("should mask residents' names, units and phones in an auditor's workbook and not in a supervisor's", async () => {
    const auditor = await app.as('auditor');
    const exportAndRead = async (client: Client) => {
      const url: string = (await exportAs(client, app.projectA)).data.exportQuarterlyWorkbook.downloadUrl;
      const file = await download(url, { authorization: `Bearer ${client.token}` });
      expect(file.status).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(file.body as unknown as ArrayBuffer);
      return { url, book };
    };
    const cells = (book: ExcelJS.Workbook, sheetName: string, headers: string[]) => {
      const sheet = book.getWorksheet(sheetName)!;
      const row = [...Array(sheet.rowCount - 2).keys()].map((i) => sheet.getRow(i + 3))
        .find((r) => /8-8-808|8-\*-\*\*\*|9-9-909|9-\*-\*\*\*/.test(String(r.getCell(column(sheet, '房号')).value)))!;
      return headers.map((h) => String(row.getCell(column(sheet, h)).value ?? ''));
    };

    const audited = await exportAndRead(auditor);
    expect(cells(audited.book, '业主回访记录表', ['业主', '房号', '联系电话'])).toEqual(['重****', '8-*-***', '138****5678']);
    expect(cells(audited.book, '客户投诉登记表', ['投诉人', '房号', '联系电话'])).toEqual(['重****', '8-*-***', '138****5678']);
    expect(cells(audited.book, '重复投诉', ['投诉人', '房号'])).toEqual(['重****', '8-*-***']);
    expect(cells(audited.book, '重复维修', ['业主', '房号'])).toEqual(['重****', '9-*-***']);
    const unqualifiedRow = audited.book.getWorksheet('不合格回访')!.getRow(3);
    expect(String(unqualifiedRow.getCell(column(audited.book.getWorksheet('不合格回访')!, '联系电话')).value)).toBe('138****5678');
    const auditedText = allText(audited.book);
    expect(auditedText).not.toMatch(/重复投诉户|重复报修户|8-8-808|9-9-909|13812345678/);
    expect(auditedText).toContain(unqualified.serialCode);

    const supervised = await exportAndRead(supervisor);
    expect(cells(supervised.book, '业主回访记录表', ['业主', '房号', '联系电话'])).toEqual(['重复投诉户', '8-8-808', '13812345678']);
    expect(cells(supervised.book, '重复维修', ['业主', '房号'])).toEqual(['重复报修户', '9-9-909']);

    // the supervisor's workbook in the clear is not for the auditor; the auditor's masked one is for the project's staff
    expect((await download(supervised.url, { authorization: `Bearer ${auditor.token}` })).status).toBe(403);
    expect((await download(audited.url, { authorization: `Bearer ${supervisor.token}` })).status).toBe(200);
  });
});
