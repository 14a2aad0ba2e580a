import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import type { EntityManager } from '@mikro-orm/postgresql';
import { apiMessage, ErrorCode, ExportJobState, formatWorkbookNumber, msg, parsePeriod, PeriodRange, toLocalDate } from '@hf/shared';
import type { Viewer } from '../../core/caller';
import { DomainError } from '../../core/domain-error';
import { queueExports } from '../../jobs/job-handle';
import { COUNTER_SCOPE, nextSequence } from '../numbering/code-counter';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';
import { viewerOfUser } from '../users/session.service';
import { recordRowCount } from './quarterly-workbook';
import { WorkbookExportJob } from './workbook-export-job.entity';
import { validateExportPeriod, writeRegisteredWorkbook } from './workbook-export.service';
import type { ExportStorage } from './workbook-file';

/**
 * Exports as jobs: the request takes the number and returns; a worker writes the workbook.
 *
 * Gaplessness: the number is taken from the gapless counter in the queueing transaction, which commits at once, so a
 * queued export never holds the counter while it writes (a second export of the quarter is answered at once). From
 * then on the job row holds the number: DONE links the registered workbook (the register row and the job's DONE
 * commit in one transaction, with the file's chunks), FAILED keeps the number with its reason. Nothing reuses it.
 */
export const EXPORT_JOB = {
  /** attempts before FAILED (a process that stopped mid-export, or an unexpected error) */
  maxAttempts: 3,
  /** a RUNNING job whose heartbeat is older than this lost its process */
  staleSeconds: 30,
  heartbeatMs: 2_000,
} as const;

/** 导出 (in the background): takes the workbook number now, queues the job, and returns it QUEUED. */
export async function queueQuarterlyWorkbookExport(
  em: EntityManager,
  viewer: Viewer,
  input: { projectId: number; range: PeriodRange },
  now = new Date(),
): Promise<WorkbookExportJob> {
  const range = validateExportPeriod(input.range, toLocalDate(now));
  const project = await em.findOneOrFail(Project, input.projectId);
  const job = await em.transactional(async (tx) => {
    const sequence = await nextSequence(tx, project.id, COUNTER_SCOPE.workbook, range.key);
    const created = tx.create(WorkbookExportJob, {
      project: tx.getReference(Project, project.id, { wrapped: true }),
      period: range.key,
      sequence,
      number: formatWorkbookNumber(project.code, range.key, sequence),
      requestedBy: tx.getReference(User, viewer.user.id, { wrapped: true }),
      requestedAt: now,
    });
    await tx.flush();
    return created;
  });
  // after the commit: a worker that picks it up finds the row (if this process stops here, the sweep queues it)
  await queueExports([job.id]);
  return job;
}

export interface ExportRunOptions {
  dataDir: string;
  storage: ExportStorage;
  /** the job queue's last attempt: a failure is FAILED, not retried */
  final: boolean;
  log: (line: string) => void;
}

/**
 * One attempt of an export job, in a worker. Claims the job (QUEUED → RUNNING, attempts + 1; a job another process
 * claimed, or one DONE or FAILED, is left alone), counts the rows, writes and registers the workbook in one
 * transaction while a heartbeat reports the rows written. A failure rolls everything of the attempt back and leaves
 * the job QUEUED for the next attempt with the reason, or FAILED after the last; a rule's refusal (the requester lost
 * access, the period) is FAILED at once. Returns what became of it.
 */
export async function runExportJob(root: EntityManager, jobId: number, options: ExportRunOptions): Promise<ExportJobState | 'skipped'> {
  const connection = root.getConnection();
  const [claimed] = await connection.execute<{ attempts: number }[]>(
    `update workbook_export_job set state = 'RUNNING', attempts = attempts + 1, started_at = coalesce(started_at, now()), heartbeat_at = now(),
            rows_written = 0, error = null, runner = ?
      where id = ? and state = 'QUEUED' returning attempts`,
    [`${os.hostname()}:${process.pid}`.slice(0, 80), jobId],
  );
  if (!claimed) return 'skipped';
  const attempt = claimed.attempts;
  const em = root.fork();
  const job = await em.findOneOrFail(WorkbookExportJob, jobId, { populate: ['project'] });
  const project = job.project.getEntity();
  const range = parsePeriod(job.period);
  let rows = 0;
  const heartbeat = setInterval(() => {
    void connection
      .execute(`update workbook_export_job set heartbeat_at = now(), rows_written = ? where id = ? and state = 'RUNNING' and attempts = ?`, [rows, jobId, attempt])
      .catch(() => undefined);
  }, EXPORT_JOB.heartbeatMs);
  const written: { path: string | null } = { path: null };
  try {
    const viewer = await viewerOfUser(em, job.requestedBy.id);
    if (!viewer || !viewer.projectIds.includes(project.id)) throw DomainError.of(ErrorCode.FORBIDDEN, 'projectId', msg('download.forbidden'));
    await connection.execute(`update workbook_export_job set rows_total = ? where id = ?`, [await recordRowCount(em, project.id, range), jobId]);
    await em.transactional(async (tx) => {
      const entry = await writeRegisteredWorkbook(tx, viewer, { project, range, sequence: job.sequence }, { dataDir: options.dataDir, now: new Date(), storage: options.storage, onRows: (n) => (rows += n) }, written);
      const done = await tx.getConnection().execute<{ id: number }[]>(
        `update workbook_export_job set state = 'DONE', workbook_id = ?, rows_written = ?, finished_at = now(), heartbeat_at = now()
          where id = ? and state = 'RUNNING' and attempts = ? returning id`,
        [entry.id, rows, jobId, attempt], 'all', tx.getTransactionContext(),
      );
      // the sweep took the job away (this process looked dead): the other attempt registers it, not this one
      if (!done.length) throw new Error(`export job ${jobId}: attempt ${attempt} no longer holds the job`);
    });
    return ExportJobState.DONE;
  } catch (error) {
    if (written.path) fs.rmSync(written.path, { force: true });
    const refused = error instanceof DomainError;
    const failed = refused || options.final || attempt >= EXPORT_JOB.maxAttempts;
    let reason: string;
    if (refused) reason = error.message;
    else {
      // the cause goes to the log, under a reference the message gives; nothing internal reaches the register
      const ref = crypto.randomBytes(4).toString('hex');
      options.log(`export job ${jobId} (${job.number}) attempt ${attempt} failed [${ref}]: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      reason = apiMessage(msg('export.failed', { ref }));
    }
    await connection.execute(
      `update workbook_export_job set state = ?, error = ?, finished_at = case when ? then now() end where id = ? and state = 'RUNNING' and attempts = ?`,
      [failed ? 'FAILED' : 'QUEUED', reason.slice(0, 500), failed, jobId, attempt],
    );
    if (!failed) throw error; // the job queue tries again after its delay
    return ExportJobState.FAILED;
  } finally {
    clearInterval(heartbeat);
  }
}

/**
 * The export sweep (every few seconds in a worker, safe in several at once): a RUNNING job whose heartbeat stopped
 * lost its process — it goes back to QUEUED with the reason, or FAILED once its attempts are spent; a QUEUED job
 * with no waiting job (its process stopped before queueing it, or it came back from a stopped process, whose job
 * stays active in the queue until it expires) is queued again. Returns the jobs to queue.
 */
export async function sweepExportJobs(em: EntityManager, jobs: { table: string; queue: string }): Promise<number[]> {
  const connection = em.getConnection();
  const interrupted = apiMessage(msg('export.interrupted'));
  await connection.execute(
    `update workbook_export_job
        set state = case when attempts >= ? then 'FAILED' else 'QUEUED' end, error = ?,
            finished_at = case when attempts >= ? then now() end
      where state = 'RUNNING' and heartbeat_at < now() - make_interval(secs => ?)`,
    [EXPORT_JOB.maxAttempts, interrupted, EXPORT_JOB.maxAttempts, EXPORT_JOB.staleSeconds],
  );
  const rows = await connection.execute<{ id: number }[]>(
    `select e.id from workbook_export_job e
      where e.state = 'QUEUED' and coalesce(e.heartbeat_at, e.requested_at) < now() - interval '5 seconds'
        and not exists (select 1 from ${jobs.table} j where j.name = ? and j.data ->> 'jobId' = e.id::text and j.state in ('created', 'retry'))
      order by e.id limit 100`,
    [jobs.queue],
  );
  return rows.map((r) => r.id);
}
