import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { periodOf } from '@hf/shared';
import { loadConfig } from '../../server/src/config';
import { JobQueue, startJobQueue } from '../../server/src/jobs/job-queue';
import { EXPORT_JOB, runExportJob, sweepExportJobs } from '../../server/src/modules/exports/export-job.service';
import { eventually } from './helpers/eventually';
import { createTestCallback } from './helpers/factories';
import { Client, initTestApp, TestApp } from './helpers/test-app';

// Issue 20: exports as jobs. The request takes the number and answers QUEUED; a worker writes and registers the
// workbook, reporting progress; a failure is retried, then FAILED with its reason and its number kept; a job whose
// process stopped is found by its heartbeat and run again; numbers stay gapless across both ways of exporting.

jest.setTimeout(90_000);

const QUEUE = `mutation ($i: ExportQuarterlyWorkbookInput!) { queueQuarterlyWorkbookExport(input: $i) {
  job { id number state sequence attempts rowsWritten rowsTotal progress error requestedBy { username } workbook { number } }
  userErrors { field code message } } }`;
const EXPORT = `mutation ($i: ExportQuarterlyWorkbookInput!) { exportQuarterlyWorkbook(input: $i) { workbook { number sha256 } userErrors { code } } }`;
const JOB = `query ($id: ID!) { node(id: $id) { ... on WorkbookExportJob { id number state attempts rowsWritten rowsTotal progress error finishedAt
  workbook { number sha256 byteSize downloadUrl rowCounts { sheet rows } } } } }`;
const JOBS = `query ($p: ID, $period: String) { exportJobs(projectId: $p, period: $period, first: 50) { totalCount edges { node { number state error } } } }`;
const REGISTER = `query ($p: ID, $period: String) { exportRegister(projectId: $p, period: $period, first: 50) { edges { node { number } } } }`;
const JOB_TABLE = { table: 'pgboss.job', queue: 'workbook-export' };

const dbId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

describe('exports as jobs', () => {
  let app: TestApp;
  let supervisor: Client;
  let manager: Client;
  let clerk: Client;
  let jobs: JobQueue | null = null;
  let sender: JobQueue;
  let period: string;
  const sql = <T = any>(query: string, params: unknown[] = []) => app.orm.em.fork().getConnection().execute<T[]>(query, params);
  const options = (final = false) => ({ dataDir: app.dataDir, storage: 'postgres' as const, final, log: () => undefined });

  beforeAll(async () => {
    app = await initTestApp();
    [supervisor, manager, clerk] = await Promise.all(['liqiang', 'chenjie', 'zhangli'].map((u) => app.as(u)));
    // a process that queues jobs without running them (as a WORKERS process does): the jobs wait for a worker
    sender = await startJobQueue({ databaseUrl: app.databaseUrl, orm: app.orm, config: loadConfig({ port: 0, host: '127.0.0.1' }), work: false, log: () => undefined });
    // received and completed in the same period (the callbacks' anchor): the period exported
    const receivedAt = new Date(Date.now() - 86_400_000 - 3_600_000).toISOString();
    for (let i = 0; i < 3; i++) await createTestCallback(clerk, app.projectA, { receivedAt });
    const complaint = await createTestCallback(clerk, app.projectA, { kind: 'COMPLAINT', severity: 'GENERAL', department: '秩序维护部', category: null, summary: '夜间车辆乱停', receivedAt });
    period = periodOf(complaint.anchorDate);
  });

  afterAll(async () => {
    await jobs?.stop();
    await sender?.stop();
    await app.close();
  });

  it('should take the number at once, refuse what the synchronous export refuses, and keep the number of a job that failed', async () => {
    // no job queue in this process yet: the job waits, QUEUED, with its number taken
    const first = (await supervisor.gql(QUEUE, { i: { projectId: app.projectA, period } })).data.queueQuarterlyWorkbookExport;
    expect(first.userErrors).toEqual([]);
    expect(first.job).toMatchObject({ state: 'QUEUED', sequence: 1, attempts: 0, rowsWritten: 0, error: null, workbook: null, requestedBy: { username: 'liqiang' } });
    expect(first.job.number).toBe(`HFB-A01-${period}-01`);
    // the request's export takes the next number of the same counter
    expect((await supervisor.gql(EXPORT, { i: { projectId: app.projectA, period } })).data.exportQuarterlyWorkbook.workbook.number).toBe(`HFB-A01-${period}-02`);
    // the same refusals as the request's export: a clerk, a future period
    expect((await clerk.gql(QUEUE, { i: { projectId: app.projectA, period } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const future = (await supervisor.gql(QUEUE, { i: { projectId: app.projectA, period: '2099Q1' } })).data.queueQuarterlyWorkbookExport;
    expect(future).toMatchObject({ job: null, userErrors: [expect.objectContaining({ field: ['period'], code: 'BAD_USER_INPUT' })] });

    // an unexpected failure (the data directory is not writable for file storage): retried, then FAILED, number kept
    const notADirectory = path.join(app.dataDir, 'not-a-directory');
    fs.writeFileSync(notADirectory, '');
    const broken = { ...options(), storage: 'files' as const, dataDir: notADirectory };
    await expect(runExportJob(app.orm.em.fork(), dbId(first.job.id), broken)).rejects.toThrow();
    const retrying = (await supervisor.gql(JOB, { id: first.job.id })).data.node;
    expect(retrying).toMatchObject({ state: 'QUEUED', attempts: 1 });
    expect(retrying.error).toMatch(/^导出失败（内部错误 [0-9a-f]{8}）.*\(the export failed/);
    expect(retrying.error).not.toMatch(/not-a-directory|ENOTDIR/); // nothing internal in the register
    await expect(runExportJob(app.orm.em.fork(), dbId(first.job.id), { ...broken, final: true })).resolves.toBe('FAILED');
    const failed = (await supervisor.gql(JOB, { id: first.job.id })).data.node;
    expect(failed).toMatchObject({ state: 'FAILED', attempts: 2, workbook: null });
    expect(failed.finishedAt).not.toBeNull();
    // a FAILED job is not run again, and its number is not given to anyone else
    await expect(runExportJob(app.orm.em.fork(), dbId(first.job.id), options())).resolves.toBe('skipped');
    const next = (await supervisor.gql(QUEUE, { i: { projectId: app.projectA, period } })).data.queueQuarterlyWorkbookExport.job;
    expect(next.number).toBe(`HFB-A01-${period}-03`);
    expect((await sql(`select count(*)::int as n from workbook_chunk where file_path like ?`, [`%${first.job.number}%`]))[0].n).toBe(0);
  });

  it('should fail a job at once when its requester may no longer export, with the reason', async () => {
    const queued = (await manager.gql(QUEUE, { i: { projectId: app.projectA, period } })).data.queueQuarterlyWorkbookExport.job;
    await sql(`update app_user set active = false where username = 'chenjie'`);
    try {
      await expect(runExportJob(app.orm.em.fork(), dbId(queued.id), options())).resolves.toBe('FAILED');
    } finally {
      await sql(`update app_user set active = true where username = 'chenjie'`);
    }
    const failed = (await supervisor.gql(JOB, { id: queued.id })).data.node;
    expect(failed).toMatchObject({ state: 'FAILED', attempts: 1, error: expect.stringContaining('无权下载该工作簿') });
  });

  it('should hand a job whose process stopped to another attempt, and fail it once its attempts are spent', async () => {
    const queued = (await supervisor.gql(QUEUE, { i: { projectId: app.projectA, period } })).data.queueQuarterlyWorkbookExport.job;
    const id = dbId(queued.id);
    // as a process that died mid-export leaves it: RUNNING, the heartbeat old, its queue job active until it expires
    await sql(`update workbook_export_job set state = 'RUNNING', attempts = 1, heartbeat_at = now() - interval '1 minute' where id = ?`, [id]);
    await sql(`update pgboss.job set state = 'active', started_on = now() where name = 'workbook-export' and data ->> 'jobId' = ?`, [String(id)]);
    expect(await sweepExportJobs(app.orm.em.fork(), JOB_TABLE)).toContain(id);
    expect((await supervisor.gql(JOB, { id: queued.id })).data.node).toMatchObject({ state: 'QUEUED', error: expect.stringContaining('导出中断') });
    // a live one (fresh heartbeat) is left alone
    await sql(`update workbook_export_job set state = 'RUNNING', heartbeat_at = now() where id = ?`, [id]);
    expect(await sweepExportJobs(app.orm.em.fork(), JOB_TABLE)).not.toContain(id);
    expect((await supervisor.gql(JOB, { id: queued.id })).data.node.state).toBe('RUNNING');
    // the last attempt's process stopped too: FAILED, the number kept
    await sql(`update workbook_export_job set attempts = ?, heartbeat_at = now() - interval '1 minute' where id = ?`, [EXPORT_JOB.maxAttempts, id]);
    expect(await sweepExportJobs(app.orm.em.fork(), JOB_TABLE)).not.toContain(id);
    expect((await supervisor.gql(JOB, { id: queued.id })).data.node).toMatchObject({ state: 'FAILED', error: expect.stringContaining('导出中断') });
  });

  it('should run queued exports in the worker, with progress, and register each under its number, gapless', async () => {
    const config = loadConfig({ port: 0, host: '127.0.0.1', dataDir: app.dataDir, exportStorage: 'postgres' });
    jobs = await startJobQueue({ databaseUrl: app.databaseUrl, orm: app.orm, config, work: true, log: () => undefined });
    const queued = await Promise.all([supervisor, manager, supervisor].map(async (c) => (await c.gql(QUEUE, { i: { projectId: app.projectA, period } })).data.queueQuarterlyWorkbookExport.job));
    expect(new Set(queued.map((j) => j.number)).size).toBe(3);
    const done = await Promise.all(queued.map((job) => eventually(async () => {
      const node = (await supervisor.gql(JOB, { id: job.id })).data.node;
      return node.state === 'DONE' && node;
    }, 600)));
    for (const job of done) {
      // progress counted the rows of the two record sheets, as the file holds them
      const records = job.workbook.rowCounts.filter((c: { sheet: string }) => ['业主回访记录表', '客户投诉登记表'].includes(c.sheet)).reduce((n: number, c: { rows: number }) => n + c.rows, 0);
      expect(records).toBeGreaterThan(3);
      expect(job).toMatchObject({ attempts: 1, progress: 1, error: null, rowsTotal: records, rowsWritten: records });
      expect(job.workbook.number).toBe(job.number);
      const file = await fetch(`${app.url}${job.workbook.downloadUrl}`, { headers: { authorization: `Bearer ${supervisor.token}` } });
      expect(file.status).toBe(200);
      const bytes = Buffer.from(await file.arrayBuffer());
      expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(job.workbook.sha256);
      expect(bytes.length).toBe(job.workbook.byteSize);
    }
    // every number taken is accounted for, once every job has settled (the one queued before the worker started too)
    await eventually(async () => (await supervisor.gql(JOBS, { p: app.projectA, period })).data.exportJobs.edges.every((e: { node: { state: string } }) => ['DONE', 'FAILED'].includes(e.node.state)), 600);
    // registered, or kept by a job that failed
    const registered = (await supervisor.gql(REGISTER, { p: app.projectA, period })).data.exportRegister.edges.map((e: { node: { number: string } }) => e.node.number);
    const listed = (await supervisor.gql(JOBS, { p: app.projectA, period })).data.exportJobs;
    const failedNumbers = listed.edges.filter((e: { node: { state: string } }) => e.node.state === 'FAILED').map((e: { node: { number: string } }) => e.node.number);
    const all = [...registered, ...failedNumbers].map((n: string) => Number(n.slice(-2))).sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: all.length }, (_, i) => i + 1));
    expect(new Set(all).size).toBe(all.length);
    // the jobs of another project are not listed for this one's supervisor
    expect((await supervisor.gql(JOBS, { p: app.projectB, period })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
