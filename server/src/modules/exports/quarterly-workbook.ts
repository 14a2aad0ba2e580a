import type { Writable } from 'node:stream';
import { sealFooterText, type ArchiveSealFigures, type LateRecordFigures } from '../archives/archive-seal';
import type { EntityManager } from '@mikro-orm/postgresql';
import ExcelJS from 'exceljs';
import { addDays, type PeriodRange, startOfLocalDate } from '@hf/shared';
import type { ProjectAccess } from '../../core/caller';
import { maskRow } from '../../core/personal-data';
import { canSeePersonalData } from '../../core/access';
import { repeatedComplaintBatches, repeatedRepairBatches, unqualifiedCallbackBatches } from '../statistics/statistics.service';
import { CALLBACK_RECORD_SHEET, callbackRecordBatches, callbackRecordColumns } from './callback-record.sheet';
import { COMPLAINT_REGISTER_SHEET, complaintBatches, complaintColumns } from './complaint-register.sheet';
import { writePrintSheet } from './print-sheet';
import { DRAFT_MARK } from './sheet-layout';
import {
  QuarterlyFigures, REPEATED_COMPLAINTS_SHEET, REPEATED_REPAIRS_SHEET, repeatedComplaintColumns, repeatedRepairColumns, ReportText,
  statisticsExtras, SUMMARY_SHEET, summaryAppendix, summaryColumns, summaryRows, UNQUALIFIED_SHEET, unqualifiedColumns,
} from './statistics.sheets';
import { EXPORT_BATCH_SIZE } from './row-batches';
import { methodCounts, ownerAnswerStatistics } from '../owner-links/owner-answer.statistics';
import type { SheetRowCount } from './workbook-export.entity';

/** The seal of the archived period a workbook prints. */
export interface WorkbookSeal {
  figures: ArchiveSealFigures;
  archivedAt: Date;
  archivedBy: string | null;
  /** 跨期 and 补录 since archiving (archive-seal.ts lateRecordFigures) */
  late?: LateRecordFigures | null;
}

/** 补录: one late recording of a carried-over callback, as the workbook lists it under the report. */
export interface WorkbookLateRecording {
  serialCode: string;
  recordedBy: string | null;
  recordedAt: Date;
}

export interface QuarterlyWorkbookContent {
  em: EntityManager;
  projectId: number;
  /** who exports: residents' name, unit and phone are masked unless they may read them (an auditor may not) */
  access: ProjectAccess;
  projectCode: string;
  projectName: string;
  range: PeriodRange;
  workbookNumber: string;
  exportedBy: string;
  exportedAt: Date;
  /** business date of the export: decides which planned callbacks show as overdue */
  today: string;
  /**
   * the quarter's figures (statistics service), laid out on 统计汇总; 不合格回访, 重复投诉 and 重复维修 are read from the
   * statistics lists in batches while they are written (same transaction as `em`)
   */
  figures: QuarterlyFigures;
  /** 季度统计分析报告 of the period, when one has been written: its analysis and measures print on 统计汇总 */
  report: ReportText | null;
  /** the period is not archived yet: every page says 未存档（草稿） */
  draft: boolean;
  /** 封存 of an archived period: printed on 统计汇总 and, shortened, in every footer */
  seal?: WorkbookSeal | null;
  /** 补录: callbacks carried over at archiving and recorded after it (the addendum of the frozen report) */
  lateRecordings?: WorkbookLateRecording[];
  batchSize?: number;
  /** told the number of record rows (业主回访记录表, 客户投诉登记表) as each batch goes into the file: an export job's progress */
  onRows?: (rows: number) => void;
}

interface ResidentColumns {
  owner_name: string;
  unit: string;
  phone: string | null;
}

/**
 * Rows as the exporting caller may see them: the decision and the masks of the Ticket fields (maskRow, seed 001:
 * 保护客户隐私), taken once for the export's project; rows pass untouched when the caller may read them.
 */
async function* residentsAsSeenBy<R extends ResidentColumns>(access: ProjectAccess, projectId: number, batches: AsyncIterable<R[]>): AsyncGenerator<R[]> {
  if (canSeePersonalData(access, projectId)) return yield* batches;
  for await (const rows of batches) {
    yield rows.map((row) => {
      const seen = maskRow(access, 'Ticket', projectId, { ownerName: row.owner_name, unit: row.unit, phone: row.phone });
      return { ...row, owner_name: seen.ownerName, unit: seen.unit, phone: seen.phone };
    });
  }
}

/**
 * Rows of the statistics lists (不合格回访, 重复投诉, 重复维修) as the exporting caller may see them: the masks of their
 * @PersonalData fields (maskRow, as statisticsAsSeenBy applies it), taken once for the export's project.
 */
async function* listAsSeenBy<R extends object>(access: ProjectAccess, projectId: number, typeName: string, batches: AsyncIterable<R[]>): AsyncGenerator<R[]> {
  if (canSeePersonalData(access, projectId)) return yield* batches;
  for await (const rows of batches) yield rows.map((row) => maskRow(access, typeName, projectId, row));
}

/** Batches passing through, counted for the progress of an export. */
async function* counted<R>(batches: AsyncIterable<R[]>, onRows: ((rows: number) => void) | undefined): AsyncGenerator<R[]> {
  for await (const rows of batches) {
    onRows?.(rows.length);
    yield rows;
  }
}

/**
 * The record rows a period's workbook will hold (业主回访记录表 and 客户投诉登记表): the total of an export job's progress,
 * counted by the same conditions as callbackRecordBatches and complaintBatches.
 */
export async function recordRowCount(em: EntityManager, projectId: number, range: PeriodRange): Promise<number> {
  const [row] = await em.execute<{ n: number }[]>(
    `select (select count(*) from callback c where c.project_id = ? and c.anchor_date between ? and ?)
          + (select count(*) from ticket t where t.project_id = ? and t.kind = 'COMPLAINT'
               and t.received_at >= ? and t.received_at < ?) as n`,
    [projectId, range.from, range.to, projectId, startOfLocalDate(range.from), startOfLocalDate(addDays(range.to, 1))],
  );
  return Number(row.n);
}

/**
 * Writes the quarter's workbook to a stream: one sheet per paper form, rows streamed from PostgreSQL in
 * batches (ExcelJS's streaming writer), so memory stays flat however large the quarter is.
 */
export async function writeQuarterlyWorkbook(content: QuarterlyWorkbookContent, output: Writable): Promise<SheetRowCount[]> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = content.exportedBy;
  workbook.lastModifiedBy = content.exportedBy;
  workbook.created = content.exportedAt;
  workbook.modified = content.exportedAt;
  const heading = (title: string) => ({
    title,
    workbookNumber: content.workbookNumber,
    projectName: content.projectName,
    projectCode: content.projectCode,
    period: content.range.key,
    draft: content.draft,
    seal: content.seal ? sealFooterText(content.seal.figures) : undefined,
    exportedBy: content.exportedBy,
    exportedAt: content.exportedAt,
  });
  // row 1: the period's dates (the page header names the period) and, while it is open, 未存档（草稿）
  const caption = `${content.range.from} 至 ${content.range.to}${content.draft ? `\n${DRAFT_MARK}` : ''}`;
  const batchSize = content.batchSize ?? EXPORT_BATCH_SIZE;
  const { from, to } = content.range;
  const counts: SheetRowCount[] = [];

  counts.push({
    sheet: CALLBACK_RECORD_SHEET,
    rows: await writePrintSheet(
      workbook,
      {
        name: CALLBACK_RECORD_SHEET,
        heading: heading(`《${CALLBACK_RECORD_SHEET}》`),
        caption,
        columns: callbackRecordColumns(content.today),
        repeat: 2,
        muted: (row) => row.status === 'VOIDED',
      },
      counted(residentsAsSeenBy(content.access, content.projectId, callbackRecordBatches(content.em, content.projectId, from, to, batchSize)), content.onRows),
    ),
  });
  counts.push({
    sheet: COMPLAINT_REGISTER_SHEET,
    rows: await writePrintSheet(
      workbook,
      {
        name: COMPLAINT_REGISTER_SHEET,
        heading: heading(`《${COMPLAINT_REGISTER_SHEET}》`),
        caption,
        columns: complaintColumns(),
        repeat: 2,
        muted: (row) => row.status === 'VOIDED',
      },
      counted(residentsAsSeenBy(content.access, content.projectId, complaintBatches(content.em, content.projectId, from, to, batchSize)), content.onRows),
    ),
  });
  // the figures hold no resident's data; the lists are masked row by row as they are read
  const { figures } = content;
  // 回访方式 and 业主确认 of the period (owner-links): two small aggregates beside the figures
  const channels = {
    methods: await methodCounts(content.em, content.projectId, from, to),
    answers: await ownerAnswerStatistics(content.em, content.projectId, from, to),
  };
  const list = <R extends object>(typeName: string, batches: AsyncIterable<R[]>) => listAsSeenBy(content.access, content.projectId, typeName, batches);
  const NONE = '本期无 (none this period)';
  counts.push({
    sheet: SUMMARY_SHEET,
    rows: await writePrintSheet(
      workbook,
      {
        name: SUMMARY_SHEET,
        heading: heading('季度统计汇总'),
        caption,
        columns: summaryColumns(),
        appendix: summaryAppendix(figures, channels),
        extras: statisticsExtras(figures, content.report, content.seal ?? null, content.lateRecordings ?? []),
      },
      [summaryRows(figures)],
    ),
  });
  counts.push({
    sheet: UNQUALIFIED_SHEET,
    rows: await writePrintSheet(
      workbook,
      { name: UNQUALIFIED_SHEET, heading: heading('回访不合格记录'), caption, repeat: 2, columns: unqualifiedColumns(), empty: NONE },
      list('UnqualifiedCallback', unqualifiedCallbackBatches(content.em, content.projectId, content.range, batchSize)),
    ),
  });
  counts.push({
    sheet: REPEATED_COMPLAINTS_SHEET,
    rows: await writePrintSheet(
      workbook,
      { name: REPEATED_COMPLAINTS_SHEET, heading: heading('重复投诉（同一事项两次以上）'), caption, repeat: 2, columns: repeatedComplaintColumns(), empty: NONE },
      list('RepeatedComplaint', repeatedComplaintBatches(content.em, content.projectId, content.range, batchSize)),
    ),
  });
  counts.push({
    sheet: REPEATED_REPAIRS_SHEET,
    rows: await writePrintSheet(
      workbook,
      { name: REPEATED_REPAIRS_SHEET, heading: heading('重复维修（同一种维修三次以上）'), caption, repeat: 2, columns: repeatedRepairColumns(), empty: NONE },
      list('RepeatedRepair', repeatedRepairBatches(content.em, content.projectId, content.range, batchSize)),
    ),
  });
  await workbook.commit();
  return counts;
}
