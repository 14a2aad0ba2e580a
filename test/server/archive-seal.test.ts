import ExcelJS from 'exceljs';
import { ticket } from './helpers/dated-records';
import { Client, initTestApp, TestApp } from './helpers/test-app';

const STATUS = `query ($p: ID!, $period: String) { archiveStatus(projectId: $p, period: $period) {
  archived seal { chainLength chainHash tickets callbacks recordsDigest intact problems } } }`;
const ARCHIVE = `mutation ($i: ArchivePeriodInput!) { archivePeriod(input: $i) { archive { archived } userErrors { field code message } } }`;
const EXPORT = `mutation ($i: ExportQuarterlyWorkbookInput!) { exportQuarterlyWorkbook(input: $i) { downloadUrl workbook { number archived } userErrors { code message } } }`;

// 封存 (issue 21 item 6): archiving keeps the history chain head and the digest of the period's records, the workbook
// prints them, and a change behind the application's back shows as a broken seal
describe('the seal of an archived period', () => {
  let app: TestApp;
  let clerk: Client;
  let supervisor: Client;
  let auditor: Client;
  const sql = (query: string, params: unknown[] = []) => app.orm.em.getConnection().execute(query, params);

  beforeAll(async () => {
    app = await initTestApp();
    [clerk, supervisor, auditor] = await Promise.all([app.as('liumei'), app.as('sunwei'), app.as('auditor')]);
    const complaint = { kind: 'COMPLAINT', severity: 'GENERAL', department: '秩序维护部', category: '噪音扰民' };
    await ticket(clerk, app.projectB, { ...complaint, unit: '2-1-0101', ownerName: '封存甲', receivedAt: '2026-02-10T09:00' }, '2026-02-11T09:00');
    await ticket(clerk, app.projectB, { kind: 'REPAIR', category: '电路', unit: '2-1-0102', ownerName: '封存乙', summary: '封存前的摘要', receivedAt: '2026-03-20T09:00' }, '2026-03-21T09:00');
  });
  afterAll(() => app.close());

  it('should seal the period at archiving with the chain head and the count of its records', async () => {
    expect((await auditor.gql(STATUS, { p: app.projectB, period: '2026Q1' })).data.archiveStatus).toEqual({ archived: false, seal: null });
    const archived = await supervisor.gql(ARCHIVE, { i: { projectId: app.projectB, period: '2026Q1' } });
    expect(archived.data.archivePeriod.userErrors).toEqual([]);
    const { seal } = (await auditor.gql(STATUS, { p: app.projectB, period: '2026Q1' })).data.archiveStatus;
    expect(seal).toMatchObject({ tickets: 2, intact: true, problems: [] });
    expect(seal.callbacks).toBeGreaterThanOrEqual(1);
    expect(seal.chainLength).toBeGreaterThan(0);
    expect(seal.chainHash).toMatch(/^[0-9a-f]{64}$/);
    expect(seal.recordsDigest).toMatch(/^[0-9a-f]{64}$/);
    // the next change of the project extends the chain; the sealed link stays where it was
    await ticket(clerk, app.projectB, { kind: 'HELP', unit: '2-1-0103', ownerName: '封存后', receivedAt: '2026-11-20T09:00' }, null);
    expect((await auditor.gql(STATUS, { p: app.projectB, period: '2026Q1' })).data.archiveStatus.seal).toEqual(seal);
  });

  it('should print the seal on 统计汇总 and, shortened, in every footer of the archived workbook', async () => {
    const res = await supervisor.gql(EXPORT, { i: { projectId: app.projectB, period: '2026Q1' } });
    expect(res.data.exportQuarterlyWorkbook.userErrors).toEqual([]);
    expect(res.data.exportQuarterlyWorkbook.workbook.archived).toBe(true);
    const file = await fetch(`${app.url}${res.data.exportQuarterlyWorkbook.downloadUrl}`, { headers: { authorization: `Bearer ${supervisor.token}` } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await file.arrayBuffer()) as unknown as ArrayBuffer);
    const { seal } = (await auditor.gql(STATUS, { p: app.projectB, period: '2026Q1' })).data.archiveStatus;
    const texts: string[] = [];
    book.getWorksheet('统计汇总')!.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value ?? ''))));
    expect(texts).toContainEqual(expect.stringContaining(seal.recordsDigest));
    expect(texts).toContainEqual(expect.stringContaining(`第 ${seal.chainLength} 环 SHA-256：${seal.chainHash}`));
    for (const sheet of book.worksheets) expect(sheet.headerFooter.oddFooter).toContain(`封存 #${seal.chainLength} ${seal.chainHash.slice(0, 12)}`);
  });

  it('should break the seal when a record of the archived period is changed behind the application', async () => {
    await sql(`update ticket set summary = '存档后改动的摘要' where summary = '封存前的摘要'`);
    const { seal } = (await auditor.gql(STATUS, { p: app.projectB, period: '2026Q1' })).data.archiveStatus;
    expect(seal.intact).toBe(false);
    expect(seal.problems).toEqual(['期间记录在存档后被改动 (a record of the period was changed after archiving)']);
  });
});
