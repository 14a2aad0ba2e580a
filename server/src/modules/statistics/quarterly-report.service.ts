import { isDeepStrictEqual } from 'node:util';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, parsePeriod, PeriodRange, textOrNull, msg } from '@hf/shared';
import type { Viewer } from '../../core/caller';
import { conflict, DomainError, notFound, failure } from '../../core/domain-error';
import { assertOpen } from '../archives/archive-guard';
import { editLocked, LockOptions } from '../../db/lock-for-edit';
import { assertAllowed, transition } from '../../core/transitions';
import { REPORT_TRANSITIONS, ReportAction } from './quarterly-report.transitions';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';
import { QuarterlyReport } from './quarterly-report.entity';
import type { QuarterlyReportActionInput, SaveQuarterlyReportInput } from './quarterly-report.types';
import { withRowProject } from './statistics.privacy';
import { computeQuarterlyStatistics } from './statistics.service';
import type { QuarterlyStatistics } from './statistics.types';


/** A report of an archived period is read-only: refused with ARCHIVED on its id. */
const assertReportOpen = (em: EntityManager, projectId: number, from: string, to: string) =>
  assertOpen(em, projectId, { from, to }, 'id', () =>
    DomainError.of(ErrorCode.ARCHIVED, 'id', msg('report.archived')));

/** The inputs with the project, the period and the report id decoded at the edge (graphql/arguments.ts). */
export type SaveQuarterlyReportCommand = Omit<SaveQuarterlyReportInput, 'projectId' | 'period'> & { projectId: number; range: PeriodRange };
export type QuarterlyReportActionCommand = Omit<QuarterlyReportActionInput, 'id'> & { id: number };

/** The period a report is of (its key was checked when the report was drafted). */
export const reportRange = (report: Pick<QuarterlyReport, 'period'>): PeriodRange => parsePeriod(report.period);

/** 起草: the clerk writes the analysis and measures; only a draft can be changed. */
export async function saveQuarterlyReport(em: EntityManager, viewer: Viewer, input: SaveQuarterlyReportCommand, now = new Date()): Promise<QuarterlyReport> {
  const { projectId, range } = input;
  // two clerks starting the same report at once: the unique (project, period) lets one win, the other is told
  return em.transactional(async (tx) => {
    await assertReportOpen(tx, projectId, range.from, range.to);
    let report = await tx.findOne(QuarterlyReport, { project: projectId, period: range.key }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!report) {
      if (input.version !== null && input.version !== undefined) throw notFound('version');
      report = tx.create(QuarterlyReport, {
        project: tx.getReference(Project, projectId),
        period: range.key,
        fromDate: range.from,
        toDate: range.to,
        createdBy: tx.getReference(User, viewer.user.id, { wrapped: true }),
        createdAt: now,
        updatedAt: now,
      });
    } else {
      if (report.version !== input.version) throw conflict();
      assertAllowed(REPORT_TRANSITIONS, ReportAction.EDIT, report.status, { role: viewer.user.role });
    }
    if (input.analysis !== undefined) report.analysis = textOrNull(input.analysis);
    if (input.improvementMeasures !== undefined) report.improvementMeasures = textOrNull(input.improvementMeasures);
    await tx.flush();
    return report;
  }).catch((error: unknown) => {
    if (error instanceof UniqueConstraintViolationException) throw conflict();
    throw error;
  });
}

/** A report is edited only while its period is not archived. */
const REPORT_EDIT: LockOptions<QuarterlyReport> = {
  whenLocked: (report, em) => assertReportOpen(em, report.project.id, report.fromDate, report.toDate),
};

/** 提交 (clerk): the figures are frozen into the report as they are now. */
export function submitQuarterlyReport(em: EntityManager, viewer: Viewer, input: QuarterlyReportActionCommand, now = new Date()) {
  return editLocked(em, QuarterlyReport, viewer, input, REPORT_EDIT, async (tx, report) => {
    const submitted = transition(REPORT_TRANSITIONS, ReportAction.SUBMIT, report.status, { role: viewer.user.role });
    const missing = (['analysis', 'improvementMeasures'] as const).filter((f) => !report[f]);
    if (missing.length) {
      throw new DomainError(missing.map((field) => failure(ErrorCode.BAD_USER_INPUT, [field], msg('report.textsRequired'))));
    }
    const figures = await computeQuarterlyStatistics(tx, report.project.id, reportRange(report), now);
    report.figures = JSON.parse(JSON.stringify(figures)) as QuarterlyStatistics;
    report.status = submitted;
    report.submittedBy = tx.getReference(User, viewer.user.id, { wrapped: true });
    report.submittedAt = now;
  });
}

/** 审核 (service supervisor). */
export function reviewQuarterlyReport(em: EntityManager, viewer: Viewer, input: QuarterlyReportActionCommand, now = new Date()) {
  return editLocked(em, QuarterlyReport, viewer, input, REPORT_EDIT, async (tx, report) => {
    report.status = transition(REPORT_TRANSITIONS, ReportAction.REVIEW, report.status, { role: viewer.user.role });
    report.reviewedBy = tx.getReference(User, viewer.user.id, { wrapped: true });
    report.reviewedAt = now;
    report.reviewOpinion = textOrNull(input.opinion);
  });
}

/** 上报 (project manager receives the reviewed report). */
export function reportQuarterlyReport(em: EntityManager, viewer: Viewer, input: QuarterlyReportActionCommand, now = new Date()) {
  return editLocked(em, QuarterlyReport, viewer, input, REPORT_EDIT, async (tx, report) => {
    report.status = transition(REPORT_TRANSITIONS, ReportAction.REPORT, report.status, { role: viewer.user.role });
    report.reportedBy = tx.getReference(User, viewer.user.id, { wrapped: true });
    report.reportedAt = now;
  });
}

/** 退回: the supervisor (submitted) or the project manager (reviewed) sends it back to draft, with a reason. */
export function returnQuarterlyReport(em: EntityManager, viewer: Viewer, input: QuarterlyReportActionCommand, now = new Date()) {
  return editLocked(em, QuarterlyReport, viewer, input, REPORT_EDIT, async (tx, report) => {
    const draft = transition(REPORT_TRANSITIONS, ReportAction.RETURN, report.status, { role: viewer.user.role });
    const reason = textOrNull(input.opinion);
    if (!reason) throw DomainError.of(ErrorCode.BAD_USER_INPUT, 'opinion', msg('report.reasonRequired'));
    report.status = draft;
    report.figures = null;
    report.returnedBy = tx.getReference(User, viewer.user.id, { wrapped: true });
    report.returnedAt = now;
    report.returnReason = reason;
  });
}

/** The report's figures: the snapshot once submitted, the live statistics while a draft. */
export async function reportFigures(em: EntityManager, report: QuarterlyReport): Promise<QuarterlyStatistics> {
  if (report.figures) return withRowProject(report.figures, report.project.id);
  return computeQuarterlyStatistics(em, report.project.id, reportRange(report));
}

/** Whether the records changed after submission (the live figures, as of the snapshot's day, differ from it). */
export async function changedSinceSubmission(em: EntityManager, report: QuarterlyReport): Promise<boolean> {
  if (!report.figures) return false;
  const live = JSON.parse(JSON.stringify(await computeQuarterlyStatistics(em, report.project.id, reportRange(report), new Date(), report.figures.asOf)));
  const { computedAt: _a, ...snapshot } = report.figures as unknown as Record<string, unknown>;
  const { computedAt: _b, ...now } = live as Record<string, unknown>;
  return !isDeepStrictEqual(snapshot, now);
}
