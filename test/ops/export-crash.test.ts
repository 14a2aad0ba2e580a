// Issue 20: a process killed (kill -9) in the middle of an export job. Two built servers on one database, both running
// jobs; the one writing the workbook is killed while rows are being written. The other finds the job by its stopped
// heartbeat and runs it again: the job is never lost, the workbook is registered once under the number the job took,
// and nothing of the killed attempt stays behind (no register row, no chunks).
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { freePort, gql, login, ServerProcess, startServer, stopAll, tempDataDir } from './helpers/server-process';

jest.setTimeout(400_000);

const QUEUE = `mutation ($i: ExportQuarterlyWorkbookInput!) { queueQuarterlyWorkbookExport(input: $i) { job { id number state } userErrors { code message } } }`;
const JOB = `query ($id: ID!) { node(id: $id) { ... on WorkbookExportJob { number state attempts error rowsWritten rowsTotal workbook { number sha256 byteSize downloadUrl } } } }`;
const ROWS = 60_000;

describe('an export job whose process is killed mid-export', () => {
  const dirs = [tempDataDir(), tempDataDir()];
  const servers: (ServerProcess | null)[] = [null, null];
  let db: pg.Client;
  let url: string;

  beforeAll(async () => {
    const pgPort = await freePort();
    url = `postgres://postgres:postgres@127.0.0.1:${pgPort}/callbacks`;
    const env = { SEED_DEMO_DATA: 'false', EXPORT_STORAGE: 'postgres' };
    servers[0] = await startServer({ dataDir: dirs[0], port: await freePort(), pgPort, env });
    servers[1] = await startServer({ dataDir: dirs[1], port: await freePort(), pgPort: await freePort(), env: { ...env, DATABASE_URL: url } });
    // a quarter of ROWS callbacks, generated inside PostgreSQL by the bench's generator (user bench, a supervisor)
    const generator = path.join(__dirname, '..', 'bench', 'lib', 'generate.mjs');
    execFileSync(process.execPath, ['--input-type=module', '-e', `
      import { ensurePolicies, generate } from ${JSON.stringify(generator)};
      await generate(${JSON.stringify(url)}, () => {}, { projects: 1, tickets: ${ROWS}, callbacks: ${ROWS}, owners: 5000, start: '2026-07-01', days: 90 });
      await ensurePolicies(${JSON.stringify(url)});`], { stdio: ['ignore', 'ignore', 'inherit'] });
    db = new pg.Client({ connectionString: url });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await stopAll(servers[1], dirs[1]);
    await stopAll(servers[0], dirs[0]);
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('should run the job again in the other process and register the workbook once, under its number', async () => {
    const token = await login(servers[0]!.url, 'bench', 'bench1234');
    const projectId = Buffer.from('Project:1').toString('base64url');
    const queued = await gql(servers[0]!.url, token, QUEUE, { i: { projectId, period: '2026Q3' } });
    const job = queued.data.queueQuarterlyWorkbookExport.job;
    expect(job).toMatchObject({ number: 'HFB-P01-2026Q3-01', state: 'QUEUED' });
    const id = Number(Buffer.from(job.id, 'base64url').toString().split(':')[1]);

    // wait until a process is writing rows, then kill that one
    let running: { runner: string; rows_written: number } | undefined;
    for (let i = 0; i < 1200 && !running; i++) {
      const { rows } = await db.query(`select runner, rows_written from workbook_export_job where id = $1 and state = 'RUNNING' and rows_written > 0`, [id]);
      running = rows[0];
      if (!running) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(running).toBeDefined();
    const pid = Number(running!.runner.split(':').pop());
    const victim = servers.findIndex((s) => s?.child.pid === pid);
    expect(victim).toBeGreaterThanOrEqual(0);
    servers[victim]!.child.kill('SIGKILL');
    await servers[victim]!.exited;
    const survivor = servers[1 - victim]!;

    // the survivor's sweep finds the stopped heartbeat and runs the job again
    const survivorToken = await login(survivor.url, 'bench', 'bench1234');
    let done: any = null;
    for (let i = 0; i < 300 && !done; i++) {
      const node = (await gql(survivor.url, survivorToken, JOB, { id: job.id })).data?.node;
      if (node?.state === 'DONE' || node?.state === 'FAILED') done = node;
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
    if (!done) {
      const { rows } = await db.query(`select state, attempts, error, heartbeat_at, runner from workbook_export_job where id = $1`, [id]);
      throw new Error(`the job never settled: ${JSON.stringify(rows[0])}; survivor log:\n${survivor.output().slice(-3000)}`);
    }
    expect(done).toMatchObject({ number: job.number, state: 'DONE', attempts: 2, workbook: { number: job.number } });
    expect(done.rowsWritten).toBe(done.rowsTotal);
    expect(done.rowsTotal).toBeGreaterThanOrEqual(ROWS);

    // registered once; its chunks and no others; the download hashes to the register
    const register = await db.query(`select number, file_path, byte_size from workbook_export`);
    expect(register.rows.map((r) => r.number)).toEqual([job.number]);
    const chunks = await db.query(`select file_path, count(*)::int as n, sum(length(data))::bigint as bytes from workbook_chunk group by file_path`);
    expect(chunks.rows).toEqual([{ file_path: register.rows[0].file_path, n: expect.any(Number), bytes: String(register.rows[0].byte_size) }]);
    const file = await fetch(`${survivor.url}${done.workbook.downloadUrl}`, { headers: { authorization: `Bearer ${survivorToken}` } });
    expect(file.status).toBe(200);
    const bytes = Buffer.from(await file.arrayBuffer());
    expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(done.workbook.sha256);
    // the next export takes the next number: the job's number was never given back or taken twice
    const next = await gql(survivor.url, survivorToken, QUEUE, { i: { projectId, period: '2026Q3' } });
    expect(next.data.queueQuarterlyWorkbookExport.job.number).toBe('HFB-P01-2026Q3-02');
  });
});
