/**
 * 待办: whose work (the subject), and each queue's page, counts and figures. Queues of callbacks read a page in one
 * statement (keys and rows through work-queue.read-model.ts) plus one count when totalCount is asked; the figures
 * of the period (spot-check quota, targets at risk) reuse the statistics service — one statement per project,
 * shared by both fields; the badge counts are one statement for every queue.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  addMonths, ALL_PROJECT_ROLES, archiveDueDate, COUNTED_WORK_QUEUES, ErrorCode, parsePeriod, QuarterlyReportStatus, TicketKind,
  WORK_QUEUES_BY_ROLE, WorkQueueKind,
  msg, type Message,
} from '@hf/shared';
import { assertCursorValueFits, decodeCursor, encodeCursor, type PagePosition, readById } from '../../db/keyset';
import { type Caller, isTokenCaller } from '../../core/caller';
import { encodeGlobalId } from '../../core/global-id';
import type { ArchiveStatus } from '../archives/archive.types';
import { Project } from '../projects/project.entity';
import { QuarterlyReport } from '../statistics/quarterly-report.entity';
import { computeQuarterlyStatistics } from '../statistics/statistics.service';
import { quotaForecasts } from '../statistics/quota-forecast.service';
import type { QuotaForecast } from '../statistics/quota-forecast.types';
import type { QuarterlyStatistics } from '../statistics/statistics.types';
import { DomainError } from '../../core/domain-error';
import { User } from '../users/user.entity';
import {
  ageInDays, archiveReminder, type BusinessClock, callbackEdgeFacts, periodDueForArchiving, recentEndedPeriods, spotChecksStillToPlan,
  targetsAtRisk,
} from './work-queue.rules';
import {
  callbackCountSql, callbackKeysSql, callbackQueueSql, type CallbackQueueKind, countsSql,
  type KeysetPage, type PeriodOfProject, periodStatesSql, type QueueSubject, reportCountSql, reportKeysSql, type ReportQueueKind,
  reportsByStateSql, type SortType,
} from './work-queue.sql';
import type {
  CallbackQueueEdge, PeriodArchiveState, ProjectArchiveOverview, ReportQueueEdge, ReportStateCount, SpotCheckQuota, TargetAtRisk,
  WorkQueueCount,
} from './work-queue.types';
import { WorkQueues } from './work-queue.types';
import { readQueuePage } from './work-queue.read-model';

const queryError = (code: ErrorCode, field: string, message: Message) => DomainError.of(code, field, message);

/**
 * Whose 待办: staff read their own (another person's is FORBIDDEN); an API token names the user (userId) and sees
 * that person's queues within the token's projects. `projectId` (a project the caller may see, decoded at the edge:
 * graphql/arguments.ts) narrows to one project of theirs.
 */
export async function resolveSubject(
  em: EntityManager,
  caller: Caller,
  args: { userId: number | null; projectId: number | null },
): Promise<{ user: User; subject: QueueSubject }> {
  let user: User;
  let projectIds: number[];
  if (isTokenCaller(caller)) {
    if (!args.userId) throw queryError(ErrorCode.BAD_USER_INPUT, 'userId', msg('workQueue.tokenNeedsUser'));
    const id = args.userId;
    const found = await em.findOne(User, { id, active: true });
    const own = found
      ? ALL_PROJECT_ROLES.includes(found.role)
        ? caller.projectIds
        : (await em.execute<{ project_id: number }[]>('select project_id from user_project where user_id = ? order by project_id', [id])).map((r) => r.project_id)
      : [];
    projectIds = own.filter((p) => caller.projectIds.includes(p));
    // a user outside the token's projects is as unknown to it as one that does not exist
    if (!found || projectIds.length === 0) throw queryError(ErrorCode.NOT_FOUND, 'userId', msg('workQueue.noSuchUser'));
    user = found;
  } else {
    const viewer = caller;
    if (args.userId && args.userId !== viewer.user.id) {
      throw queryError(ErrorCode.FORBIDDEN, 'userId', msg('workQueue.ownOnly'));
    }
    // the session lookup (viewerForToken) maps the User entity itself
    user = viewer.user as User;
    projectIds = viewer.projectIds;
  }
  if (args.projectId) {
    const projectId = args.projectId;
    if (!projectIds.includes(projectId)) throw queryError(ErrorCode.FORBIDDEN, 'projectId', msg('argument.noProjectAccess'));
    projectIds = [projectId];
  }
  return { user, subject: { userId: user.id, role: user.role, departmentId: user.department?.id ?? null, projectIds } };
}

export function workQueues(user: User, subject: QueueSubject, clock: BusinessClock): WorkQueues {
  const root = new WorkQueues();
  root.user = user;
  root.subject = subject;
  root.clock = clock;
  root.today = clock.today;
  root.kinds = [...WORK_QUEUES_BY_ROLE[subject.role]];
  return root;
}

/** The projects in scope, read once per request (ordered by code), however many fields ask at once. */
function projectsOf(em: EntityManager, root: WorkQueues): Promise<Project[]> {
  root.projects ??= root.subject.projectIds.length
    ? em.find(Project, { id: { $in: root.subject.projectIds } }, { orderBy: { code: 'asc' } })
    : Promise.resolve([]);
  return root.projects;
}

function keysetPage(first: number, after: string | null | undefined, type: SortType): KeysetPage {
  if (!after) return { limit: first + 1, after: null };
  const [value, id] = decodeCursor(after);
  assertCursorValueFits(value, type);
  return { limit: first + 1, after: { value: String(value), id } };
}

function pageInfo(after: string | null | undefined, hasNextPage: boolean, edges: { cursor: string }[]): PagePosition {
  return {
    hasNextPage,
    hasPreviousPage: Boolean(after),
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  };
}

const emptyPage = () => ({ edges: [], pageInfo: pageInfo(null, false, []), count: async () => 0, totalCount: async () => 0 });

export async function callbackQueuePage(em: EntityManager, root: WorkQueues, kind: CallbackQueueKind, first: number, after?: string | null) {
  if (root.subject.projectIds.length === 0) return emptyPage();
  const queue = callbackQueueSql(kind, root.subject, root.clock);
  const keys = callbackKeysSql(queue, keysetPage(first, after, queue.order.type));
  const rows = await readQueuePage(em)(keys);
  const hasNextPage = rows.length > first;
  const edges: CallbackQueueEdge[] = rows.slice(0, first).map(({ keys: row, node }) => ({
    cursor: encodeCursor(row['queue$sort'], Number(row.id)),
    node,
    ...callbackEdgeFacts(kind, node, row['queue$until'] == null ? null : new Date(Number(row['queue$until'])), root.clock),
  }));
  const count = async () => {
    const countQuery = callbackCountSql(queue);
    const [result] = await em.execute<{ count: number }[]>(countQuery.sql, countQuery.params);
    return result.count;
  };
  return { edges, pageInfo: pageInfo(after, hasNextPage, edges), count, totalCount: count };
}

export async function reportQueuePage(em: EntityManager, root: WorkQueues, kind: ReportQueueKind, first: number, after?: string | null) {
  if (root.subject.projectIds.length === 0) return emptyPage();
  const keys = reportKeysSql(kind, root.subject, keysetPage(first, after, 'timestamptz'));
  const rows = await readById(em, QuarterlyReport)(keys);
  const hasNextPage = rows.length > first;
  const edges: ReportQueueEdge[] = rows.slice(0, first).map(({ keys: row, node }) => {
    const waitingSince = (kind === WorkQueueKind.REPORTS_TO_REVIEW ? node.submittedAt : node.reviewedAt)!;
    return { cursor: encodeCursor(row['queue$sort'], Number(row.id)), node, waitingSince, ageDays: ageInDays(waitingSince, root.clock.today) };
  });
  const count = async () => {
    const countQuery = reportCountSql(kind, root.subject);
    const [result] = await em.execute<{ count: number }[]>(countQuery.sql, countQuery.params);
    return result.count;
  };
  return { edges, pageInfo: pageInfo(after, hasNextPage, edges), count, totalCount: count };
}

/** The current period's statistics of a project, computed once per request (the statistics service's one statement). */
function statisticsOf(em: EntityManager, root: WorkQueues, projectId: number): Promise<QuarterlyStatistics> {
  let figures = root.statistics.get(projectId);
  if (!figures) {
    figures = computeQuarterlyStatistics(em, projectId, null, root.clock.now, root.clock.today);
    root.statistics.set(projectId, figures);
  }
  return figures;
}

export async function spotCheckQuotas(em: EntityManager, root: WorkQueues): Promise<SpotCheckQuota[]> {
  const projects = await projectsOf(em, root);
  return Promise.all(projects.map(async (project) => {
    const figures = await statisticsOf(em, root, project.id);
    return { project, period: figures.period, ...figures.spotCheck, stillToPlan: spotChecksStillToPlan(figures.spotCheck) };
  }));
}

export async function targetsAtRiskOf(em: EntityManager, root: WorkQueues): Promise<TargetAtRisk[]> {
  const projects = await projectsOf(em, root);
  const perProject = await Promise.all(projects.map(async (project) => {
    const figures = await statisticsOf(em, root, project.id);
    return targetsAtRisk(figures.kinds).map((k) => ({
      project,
      period: figures.period,
      kind: k.kind as TicketKind,
      targetRatePercent: k.targetRatePercent!,
      achievedRatePercent: k.achievedRatePercent!,
      callbacksRequired: k.callbacksRequired,
      callbacksDone: k.callbacksDone,
      callbacksOpen: Math.max(0, k.callbacksPlanned - k.callbacksDone - k.unreachable),
      overdue: k.overdue,
      queues: root,
    }));
  }));
  return perProject.flat();
}

/**
 * 回访率预测 of a kind on the targets-at-risk queue: the current period's forecast of its project (the statistics the
 * queue already computed plus one statement), computed once per project and request.
 */
export async function forecastOfTarget(em: EntityManager, item: TargetAtRisk): Promise<QuotaForecast | null> {
  const root = item.queues;
  if (!root) return null;
  let forecasts = root.forecasts.get(item.project.id);
  if (!forecasts) {
    forecasts = statisticsOf(em, root, item.project.id).then((figures) => quotaForecasts(em, figures));
    root.forecasts.set(item.project.id, forecasts);
  }
  return (await forecasts)?.find((f) => f.kind === item.kind) ?? null;
}

function periodOfProject(project: Project, period: string): PeriodOfProject {
  const range = parsePeriod(period);
  return { projectId: project.id, period, from: range.from, to: range.to, dueDate: archiveDueDate(period) };
}

interface PeriodStateRow {
  project_id: number;
  period: string;
  archived_at: Date | string | null;
  archived_by_id: number | null;
  report_status: QuarterlyReportStatus | null;
}

async function periodStates(em: EntityManager, periods: PeriodOfProject[]): Promise<Map<string, PeriodStateRow>> {
  if (periods.length === 0) return new Map();
  const query = periodStatesSql(periods);
  const rows = await em.execute<PeriodStateRow[]>(query.sql, query.params);
  return new Map(rows.map((r) => [`${r.project_id}:${r.period}`, r]));
}

/** 于下一季度10日前存档: per project, the period due for archiving now, its due date and the reminder. */
export async function archiveDue(em: EntityManager, root: WorkQueues): Promise<ArchiveStatus[]> {
  const projects = await projectsOf(em, root);
  const periods = projects.map((p) => periodOfProject(p, periodDueForArchiving(p.statisticsPeriod, root.clock.today)));
  const states = await periodStates(em, periods);
  const archivers = [...new Set([...states.values()].map((s) => s.archived_by_id).filter((id): id is number => id !== null))];
  const users = new Map((archivers.length ? await em.find(User, { id: { $in: archivers } }) : []).map((u) => [u.id, u]));
  return periods.map((p, index) => {
    const project = projects[index];
    const state = states.get(`${p.projectId}:${p.period}`);
    const archived = Boolean(state?.archived_at);
    return {
      projectId: encodeGlobalId('Project', project.id),
      period: p.period,
      from: p.from,
      to: p.to,
      archived,
      archivedAt: state?.archived_at ? new Date(state.archived_at) : null,
      archivedBy: state?.archived_by_id ? users.get(state.archived_by_id) ?? null : null,
      dueDate: p.dueDate,
      reminder: archiveReminder(p.period, archived, root.clock.today),
      retentionYears: project.retentionYears,
      keepUntil: addMonths(p.to, 12 * project.retentionYears),
      lateRecordings: [], // the queue shows the due date; archiveStatus lists the late recordings
      seal: null, // and recomputes the seal
    };
  });
}

const OVERVIEW_PERIODS = 4;

/** 品质管理部: every project with its last four ended periods — archived or not, and the report's state. */
export async function archiveOverview(em: EntityManager, root: WorkQueues, first: number, after?: string | null) {
  const projects = await projectsOf(em, root);
  let start = 0;
  if (after) {
    const [code, id] = decodeCursor(after);
    assertCursorValueFits(code, 'text');
    start = projects.findIndex((p) => p.code > String(code) || (p.code === String(code) && p.id > id));
    if (start < 0) start = projects.length;
  }
  const page = projects.slice(start, start + first);
  const periodsByProject = page.map((p) => recentEndedPeriods(p.statisticsPeriod, root.clock.today, OVERVIEW_PERIODS).map((k) => periodOfProject(p, k)));
  const states = await periodStates(em, periodsByProject.flat());
  const edges = page.map((project, index) => {
    const periods: PeriodArchiveState[] = periodsByProject[index].map((p) => {
      const state = states.get(`${p.projectId}:${p.period}`);
      const archived = Boolean(state?.archived_at);
      return {
        period: p.period, from: p.from, to: p.to, archived,
        archivedAt: state?.archived_at ? new Date(state.archived_at) : null,
        dueDate: p.dueDate,
        reminder: archiveReminder(p.period, archived, root.clock.today),
        reportStatus: state?.report_status ?? null,
      };
    });
    const node: ProjectArchiveOverview = {
      project, periods, archivedCount: periods.filter((p) => p.archived).length, notArchivedCount: periods.filter((p) => !p.archived).length,
    };
    return { cursor: encodeCursor(project.code, project.id), node };
  });
  return { edges, pageInfo: pageInfo(after, start + first < projects.length, edges), totalCount: projects.length };
}

export async function reportsByState(em: EntityManager, root: WorkQueues): Promise<ReportStateCount[]> {
  const counts = new Map<string, number>();
  if (root.subject.projectIds.length) {
    const query = reportsByStateSql(root.subject);
    for (const row of await em.execute<{ status: string; count: number }[]>(query.sql, query.params)) counts.set(row.status, row.count);
  }
  return Object.values(QuarterlyReportStatus).map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

/** The badge counts: every counted queue of the person's role in one statement (projects first, for the archive due date). */
export async function workQueueCounts(em: EntityManager, root: WorkQueues): Promise<{ queues: WorkQueueCount[]; total: number }> {
  const kinds = root.kinds.filter((k) => COUNTED_WORK_QUEUES.includes(k));
  const counts = new Map<WorkQueueKind, number>();
  if (root.subject.projectIds.length && kinds.length) {
    const periods = kinds.includes(WorkQueueKind.ARCHIVE_DUE)
      ? (await projectsOf(em, root)).map((p) => periodOfProject(p, periodDueForArchiving(p.statisticsPeriod, root.clock.today)))
      : [];
    const query = countsSql(kinds, root.subject, root.clock, periods);
    if (query) {
      const [row] = await em.execute<Record<string, number>[]>(query.sql, query.params);
      for (const kind of kinds) counts.set(kind, Number(row[kind] ?? 0));
    }
  }
  const queues = kinds.map((kind) => ({ kind, count: counts.get(kind) ?? 0 }));
  return { queues, total: queues.reduce((sum, q) => sum + q.count, 0) };
}
