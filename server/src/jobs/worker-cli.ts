import 'reflect-metadata';
import { loadConfig } from '../config';
import { initOrm } from '../db/orm';
import { embeddedUrl } from '../db/embedded-postgres';
import { startJobQueue } from './job-queue';

/**
 * `npm run worker`: the job queue's workers and schedules in a process of their own (start the app with
 * JOBS_IN_PROCESS=false then). It works on DATABASE_URL, or on the embedded PostgreSQL of the app running on this
 * machine (EMBEDDED_PG_PORT): start the app first.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const url = config.databaseUrl ?? embeddedUrl(config.embeddedPostgresPort, 'callbacks');
  const orm = await initOrm(url);
  const jobs = await startJobQueue({ databaseUrl: url, orm, config, work: true });
  console.log('job worker running (reminders, event dispatch, webhook deliveries)');
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping the worker …`);
    await jobs.stop().catch((error) => console.error(error));
    await orm.close().catch((error) => console.error(error));
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
