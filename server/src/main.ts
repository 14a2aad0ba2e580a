import 'reflect-metadata';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { App, createApp } from './app';
import { loadConfig } from './config';
import { startEmbeddedPostgres, EmbeddedDatabase } from './db/embedded-postgres';
import { initOrm } from './db/orm';
import { ensureDatabase } from './db/ensure-database';
import { seedDemoDataIfEmpty } from './db/seed';
import { BackupSchedule, startBackupSchedule } from './db/backup-schedule';
import { ensureWritableDir } from './db/data-dir-access';
import { StartupError } from './db/startup-error';
import { JobQueue, startJobQueue } from './jobs/job-queue';

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

/** config → database → migrations → demo data → HTTP; graceful shutdown. */
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
    const seeded = await seedDemoDataIfEmpty(orm.em.fork());
    if (seeded) console.log('Demo data created (logins in README.md).');
  }
  app = await createApp(config, orm);
  // the job queue in this process: its workers and schedules unless JOBS_IN_PROCESS=false (then `npm run worker`)
  jobs = await startJobQueue({ databaseUrl: url, orm, config, work: config.jobs.inProcess });
  console.log(`回访 back-office ready: ${app.url.replace('127.0.0.1', 'localhost')}/  (GraphQL at /graphql)`);
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

main().catch((error) => {
  console.error(error instanceof StartupError || !(error instanceof Error) ? describe(error) : error.message);
  void shutdown('', 1);
});
