import type { MikroORM } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import type { Config } from '../config';
import { businessClock } from '../modules/work-queues/work-queue.rules';
import { sweepReminders } from '../modules/notifications/reminder.service';
import { attemptDelivery, dispatchEvents, strandedDeliveries } from '../modules/webhooks/webhook.service';
import { deliveryRetry } from '../modules/webhooks/webhook.rules';
import { EXPORT_JOB, runExportJob, sweepExportJobs } from '../modules/exports/export-job.service';
import { useJobSender } from './job-handle';
import { acquireListener, liveNotices } from '../modules/events/live';
import type { ChangeNotice } from '../modules/events/event.rules';

/**
 * The job queue: pg-boss 10 in the app's own PostgreSQL (schema pgboss) — no other server. Chosen over
 * graphile-worker: both are maintained and run on Node 20; pg-boss has cron schedules with a time zone, per-queue
 * retry with exponential backoff, a visible failed state and singleton keys built in, and plain JS jobs (graphile-
 * worker's strength, jobs queued from SQL triggers, is not needed: our outbox is a table). Jobs are rows, so they
 * survive a restart; a job whose process died is retried when its expiry passes.
 */
export const QUEUES = {
  /** every few minutes (REMINDER_CRON, 北京时间): the reminders that hold now → notifications */
  remindersSweep: 'reminders-sweep',
  /** outbox events → one delivery per interested webhook (sent on NOTIFY, and every minute as a safety net) */
  eventsDispatch: 'events-dispatch',
  /** one attempt of one webhook delivery; retried with backoff, FAILED after the last */
  webhookDeliver: 'webhook-deliver',
  /** one attempt of one queued workbook export (export-job.service.ts) */
  workbookExport: 'workbook-export',
} as const;

/** a delivery's job key: one waiting and one running job per delivery */
const DELIVERY_KEY = 'delivery:';
/** a delivery without a job this long after its last change is queued again (see strandedDeliveries) */
const STRANDED_GRACE_SECONDS = 15;
/** how often a worker looks for export jobs whose process stopped */
const EXPORT_SWEEP_MS = 10_000;

export interface JobQueue {
  boss: PgBoss;
  stop(): Promise<void>;
}

interface Options {
  databaseUrl: string;
  orm: MikroORM;
  config: Config;
  /** run the workers and schedules here (npm start by default, npm run worker); false: only send jobs */
  work: boolean;
  log?: (message: string) => void;
}

export async function startJobQueue({ databaseUrl, orm, config, work, log = console.error }: Options): Promise<JobQueue> {
  const DELIVERY_RETRY = deliveryRetry(config.webhooks);
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: 'pgboss',
    max: 4,
    // a sender does no maintenance; the workers' process does
    supervise: work,
    schedule: work,
    // jobs of a process that died (kill -9, power cut) are expired and retried within half a minute, not pg-boss's
    // default two; the check is one indexed update
    maintenanceIntervalSeconds: 30,
    application_name: 'hf-callbacks-jobs',
  });
  boss.on('error', (error) => log(`job queue: ${error instanceof Error ? error.message : String(error)}`));
  await boss.start();
  // idempotent: every process makes sure the queues exist with their retry policy
  await boss.createQueue(QUEUES.remindersSweep, { name: QUEUES.remindersSweep, retryLimit: 2, retryDelay: 30, expireInSeconds: 300, policy: 'singleton' });
  const dispatchQueue: PgBoss.Queue = { name: QUEUES.eventsDispatch, retryLimit: 5, retryDelay: 5, retryBackoff: true, expireInSeconds: 30, policy: 'singleton' };
  await boss.createQueue(QUEUES.eventsDispatch, dispatchQueue);
  // a database made before the expiry was shortened (createQueue leaves an existing queue as it is)
  await boss.updateQueue(QUEUES.eventsDispatch, dispatchQueue);
  // stately: one waiting and one running job per delivery at most (a re-send while it runs waits for it)
  await boss.createQueue(QUEUES.webhookDeliver, { name: QUEUES.webhookDeliver, ...DELIVERY_RETRY, policy: 'stately' });

  // exports retry twice (EXPORT_JOB.maxAttempts in all); the expiry is a backstop only: a job whose process stopped is
  // found by its heartbeat within half a minute (sweepExportJobs), and a long export must not expire while it runs
  const exportRetry = { retryLimit: EXPORT_JOB.maxAttempts - 1, retryDelay: 5, expireInSeconds: 3600 };
  // standard policy, no singleton key: a job taken back from a stopped process is queued again while that process's
  // queue job is still active (a stately key would refuse to start it until that one expires); a second queue job
  // for the same export is harmless, since an attempt must first claim the export (QUEUED → RUNNING)
  await boss.createQueue(QUEUES.workbookExport, { name: QUEUES.workbookExport, ...exportRetry, policy: 'standard' });
  const queueExports = async (jobIds: number[]) => {
    if (!jobIds.length) return;
    await boss.insert(jobIds.map((id) => ({ name: QUEUES.workbookExport, data: { jobId: id }, ...exportRetry })));
  };

  const queueDeliveries = async (ids: number[]) => {
    if (!ids.length) return;
    // one job per delivery: the singleton key keeps a second one out while the first waits or runs
    await boss.insert(ids.map((id) => ({ name: QUEUES.webhookDeliver, data: { deliveryId: id }, singletonKey: `${DELIVERY_KEY}${id}`, ...DELIVERY_RETRY })));
  };
  useJobSender({ queueDeliveries, queueExports });

  /** outbox events → deliveries, queued; safe in several processes at once (the events are claimed with skip locked) */
  const dispatch = async () => {
    const em = orm.em.fork();
    let total = 0;
    for (;;) {
      const { events, deliveries } = await dispatchEvents(em);
      await queueDeliveries(deliveries);
      total += events;
      if (events === 0) break;
    }
    await queueDeliveries(await strandedDeliveries(em, { table: 'pgboss.job', queue: QUEUES.webhookDeliver, keyPrefix: DELIVERY_KEY }, STRANDED_GRACE_SECONDS));
    return { events: total };
  };
  // A NOTIFY runs the dispatch here at once, one run at a time (events arriving during a run make one more run).
  // Not through the singleton job: a dispatch job left active by a process that died would hold every dispatch
  // until it expires. The job stays as the minute's safety net, with pg-boss's retries.
  let running: Promise<void> | null = null;
  let again = false;
  const dispatchHere = () => {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        await dispatch();
      } while (again);
    })()
      .catch((error) => log(`job queue: dispatch: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => (running = null));
  };

  let release: (() => Promise<void>) | null = null;
  let strandedTimer: NodeJS.Timeout | undefined;
  let exportSweep: NodeJS.Timeout | undefined;
  const onNotice = (notice: ChangeNotice) => {
    if (notice.kind === 'event') dispatchHere();
  };
  if (work) {
    // an outbox event committed by any process wakes the dispatch at once (the minute's cron is the safety net)
    release = (await acquireListener(databaseUrl, log)).release;
    liveNotices.on('notice', onNotice);
    await boss.schedule(QUEUES.remindersSweep, config.jobs.reminderCron, {}, { tz: 'Asia/Shanghai' });
    await boss.schedule(QUEUES.eventsDispatch, '* * * * *', {}, { tz: 'Asia/Shanghai' });
    await boss.work(QUEUES.remindersSweep, { pollingIntervalSeconds: 2 }, async () => {
      const result = await sweepReminders(orm.em.fork(), businessClock());
      return result;
    });
    await boss.work(QUEUES.eventsDispatch, { pollingIntervalSeconds: 1 }, dispatch);
    // four workers: a slow receiver holds one delivery, not the others (each waits at most the timeout)
    for (let i = 0; i < 4; i++) {
      await boss.work<{ deliveryId: number }>(QUEUES.webhookDeliver, { pollingIntervalSeconds: 1, batchSize: 1, includeMetadata: true }, async ([job]) => {
        const final = job.retryCount >= job.retryLimit;
        const outcome = await attemptDelivery(orm.em.fork(), job.data.deliveryId, {
          allowPrivate: config.webhooks.allowPrivateTargets, timeoutMs: config.webhooks.timeoutMs, final,
        });
        // a failure is thrown so pg-boss retries it later, and marks the job failed after the last attempt
        if (!outcome.delivered) throw new Error(outcome.error);
      });
    }
    // exports: one at a time per process (an export is CPU-bound; a second waits or runs in another process)
    await boss.work<{ jobId: number }>(QUEUES.workbookExport, { pollingIntervalSeconds: 1, batchSize: 1, includeMetadata: true }, async ([job]) => {
      const final = job.retryCount >= job.retryLimit;
      return runExportJob(orm.em.fork(), job.data.jobId, { dataDir: config.dataDir, storage: config.exportStorage, final, log });
    });
    const sweepExports = async () => {
      try {
        await queueExports(await sweepExportJobs(orm.em.fork(), { table: 'pgboss.job', queue: QUEUES.workbookExport }));
      } catch (error) {
        log(`job queue: export sweep: ${error instanceof Error ? error.message : String(error)}`);
      }
    };
    exportSweep = setInterval(() => void sweepExports(), EXPORT_SWEEP_MS);
    exportSweep.unref();
    void sweepExports();
    // the first sweep and dispatch at start, not at the first cron minute
    await boss.send(QUEUES.remindersSweep, {});
    dispatchHere();
    // and once more when the deliveries a killed process left unqueued are past the stranded check's grace (the
    // minute's dispatch job may itself be held by that process's active job until it expires)
    strandedTimer = setTimeout(dispatchHere, (STRANDED_GRACE_SECONDS + 1) * 1000);
    strandedTimer.unref();
  }

  return {
    boss,
    stop: async () => {
      useJobSender(null);
      clearTimeout(strandedTimer);
      clearInterval(exportSweep);
      liveNotices.off('notice', onNotice);
      await running;
      await boss.stop({ graceful: true, wait: true, timeout: 15_000 });
      await release?.();
    },
  };
}
