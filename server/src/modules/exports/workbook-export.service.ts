import fs from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import { formatWorkbookNumber, PeriodRange, toLocalDate, msg } from '@hf/shared';
import type { Viewer } from '../../core/caller';
import { badInput } from '../../core/domain-error';
import { COUNTER_SCOPE, nextSequence } from '../numbering/code-counter';
import { Project } from '../projects/project.entity';
import { computeQuarterlyFigures } from '../statistics/statistics.service';
import { User } from '../users/user.entity';
import { QuarterlyReport } from '../statistics/quarterly-report.entity';
import { ArchivedPeriod, sealOf } from '../archives/archived-period.entity';
import { lateRecordFigures } from '../archives/archive-seal';
import { writeQuarterlyWorkbook } from './quarterly-workbook';
import type { ReportText } from './statistics.sheets';
import { WorkbookExport } from './workbook-export.entity';
import { type ExportStorage, workbookRelativePath, writeHashedChunks, writeHashedFile } from './workbook-file';

/** The period to export: a quarter (2026Q3) or, where the project compiles monthly (seed 001), a month; not a future one. */
export function validateExportPeriod(range: PeriodRange, today: string): PeriodRange {
  if (range.from > today) throw badInput('period', msg('export.notStarted'));
  return range;
}

/** The period's 季度统计分析报告 as the workbook prints it: the text and who compiled, reviewed and reported it. */
async function reportText(em: EntityManager, projectId: number, period: string): Promise<ReportText | null> {
  const report = await em.findOne(QuarterlyReport, { project: projectId, period }, { populate: ['createdBy', 'reviewedBy', 'reportedBy', 'submittedBy'] });
  if (!report) return null;
  const name = (user: { $?: { displayName: string } } | null) => user?.$?.displayName ?? null;
  return {
    status: report.status,
    analysis: report.analysis,
    improvementMeasures: report.improvementMeasures,
    steps: [
      { step: '编制', by: name(report.submittedBy) ?? name(report.createdBy), at: report.submittedAt },
      { step: '审核', by: name(report.reviewedBy), at: report.reviewedAt },
      { step: '上报', by: name(report.reportedBy), at: report.reportedAt },
    ],
  };
}

/** Where and how a workbook is written: the data directory (files), the storage, the clock. */
export interface WorkbookOutput {
  dataDir: string;
  now: Date;
  storage: ExportStorage;
  /** record rows written so far (an export job's progress) */
  onRows?: (rows: number) => void;
}

/**
 * Exports a project's period as a numbered workbook (HFB-A01-2026Q3-01) and registers it, inside the request.
 *
 * The number comes from the same gapless counter as the serial codes: the counter row stays locked until
 * this transaction commits, so concurrent exports of a quarter queue up and get consecutive numbers, and a
 * failed export gives its number back (the file it started is removed). The rows are read in batches inside
 * the same transaction and streamed into the file while its SHA-256 is computed; the register row holds
 * the path, the counts and the hash. (queueQuarterlyWorkbookExport does the same in the background.)
 */
export async function exportQuarterlyWorkbook(
  em: EntityManager,
  viewer: Viewer,
  input: { projectId: number; range: PeriodRange },
  dataDir: string,
  now = new Date(),
  storage: ExportStorage = 'files',
): Promise<WorkbookExport> {
  const { projectId } = input;
  const range = validateExportPeriod(input.range, toLocalDate(now));
  const project = await em.findOneOrFail(Project, projectId);
  const written: { path: string | null } = { path: null };
  try {
    return await em.transactional(async (tx) => {
      const sequence = await nextSequence(tx, projectId, COUNTER_SCOPE.workbook, range.key);
      return writeRegisteredWorkbook(tx, viewer, { project, range, sequence }, { dataDir, now, storage }, written);
    });
  } catch (error) {
    // the number was given back by the rollback: so is the file written under it
    if (written.path) fs.rmSync(written.path, { force: true });
    throw error;
  }
}

/**
 * Writes the workbook of a number already taken and registers it, in the caller's transaction (the register row
 * and, in PostgreSQL, the file's chunks commit together or not at all). `written.path` names a file it wrote under
 * DATA_DIR, for the caller to remove when the transaction fails.
 */
export async function writeRegisteredWorkbook(
  tx: EntityManager,
  viewer: Viewer,
  target: { project: Project; range: PeriodRange; sequence: number },
  output: WorkbookOutput,
  written: { path: string | null },
): Promise<WorkbookExport> {
  const { project, range, sequence } = target;
  const { now, storage } = output;
  const projectId = project.id;
  const today = toLocalDate(now);
  const number = formatWorkbookNumber(project.code, range.key, sequence);
  const filePath = workbookRelativePath(project.code, number);
  const absolutePath = path.join(output.dataDir, filePath);
  // the figures in the same transaction as the rows, by the statistics service (its statement less the lists, which
  // the workbook reads in batches as it writes them)
  const figures = await computeQuarterlyFigures(tx, projectId, range, now);
  const archived = await tx.getRepository(ArchivedPeriod).covers(projectId, range);
  const report = await reportText(tx, projectId, range.key);
  // 封存: the seal of this very period, printed on 统计汇总 and in every footer
  const archive = archived ? await tx.findOne(ArchivedPeriod, { project: projectId, period: range.key }, { populate: ['archivedBy'] }) : null;
  const sealed = archive ? sealOf(archive) : null;
  const seal = archive && sealed
    ? {
        figures: sealed, archivedAt: archive.archivedAt, archivedBy: archive.archivedBy?.getEntity().displayName ?? null,
        late: await lateRecordFigures(tx, projectId, { from: archive.fromDate, to: archive.toDate }),
      }
    : null;
  // 补录: the carried-over callbacks recorded after the archive, listed under the report
  const lateRows = archived ? await tx.getRepository(ArchivedPeriod).lateRecordings(projectId, range) : [];
  const recorders = new Map((lateRows.length ? await tx.find(User, { id: { $in: lateRows.map((r) => r.recordedById).filter((id): id is number => id !== null) } }) : []).map((u) => [u.id, u.displayName]));
  const lateRecordings = lateRows.map((r) => ({ serialCode: r.serialCode, recordedAt: r.recordedAt, recordedBy: r.recordedById === null ? null : recorders.get(r.recordedById) ?? null }));
  const write = (stream: Writable) =>
    writeQuarterlyWorkbook(
      {
        em: tx,
        projectId,
        access: viewer,
        projectCode: project.code,
        projectName: project.name,
        range,
        workbookNumber: number,
        exportedBy: viewer.user.displayName,
        exportedAt: now,
        today,
        figures,
        report,
        draft: !archived,
        seal,
        lateRecordings,
        onRows: output.onRows,
      },
      stream,
    );
  // in PostgreSQL: the chunks are rows of this transaction, gone with it when the export fails
  const file = storage === 'postgres'
    ? await writeHashedChunks((sql, params) => tx.getConnection().execute(sql, params, 'run', tx.getTransactionContext()), filePath, write)
    : await writeHashedFile(absolutePath, write);
  if (storage === 'files') written.path = absolutePath;
  const entry = tx.create(WorkbookExport, {
    project: tx.getReference(Project, projectId, { wrapped: true }),
    period: range.key,
    sequence,
    number,
    exportedBy: tx.getReference(User, viewer.user.id, { wrapped: true }),
    exportedAt: now,
    archived,
    rowCounts: file.result,
    filePath,
    byteSize: file.byteSize,
    sha256: file.sha256,
  });
  await tx.flush();
  return entry;
}

/** 导出登记: the register of a project's workbooks (or of all the viewer's projects), newest first. */
export function registerWhere(projectIds: number[], period: PeriodRange | null) {
  return {
    project: { $in: projectIds },
    ...(period ? { period: period.key } : {}),
  };
}

/**
 * EXPORT_STORAGE=postgres on a DATA_DIR that has workbook files: each registered workbook not yet in PostgreSQL is
 * copied in once, streamed, and kept only if it hashes to the register's SHA-256 (the file stays where it was).
 */
export async function moveWorkbookFilesIntoDatabase(em: EntityManager, dataDir: string, log: (line: string) => void): Promise<number> {
  const waiting = await em.getConnection().execute<{ number: string; file_path: string; sha256: string }[]>(
    `select number, file_path, sha256 from workbook_export e where not exists (select 1 from workbook_chunk c where c.file_path = e.file_path) order by id`,
  );
  let moved = 0;
  for (const entry of waiting) {
    const absolutePath = path.join(dataDir, entry.file_path);
    if (!fs.existsSync(absolutePath)) continue;
    try {
      await em.transactional(async (tx) => {
        const stored = await writeHashedChunks((sql, params) => tx.getConnection().execute(sql, params, 'run', tx.getTransactionContext()), entry.file_path, async (output) => {
          await pipeline(fs.createReadStream(absolutePath), output);
        });
        if (stored.sha256 !== entry.sha256) throw new Error(`${entry.number}: the file no longer hashes to the register's SHA-256; left as a file`);
      });
      moved += 1;
    } catch (error) {
      log(`workbook ${entry.number}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (moved) log(`${moved} exported workbook(s) copied from ${path.join(dataDir, 'exports')} into PostgreSQL`);
  return moved;
}
