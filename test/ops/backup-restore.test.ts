// Backups of the embedded default: the running app backs itself up, `npm run backup` takes one while it runs,
// `npm run restore` brings it back into a fresh data directory — rows, sequences, history chains and workbook files.
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort, gql, login, root, ServerProcess, startServer, stopAll, tempDataDir, waitUntil } from './helpers/server-process';

jest.setTimeout(300_000);

const run = promisify(execFile);
const cli = (name: string) => path.join(root, 'server', 'dist', 'db', `${name}-cli.js`);

/** runs a CLI as the README says (npm run backup / npm run restore -- FILE), with DATA_DIR set; never throws */
async function runCli(name: 'backup' | 'restore', dataDir: string, args: string[] = []): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli(name), ...args], { cwd: root, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' } });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

const CREATE_TICKET = `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id number } userErrors { message } } }`;
const EXPORT = `mutation ($i: ExportQuarterlyWorkbookInput!) { exportQuarterlyWorkbook(input: $i) { downloadUrl workbook { number sha256 } userErrors { message } } }`;
const STATE = `query ($p: ID!) {
  tickets(first: 1) { totalCount }
  callbacks(first: 1) { totalCount }
  historyChain(projectId: $p) { intact length headHash }
}`;

function currentQuarter(): string {
  const china = new Date(Date.now() + 8 * 3_600_000); // 业务时区 Asia/Shanghai
  return `${china.getUTCFullYear()}Q${Math.floor(china.getUTCMonth() / 3) + 1}`;
}

async function createTicket(url: string, token: string, projectId: string, summary: string) {
  const res = await gql(url, token, CREATE_TICKET, {
    input: { projectId, kind: 'HELP', ownerName: '备份测试', unit: '8-8-0808', phone: '13812345678', channel: 'PHONE', summary, receivedAt: new Date(Date.now() - 3_600_000).toISOString() },
  });
  expect(res.data?.createTicket.userErrors).toEqual([]);
  return res.data.createTicket.ticket as { id: string; number: string };
}

async function download(url: string, token: string, downloadUrl: string): Promise<{ status: number; sha256: string }> {
  const res = await fetch(`${url}${downloadUrl}`, { headers: { authorization: `Bearer ${token}` } });
  const body = Buffer.from(await res.arrayBuffer());
  return { status: res.status, sha256: crypto.createHash('sha256').update(body).digest('hex') };
}

describe('backup and restore of the embedded default', () => {
  const source = tempDataDir('hf-backup-src-');
  const target = tempDataDir('hf-backup-dst-');
  let server: ServerProcess | null = null;
  let backupFile: string;
  let before: { tickets: number; callbacks: number; chain: { intact: boolean; length: number; headHash: string } };
  let kept: { id: string; number: string }[];
  let workbook: { number: string; sha256: string; downloadUrl: string };
  let later: { id: string; number: string }[];

  afterAll(async () => {
    await stopAll(server, server?.dataDir ?? source);
    for (const dir of [source, target]) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('should back itself up after starting when there is no backup of the last day', async () => {
    server = await startServer({ dataDir: source, port: await freePort(), pgPort: await freePort(), env: { BACKUP_START_DELAY_SECONDS: '1' } });
    await waitUntil(() => server!.output().includes('Backup (the last is over a day old) written'), 120_000, 'the scheduled backup');
    const files = fs.readdirSync(path.join(source, 'backups'));
    expect(files).toEqual([expect.stringMatching(/^callbacks-\d{8}-\d{6}-\d{3}\.backup\.tar\.gz$/)]);
    // the backups hold password hashes and residents' data: only the owner may read them
    expect(fs.statSync(path.join(source, 'backups', files[0])).mode & 0o077).toBe(0);
  });

  it('should take a consistent backup with npm run backup while the app runs, workbooks included', async () => {
    const url = server!.url;
    const clerk = await login(url, 'zhangli');
    const supervisor = await login(url, 'liqiang');
    const auditor = await login(url, 'auditor');
    const projects = await gql(url, clerk, '{ projects { id code } }');
    const projectA = projects.data.projects.find((p: { code: string }) => p.code === 'A01').id;
    kept = [await createTicket(url, clerk, projectA, '备份前登记 1'), await createTicket(url, clerk, projectA, '备份前登记 2')];
    const exported = await gql(url, supervisor, EXPORT, { i: { projectId: projectA, period: currentQuarter() } });
    expect(exported.data.exportQuarterlyWorkbook.userErrors).toEqual([]);
    workbook = { ...exported.data.exportQuarterlyWorkbook.workbook, downloadUrl: exported.data.exportQuarterlyWorkbook.downloadUrl };

    const state = await gql(url, auditor, STATE, { p: projectA });
    expect(state.errors).toBeUndefined();
    before = { tickets: state.data.tickets.totalCount, callbacks: state.data.callbacks.totalCount, chain: state.data.historyChain };
    expect(before.chain.intact).toBe(true);

    const result = await runCli('backup', source);
    expect(result.code).toBe(0);
    backupFile = /Backup written: (\S+)/.exec(result.output)![1];
    expect(path.dirname(backupFile)).toBe(path.join(source, 'backups'));
    expect(result.output).toMatch(/rows in \d+ tables, 1 workbook files/);

    // written after the backup: must not come back
    later = [await createTicket(url, clerk, projectA, '备份后登记')];
    const second = await gql(url, supervisor, EXPORT, { i: { projectId: projectA, period: currentQuarter() } });
    expect(second.data.exportQuarterlyWorkbook.userErrors).toEqual([]);
    server!.child.kill('SIGTERM');
    await server!.exited;
    server = null;
  });

  it('should restore into a fresh data directory exactly the backed-up state: rows, numbering, history chain, workbook', async () => {
    const result = await runCli('restore', target, [backupFile]);
    expect(result.output).toContain('Restored the backup of');
    expect(result.output).toMatch(/history chains intact: \d+ chains/);
    expect(result.code).toBe(0);

    server = await startServer({ dataDir: target, port: await freePort(), pgPort: await freePort(), env: { SEED_DEMO_DATA: 'true' } });
    expect(server.output()).not.toContain('Demo data created');
    const url = server.url;
    const clerk = await login(url, 'zhangli');
    const auditor = await login(url, 'auditor');
    const supervisor = await login(url, 'liqiang');
    const projects = await gql(url, clerk, '{ projects { id code } }');
    const projectA = projects.data.projects.find((p: { code: string }) => p.code === 'A01').id;

    const state = await gql(url, auditor, STATE, { p: projectA });
    expect({ tickets: state.data.tickets.totalCount, callbacks: state.data.callbacks.totalCount, chain: state.data.historyChain }).toEqual(before);
    for (const ticket of kept) {
      const res = await gql(url, clerk, 'query ($id: ID!) { node(id: $id) { ... on Ticket { number } } }', { id: ticket.id });
      expect(res.data.node).toEqual({ number: ticket.number });
    }
    for (const ticket of later) {
      const res = await gql(url, clerk, 'query ($id: ID!) { node(id: $id) { ... on Ticket { number } } }', { id: ticket.id });
      expect(res.data.node).toBeNull();
    }
    // the register and the file are back, and the file still hashes to the register's SHA-256
    const register = await gql(url, supervisor, `{ exportRegister(first: 10) { edges { node { number sha256 } } } }`);
    expect(register.data.exportRegister.edges.map((e: any) => e.node)).toEqual([{ number: workbook.number, sha256: workbook.sha256 }]);
    expect(await download(url, supervisor, workbook.downloadUrl)).toEqual({ status: 200, sha256: workbook.sha256 });
    // the sequences and counters came back too: the next ticket and the next workbook continue the numbering
    const next = await createTicket(url, clerk, projectA, '恢复后登记');
    expect(next.number).toBe(later[0].number);
    const again = await gql(url, supervisor, EXPORT, { i: { projectId: projectA, period: currentQuarter() } });
    expect(again.data.exportQuarterlyWorkbook.workbook.number).toBe(workbook.number.replace(/-(\d+)$/, (_m, n) => `-${String(Number(n) + 1).padStart(n.length, '0')}`));
    const chain = await gql(url, auditor, STATE, { p: projectA });
    expect(chain.data.historyChain.intact).toBe(true);
  });

  it('should refuse to restore over a data directory in use, or one that holds data unless told --force, which keeps the old data', async () => {
    const inUse = await runCli('restore', target, [backupFile, '--force']);
    expect(inUse.code).toBe(1);
    expect(inUse.output).toContain(`The data directory ${target} is in use`);
    server!.child.kill('SIGTERM');
    await server!.exited;
    server = null;

    const refused = await runCli('restore', target, [backupFile]);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(`The data directory ${target} already holds data (database, workbooks): restore into an empty one (set DATA_DIR), or add --force to move the present data aside (nothing is deleted).`);
    expect(refused.output).not.toMatch(/\n\s+at /);

    const forced = await runCli('restore', target, [backupFile, '--force']);
    expect(forced.code).toBe(0);
    const aside = fs.readdirSync(target).filter((name) => name.includes('.before-restore-')).sort();
    expect(aside).toEqual([expect.stringMatching(/^exports\.before-restore-/), expect.stringMatching(/^pg\.before-restore-/)]);
    // what was there is kept whole beside the restored data
    expect(fs.existsSync(path.join(target, aside[1], 'PG_VERSION'))).toBe(true);
  });

  it('should refuse a file that is not a backup with one sentence', async () => {
    const bogus = path.join(target, 'not-a-backup.tar.gz');
    fs.writeFileSync(bogus, 'hello');
    const empty = tempDataDir('hf-backup-empty-');
    try {
      const result = await runCli('restore', empty, [bogus]);
      expect(result.code).toBe(1);
      expect(result.output).toContain('is not a readable backup');
      expect(fs.readdirSync(empty)).toEqual([]);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
