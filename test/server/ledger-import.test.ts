import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { createTestTicket } from './helpers/factories';
import { Client, initTestApp, TestApp } from './helpers/test-app';

// 导入历史台账 (issue 19): upload, mapping, row-by-row checks, duplicates, all-or-nothing, writing, idempotence, serial codes, history

const PREVIEW = `query ($id: ID!) { ledgerImport(id: $id) { id kind fileName sha256 rowsTotal state headers
  mapping { column header field } counts { valid invalid duplicate alreadyImported written } errorReportUrl
  rows(first: 500) { rowNumber status cells problems { column field code messageKey message } } } }`;
const MAP = `mutation ($i: SetLedgerImportMappingInput!) { setLedgerImportMapping(input: $i) { ledgerImport { counts { valid invalid duplicate } } userErrors { field code messageKey } } }`;
const COMMIT = `mutation ($i: CommitLedgerImportInput!) { commitLedgerImport(input: $i) { written ledgerImport { state importedRows counts { written valid invalid duplicate alreadyImported } } userErrors { field code messageKey message } } }`;

/** A ledger as an old office keeps it: its own headers (synonyms), dates typed as text or as Excel dates. */
async function ledgerWorkbook(rows: unknown[][], headers: string[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('2025年回访');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const HEADERS = ['页码', '工单编号', '业主姓名', '楼栋房号', '电话', '类型', '维修类别', '报修内容', '受理时间', '完成时间', '回访方式', '回访日期', '回访员', '满意度', '缺点与不足', '回访结果'];
const good = (i: number, overrides: Partial<Record<string, unknown>> = {}) => {
  const row: Record<string, unknown> = {
    page: `第3页-${i}`, number: `A01-20250310-00${i}`, owner: `导入业主${i}`, unit: `2-1-30${i}`, phone: '13900001111', kind: '维修', category: '水管漏水',
    summary: `卫生间漏水${i}`, received: '2025-03-10 09:00', completed: new Date(Date.UTC(2025, 2, 11, 15, 0)), methods: '电话', performed: '2025-03-13 10:30',
    visitor: '旧台账', satisfaction: '满意', shortcomings: null, result: '合格', ...overrides,
  };
  return Object.values(row);
};

describe('ledger import (导入历史台账)', () => {
  let app: TestApp;
  let clerk: Client;
  let projectCode: string;

  const upload = async (bytes: Buffer, fileName: string, kind = 'CALLBACKS', token = clerk.token) => {
    const form = new FormData();
    form.append('projectId', app.projectA);
    form.append('kind', kind);
    form.append('file', new Blob([bytes]), fileName);
    const res = await fetch(`${app.url}/files/imports`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    return { status: res.status, body: await res.json() };
  };
  const preview = async (id: string) => {
    const res = await clerk.gql(PREVIEW, { id });
    expect(res.errors).toBeUndefined();
    return res.data.ledgerImport;
  };
  const sql = (query: string, params: unknown[] = []) => app.orm.em.fork().getConnection().execute(query, params);

  beforeAll(async () => {
    app = await initTestApp();
    clerk = await app.as('zhangli');
    projectCode = (await sql(`select code from project where id = (select min(id) from project)`))[0].code;
  });
  afterAll(() => app.close());

  it('should offer a template with the paper form\'s columns and a sheet explaining each', async () => {
    const res = await fetch(`${app.url}/files/imports/template.xlsx?kind=CALLBACKS`, { headers: { authorization: `Bearer ${clerk.token}` } });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const headers = (book.worksheets[0].getRow(1).values as string[]).slice(1);
    expect(headers.slice(0, 4)).toEqual(['原编号', '工单编号', '类型', '投诉级别']);
    expect(headers).toEqual(expect.arrayContaining(['业主/住户', '房号', '满意程度', '缺点与不足', '回访结果']));
    const help = book.getWorksheet('说明')!;
    const satisfaction = help.getColumn(1).values.indexOf('满意程度');
    expect(String(help.getRow(satisfaction).getCell(4).value)).toBe('非常满意 / 满意 / 基本满意 / 不满意 / 非常不满意');
    expect((await fetch(`${app.url}/files/imports/template.xlsx`)).status).toBe(401);
  });

  let firstImport: string;
  let bytes: Buffer;

  it('should map the headers by label or synonym and check every row like a typed one, writing nothing yet', async () => {
    await createTestTicket(clerk, app.projectA, { ownerName: '已有业主', unit: '9-9-909', summary: '门禁坏了', receivedAt: new Date(Date.UTC(2025, 2, 9, 2)).toISOString() });
    const existing = (await sql(`select number from ticket where owner_name = '已有业主'`))[0].number;
    bytes = await ledgerWorkbook([
      good(1),
      good(2, { number: '旧-0002' }),
      good(3, { satisfaction: '不满意', shortcomings: null, result: '不合格' }), // 缺点与不足 required
      good(4, { unit: '3-2', phone: '12345', performed: '2025-03-01 10:00' }), // unit format, phone, performed before completion
      [],
      good(6, { number: existing }), // the project has this number
      good(7, { number: 'A01-20250310-001' }), // the same number as row 2 of the file
      good(8, { summary: { formula: 'A1&B1', result: 'x' }, unit: new Date(Date.UTC(2025, 2, 2)) }),
      good(9),
    ], HEADERS);
    const res = await upload(bytes, '2025年回访台账.xlsx');
    expect(res.status).toBe(201);
    firstImport = res.body.import;
    const p = await preview(firstImport);
    expect(p).toMatchObject({ kind: 'CALLBACKS', fileName: '2025年回访台账.xlsx', rowsTotal: 8, state: 'STAGED' });
    expect(p.mapping.map((m: any) => m.field)).toEqual([
      'originalSerial', 'number', 'ownerName', 'unit', 'phone', 'kind', 'category', 'summary', 'receivedAt', 'completedAt', 'methods', 'performedAt',
      'visitors', 'satisfaction', 'shortcomings', 'result',
    ]);
    expect(p.counts).toEqual({ valid: 3, invalid: 3, duplicate: 2, alreadyImported: 0, written: 0 });
    const byRow = new Map(p.rows.map((r: any) => [r.rowNumber, r]));
    const problems = (n: number) => (byRow.get(n) as any).problems.map((x: any) => [x.column === null ? null : HEADERS[x.column], x.messageKey]);
    expect((byRow.get(2) as any).status).toBe('VALID');
    expect(problems(4)).toEqual([['缺点与不足', 'callback.shortcomingsRequired']]);
    expect(problems(5)).toEqual(expect.arrayContaining([['楼栋房号', 'ticket.unitFormat'], ['电话', 'ticket.phoneInvalid'], ['回访日期', 'callback.performedBeforeCompletion']]));
    expect(byRow.has(6)).toBe(false); // the blank row
    expect((byRow.get(7) as any)).toMatchObject({ status: 'DUPLICATE' });
    expect(problems(7)).toEqual([['工单编号', 'import.duplicateNumber']]);
    expect((byRow.get(8) as any).status).toBe('DUPLICATE');
    expect((byRow.get(8) as any).problems[0].message).toContain('第 2 行');
    expect(problems(9)).toEqual(expect.arrayContaining([['报修内容', 'import.formula'], ['楼栋房号', 'import.dateInText']]));
    // nothing written
    expect((await sql(`select count(*)::int as n from ticket where import_source is not null`))[0].n).toBe(0);
  });

  it('should give the rows not written back as a workbook with an error column, to fix and upload again', async () => {
    const p = await preview(firstImport);
    const res = await fetch(`${app.url}${p.errorReportUrl}`, { headers: { authorization: `Bearer ${clerk.token}` } });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = book.worksheets[0];
    const header = (sheet.getRow(1).values as string[]).slice(1);
    expect(header).toEqual([...HEADERS, '错误', '原行号']);
    const rows = [];
    for (let r = 2; r <= sheet.rowCount; r += 1) rows.push(sheet.getRow(r));
    expect(rows.map((r) => r.getCell(HEADERS.length + 2).value)).toEqual([4, 5, 7, 8, 9]);
    expect(String(rows[0].getCell(HEADERS.length + 1).value)).toContain('缺点与不足：');
    // the original cells come back as they were (the owner's name, the Excel date)
    expect(rows[0].getCell(3).value).toBe('导入业主3');
    expect(rows[0].getCell(10).value).toEqual(new Date(Date.UTC(2025, 2, 11, 15, 0)));
  });

  it('should write nothing when all-or-nothing meets an error, then write the valid rows in file order with their trace', async () => {
    const refused = await clerk.gql(COMMIT, { i: { id: firstImport, allOrNothing: true } });
    expect(refused.data.commitLedgerImport.userErrors).toEqual([expect.objectContaining({ field: ['allOrNothing'], messageKey: 'import.hasErrors' })]);
    expect((await sql(`select count(*)::int as n from ticket where import_source is not null`))[0].n).toBe(0);

    const before = (await sql(`select coalesce(max(serial_number), 0)::int as n from callback where project_id = (select min(id) from project)`))[0].n;
    const res = await clerk.gql(COMMIT, { i: { id: firstImport } });
    expect(res.data.commitLedgerImport.userErrors).toEqual([]);
    expect(res.data.commitLedgerImport).toMatchObject({ written: 3, ledgerImport: { state: 'IMPORTED', importedRows: 3 } });
    const tickets = await sql(`select t.number, t.status, t.owner_name, t.import_source, c.serial_number, c.status as callback_status, c.methods, c.satisfaction,
      c.import_source as callback_source from ticket t join callback c on c.ticket_id = t.id where t.import_source is not null order by c.serial_number`);
    expect(tickets.map((t: any) => t.owner_name)).toEqual(['导入业主1', '导入业主2', '导入业主9']);
    // serial codes after the project's maximum, gapless, in the order of the file
    expect(tickets.map((t: any) => t.serial_number)).toEqual([before + 1, before + 2, before + 3]);
    // a number of ours for that day is kept; another one is replaced and kept as 原编号
    expect(tickets[0].number).toBe(`${projectCode}-20250310-001`);
    expect(tickets[1].number).toMatch(new RegExp(`^${projectCode}-20250310-\\d{3}$`));
    expect(tickets[1].import_source).toMatchObject({ originalNumber: '旧-0002', row: 3, fileName: '2025年回访台账.xlsx' });
    expect(tickets[0]).toMatchObject({ status: 'CLOSED', callback_status: 'CLOSED', methods: ['PHONE'], satisfaction: 'SATISFIED' });
    expect(tickets[0].callback_source).toMatchObject({ originalSerial: '第3页-1', row: 2 });
    expect(tickets[0].import_source.sha256).toMatch(/^[0-9a-f]{64}$/);
    // the history: a CREATE by the clerk holding the import source
    const history = await sql(`select r.new_value, u.username from change_record r join app_user u on u.id = r.changed_by_id
      where r.entity_type = 'Callback' and r.action = 'CREATE' and r.new_value -> 'importSource' ->> 'row' = '2'`);
    expect(history).toEqual([expect.objectContaining({ username: 'zhangli' })]);
    expect(history[0].new_value.importSource).toMatchObject({ fileName: '2025年回访台账.xlsx', originalSerial: '第3页-1' });
    // through the API
    const api = await clerk.gql(`query ($p: ID!) { callbacks(filter: { projectId: $p, text: "导入业主1" }) { edges { node { status importedFrom { fileName row originalCode sha256 } ticket { importedFrom { row originalCode } } } } } }`, { p: app.projectA });
    expect(api.data.callbacks.edges[0].node).toMatchObject({ status: 'CLOSED', importedFrom: { fileName: '2025年回访台账.xlsx', row: 2, originalCode: '第3页-1' }, ticket: { importedFrom: { row: 2, originalCode: null } } });
    // a ticket typed later on that day does not take the kept number
    const typed = await createTestTicket(clerk, app.projectA, { receivedAt: new Date(Date.UTC(2025, 2, 10, 3)).toISOString() });
    expect(typed.ticket.number).not.toBe(`${projectCode}-20250310-001`);
    // the import's history links into the project's chain (one batch, in file order), and the typed ticket links after it
    const auditor = await app.as('auditor');
    const chain = (await auditor.gql(`query ($p: ID!) { historyChain(projectId: $p) { intact length firstBrokenLink { sequence problem } } }`, { p: app.projectA })).data.historyChain;
    expect(chain).toMatchObject({ intact: true, firstBrokenLink: null });
    const links = await sql(`select count(*)::int as n, count(distinct chain_seq)::int as d, max(chain_seq)::int as m from change_record where chain_project = (select min(id) from project)`);
    expect(links[0]).toEqual({ n: chain.length, d: chain.length, m: chain.length });
    const order = await sql(`select r.new_value ->> 'ownerName' as owner from change_record r where r.entity_type = 'Ticket' and r.new_value ->> 'importSource' is not null order by r.chain_seq`);
    expect(order.map((o: any) => o.owner)).toEqual(['导入业主1', '导入业主2', '导入业主9']);
  });

  it('should import nothing the second time the same file comes', async () => {
    const again = await upload(bytes, '2025年回访台账（副本）.xlsx');
    expect(again.status).toBe(201);
    const p = await preview(again.body.import);
    expect(p.counts).toMatchObject({ valid: 0, alreadyImported: 3 });
    const res = await clerk.gql(COMMIT, { i: { id: again.body.import } });
    expect(res.data.commitLedgerImport.written).toBe(0);
    expect((await sql(`select count(*)::int as n from ticket where import_source is not null`))[0].n).toBe(3);
  });

  it("should let the clerk fix the mapping, and refuse one that lacks a required column", async () => {
    const file = await ledgerWorkbook([good(1, { number: null, owner: '映射业主', summary: '映射测试' })], [...HEADERS.slice(0, 13), '业主意见', ...HEADERS.slice(14)]);
    const res = await upload(file, 'mapping.xlsx');
    const id = res.body.import;
    const p = await preview(id);
    expect(p.mapping[13]).toEqual({ column: 13, header: '业主意见', field: null });
    // 满意程度 is required: the rows wait unchecked until the clerk maps it
    const waiting = await clerk.gql(`query ($id: ID!) { ledgerImport(id: $id) { mappingProblems counts { valid invalid } } }`, { id });
    expect(waiting.data.ledgerImport).toEqual({ mappingProblems: ['缺少必需的列：满意程度 (a required column is missing: 满意程度)'], counts: { valid: 0, invalid: 0 } });
    const mapping = p.mapping.map((m: any) => m.field);
    const missing = await clerk.gql(MAP, { i: { id, mapping } });
    expect(missing.data.setLedgerImportMapping.userErrors).toEqual(expect.arrayContaining([expect.objectContaining({ messageKey: 'import.columnMissing' })]));
    mapping[13] = 'satisfaction';
    const fixed = await clerk.gql(MAP, { i: { id, mapping } });
    expect(fixed.data.setLedgerImportMapping.userErrors).toEqual([]);
    expect(fixed.data.setLedgerImportMapping.ledgerImport.counts).toEqual({ valid: 1, invalid: 0, duplicate: 0 });
  });

  it('should read a CSV in GBK (and one with a BOM) as Chinese Excel saves it', async () => {
    const text = `${HEADERS.join(',')}\r\n第9页-1,,"王,大明",5-1-101,13900002222,维修,灯不亮,"楼道灯""不亮""",2025-04-01 09:00,2025-04-02 09:00,电话,2025-04-03 10:00,旧台账,满意,,合格\r\n`;
    for (const [name, file] of [['gbk.csv', iconv.encode(text, 'gbk')], ['bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])]] as const) {
      const res = await upload(file, name);
      expect(res.status).toBe(201);
      const p = await preview(res.body.import);
      expect(p.headers).toEqual(HEADERS);
      expect(p.rows[0].cells.slice(2, 4)).toEqual(['王,大明', '5-1-101']);
      expect(p.rows[0].cells[7]).toBe('楼道灯"不亮"');
      expect(p.rows[0].status).toBe('VALID');
    }
  });

  it('should refuse what is not a ledger with a clear message, writing nothing', async () => {
    const refused = async (file: Buffer, name: string) => {
      const res = await upload(file, name);
      expect(res.status).toBeGreaterThanOrEqual(400);
      return res.body.error;
    };
    const before = (await sql(`select count(*)::int as n from ledger_import`))[0].n;
    expect((await refused(Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff]), 'x.bin')).messageKey).toBe('import.notWorkbook');
    expect((await refused(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), 'locked.xlsx')).messageKey).toBe('import.encrypted');
    expect((await refused(Buffer.from('PK\u0003\u0004 not really a zip'), 'broken.xlsx')).messageKey).toBe('import.notWorkbook');
    const wide = `${Array.from({ length: 1000 }, (_, i) => `列${i}`).join(',')}\n`;
    expect((await refused(Buffer.from(wide), 'wide.csv')).messageKey).toBe('import.tooManyColumns');
    expect((await refused(await ledgerWorkbook([good(1)], ['页码', '工单编号', '', '楼栋房号']), 'merged.xlsx')).messageKey).toBe('import.headerMerged');
    expect((await refused(await ledgerWorkbook([], HEADERS), 'empty.xlsx')).messageKey).toBe('import.noRows');
    const big = await upload(Buffer.alloc(21 * 1024 * 1024, 0x41), 'big.csv');
    expect(big.status).toBe(413);
    expect(big.body.error.messageKey).toBe('import.tooLarge');
    expect((await sql(`select count(*)::int as n from ledger_import`))[0].n).toBe(before);
    // an auditor reads, never imports
    const auditor = await app.as('auditor');
    expect((await upload(bytes, 'x.xlsx', 'CALLBACKS', auditor.token)).status).toBe(403);
  });

  it('should refuse the rows of an archived period', async () => {
    const project = (await sql(`select min(id) as id from project`))[0].id;
    await sql(`insert into archived_period (project_id, period, from_date, to_date) values (?, '2024Q4', '2024-10-01', '2024-12-31')`, [project]);
    const file = await ledgerWorkbook([good(1, { number: null, owner: '存档业主', received: '2024-11-01 09:00', completed: '2024-11-02 09:00', performed: '2024-11-03 09:00' })], HEADERS);
    const p = await preview((await upload(file, 'archived.xlsx')).body.import);
    expect(p.rows[0].status).toBe('INVALID');
    expect(p.rows[0].problems.map((x: any) => [x.field, x.code, x.messageKey])).toEqual([
      ['receivedAt', 'ARCHIVED', 'import.archived'], ['completedAt', 'ARCHIVED', 'import.archived'],
    ]);
  });
});
