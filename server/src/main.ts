import 'reflect-metadata';
import cluster, { type Worker } from 'node:cluster';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { App, createApp } from './app';
import { loadConfig } from './config';
import { startEmbeddedPostgres, EmbeddedDatabase } from './db/embedded-postgres';
import { initOrm, withStartupLock } from './db/orm';
import { ensureDatabase } from './db/ensure-database';
import { seedDemoDataIfEmpty } from './db/seed';
import { BackupSchedule, startBackupSchedule } from './db/backup-schedule';
import { ensureWritableDir } from './db/data-dir-access';
import { StartupError } from './db/startup-error';
import { JobQueue, startJobQueue } from './jobs/job-queue';
import { moveWorkbookFilesIntoDatabase } from './modules/exports/workbook-export.service';

const DATABASE = 'callbacks';
/** a shutdown that hangs (a request that never ends) must not keep PostgreSQL or the port: give up after this */
const SHUTDOWN_GRACE_MS = 20_000;

// what is running, for the one shutdown path every ending takes (signals, uncaught errors, a failed start)
let embedded: EmbeddedDatabase | null = null;
let orm: MikroORM | null = null;
let app: App | null = null;
let backups: BackupSchedule | null = null;
let jobs: JobQueue | null = null;
let stopping: Promise<void> | null = null;
/** WORKERS > 1: the HTTP processes this (primary) process started */
const workers = new Set<Worker>();

function describe(error: unknown): string {
  if (error instanceof StartupError) return error.message;
  const failed = error as NodeJS.ErrnoException & { path?: string };
  // the embedded-postgres package emits a spawn failure as an unhandled 'error' event: one sentence, not its stack
  if (failed?.code === 'EACCES' && String(failed.syscall).startsWith('spawn')) {
    return `无法运行 ${failed.path}（没有权限）。 Cannot run ${failed.path} (permission denied): started as root, PostgreSQL runs as the user postgres, which must be able to enter every directory on the way to it — start the app as an ordinary user, or move the checkout to a directory others can enter (e.g. /opt).`;
  }
  if (error instanceof Error) return error.stack ?? error.message;
  return typeof error === 'string' ? error : (JSON.stringify(error) ?? String(error));
}

/** HTTP first (no new requests, in-flight ones finish), then the pool, then PostgreSQL; then exit with code. */
function shutdown(reason: string, code: number): Promise<void> {
  if (stopping) return stopping;
  if (reason) console.log(`${reason}: shutting down …`);
  const steps = async () => {
    // the HTTP processes first: each finishes its requests and closes its pool
    await stopWorkers();
    await app?.close().catch((error) => console.error(describe(error)));
    // a job that is running finishes (or is retried by another process after its expiry)
    await jobs?.stop().catch((error) => console.error(describe(error)));
    // a backup that is being written finishes (PostgreSQL is still up); no new one starts
    await backups?.stop().catch((error) => console.error(describe(error)));
    await orm?.close().catch((error) => console.error(describe(error)));
    await embedded?.stop().catch((error) => console.error(describe(error)));
  };
  const timer = setTimeout(() => {
    console.error(`shutdown did not finish within ${SHUTDOWN_GRACE_MS / 1000} s: stopping PostgreSQL and exiting`);
    embedded?.stopNow();
    process.exit(code || 1);
  }, SHUTDOWN_GRACE_MS);
  timer.unref();
  stopping = steps().finally(() => process.exit(code));
  return stopping;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal, 0));
process.on('uncaughtException', (error) => {
  console.error(`uncaught error: ${describe(error)}`);
  void shutdown('', 1);
});
process.on('unhandledRejection', (error) => {
  console.error(`unhandled rejection: ${describe(error)}`);
  void shutdown('', 1);
});
// the last resort when something calls process.exit directly: PostgreSQL is asked to stop (it finishes on its own)
process.on('exit', () => embedded?.stopNow());

/** Asks every HTTP process to stop (SIGTERM: its own graceful shutdown) and waits until all have ended. */
async function stopWorkers(): Promise<void> {
  await Promise.all([...workers].map((worker) => new Promise<void>((resolve) => {
    if (worker.isDead()) return resolve();
    worker.once('exit', () => resolve());
    worker.process.kill('SIGTERM');
  })));
}

/**
 * WORKERS = n > 1: n HTTP processes (node:cluster) share the port; the primary accepts the connections and hands them
 * round-robin to the processes. The primary keeps what must run once: the embedded PostgreSQL, the migrations and
 * demo data (before any process serves), the job workers and schedules, the backups. A process that dies is started
 * again (a crash loop stops the app instead). Each process is otherwise the same stateless app: sessions, limits,
 * jobs and notices live in PostgreSQL.
 */
async function startWorkers(count: number, databaseUrl: string): Promise<void> {
  const crashes: number[] = [];
  const fork = () => new Promise<void>((resolve, reject) => {
    const worker = cluster.fork({ DATABASE_URL: databaseUrl, HF_CLUSTER_WORKER: '1' });
    workers.add(worker);
    const onExit = (code: number | null, signal: string | null) => reject(new Error(`an HTTP process ended before it served (${code ?? signal})`));
    worker.once('exit', onExit);
    worker.once('message', (message: unknown) => {
      if (message !== 'listening') return;
      worker.off('exit', onExit);
      worker.once('exit', (code, signal) => {
        workers.delete(worker);
        if (stopping) return;
        const now = Date.now();
        crashes.push(now);
        while (crashes.length && crashes[0] < now - 60_000) crashes.shift();
        console.error(`HTTP process ${worker.process.pid} ended (${code ?? signal}); starting another`);
        if (crashes.length > count * 3) {
          console.error('HTTP processes keep ending: stopping the app');
          void shutdown('', 1);
          return;
        }
        fork().catch((error) => {
          console.error(describe(error));
          void shutdown('', 1);
        });
      });
      resolve();
    });
  });
  for (let i = 0; i < count; i++) await fork();
}

/** One HTTP process of WORKERS > 1: the app on the primary's database, sending jobs, not running them. */
async function serveAsWorker(): Promise<void> {
  const config = loadConfig();
  orm = await initOrm(config.databaseUrl!);
  app = await createApp(config, orm);
  jobs = await startJobQueue({ databaseUrl: config.databaseUrl!, orm, config, work: false });
  // the primary gone (kill -9): this process ends too, nobody would stop it
  process.on('disconnect', () => void shutdown('', 0));
  process.send?.('listening');
}

/** config → database → migrations → demo data → HTTP (here, or in WORKERS processes); graceful shutdown. */
async function main(): Promise<void> {
  const config = loadConfig();
  // exported workbooks (and the embedded cluster) live here: a read-only or full disk is said now, not at the first export
  ensureWritableDir(config.dataDir);
  let url = config.databaseUrl;
  if (!url) {
    const dataDir = path.join(config.dataDir, 'pg');
    console.log(`Starting embedded PostgreSQL in ${dataDir} on port ${config.embeddedPostgresPort} …`);
    embedded = await startEmbeddedPostgres({ dataDir, port: config.embeddedPostgresPort, persistent: true, ownSignals: true });
    url = embedded.url(DATABASE);
    await ensureDatabase(embedded.url('postgres'), DATABASE);
  }
  orm = await initOrm(url);
  if (config.seedDemoData) {
    // two replicas starting at once: one seeds, the other then finds the data there
    const seeded = await withStartupLock(url, () => seedDemoDataIfEmpty(orm!.em.fork()));
    if (seeded) console.log('Demo data created (logins in README.md).');
  }
  if (config.exportStorage === 'postgres') await withStartupLock(url, () => moveWorkbookFilesIntoDatabase(orm!.em.fork(), config.dataDir, console.log));
  let where: string;
  if (config.workers > 1) {
    await startWorkers(config.workers, url);
    where = `http://localhost:${config.port}/  (GraphQL at /graphql; ${config.workers} HTTP processes)`;
  } else {
    app = await createApp(config, orm);
    where = `${app.url.replace('127.0.0.1', 'localhost')}/  (GraphQL at /graphql)`;
  }
  // the job queue in this process: its workers and schedules unless JOBS_IN_PROCESS=false (then `npm run worker`)
  jobs = await startJobQueue({ databaseUrl: url, orm, config, work: config.jobs.inProcess });
  console.log(`回访 back-office ready: ${where}`);
  backups = startBackupSchedule({
    databaseUrl: url,
    dataDir: config.dataDir,
    backupDir: config.backup.dir,
    keepDays: config.backup.keepDays,
    dailyAt: config.backup.dailyAt,
    startDelayMs: config.backup.startDelaySeconds * 1000,
    log: console.log,
  });
}

(cluster.isWorker && process.env.HF_CLUSTER_WORKER === '1' ? serveAsWorker() : main()).catch((error) => {
  console.error(error instanceof StartupError || !(error instanceof Error) ? describe(error) : error.message);
  void shutdown('', 1);
});
