/**
 * 季度统计分析 (DOMAIN.md "Quarterly statistics and analysis"):
 * `computeQuarterlyStatistics(em, projectId: number, period: PeriodRange | null, now = new Date(), asOf?: 'YYYY-MM-DD')`
 * (the range of 2026Q3 or 2026-07, decoded by graphql/arguments.ts; null: the current one in the project's setting;
 * asOf: the day OVERDUE is judged on, default today).
 * A submitted QuarterlyReport keeps the same object, JSON-serialised, in `figures` (dates as ISO strings).
 *
 * Returns a plain `QuarterlyStatistics` object (classes in ./statistics.types.ts, also the GraphQL types):
 *  - projectId (global id), projectCode, projectName, period ("2026Q3" or "2026-07"), periodKind, from/to
 *    (local dates, inclusive), asOf (day OVERDUE is judged on), computedAt;
 *  - kinds: KindStatistics[] — one row per TicketKind in enum order: ticketsCompleted, callbacksRequired,
 *    targetRatePercent, callbacksPlanned, callbacksDone, achievedRatePercent (done ÷ anchored tickets, 1 decimal,
 *    null without tickets), targetMet, doneWithinWindow, overdue, unreachable; `totals` is the same shape with
 *    kind null (targetMet = every kind met);
 *  - satisfaction: { distribution: [{ level, count }] best first, rated, satisfiedRatePercent };
 *  - unqualifiedCallbacks: UnqualifiedCallback[] by serial code (ticket and owner fields, opinions, escalatedTo name);
 *    these and the repeated rows carry `projectId` (numeric, not in the schema) for the @PersonalData masks;
 *  - repeatedComplaints: { unit, matter, count, ownerNames, ticketNumbers, firstReceivedOn, lastReceivedOn }[];
 *  - repeatedRepairs: { unit, category, count, ownerNames, ticketNumbers, firstReceivedOn, lastReceivedOn }[];
 *  - spotCheck: { ratePercent, repairRecords, required, planned, done, remaining }.
 * Every figure comes from ONE SQL statement (./statistics.sql.ts); voided tickets and callbacks count nowhere.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  addDays, BUSINESS_UTC_OFFSET_MINUTES, currentPeriod, CallbackPurpose, CallbackStatus, PeriodRange, Satisfaction, startOfLocalDate, TicketKind, toLocalDate,
} from '@hf/shared';
import { encodeGlobalId } from '../../core/global-id';
import { Project } from '../projects/project.entity';
import { cursorBatches } from '../exports/row-batches';
import {
  positionalToKnex, QUARTERLY_FIGURES_SQL, QUARTERLY_STATISTICS_SQL, REPEATED_COMPLAINT_LIST_SQL, REPEATED_REPAIR_LIST_SQL,
  TICKETS_COMPLETED_OF_KIND_SQL, UNQUALIFIED_LIST_SQL,
} from './statistics.sql';
import type {
  KindStatistics, QuarterlyStatistics, RepeatedComplaint, RepeatedRepair, SatisfactionStatistics, SpotCheckProgress,
  UnqualifiedCallback,
} from './statistics.types';

/** seed 004: 主管每季度抽查20%的维修记录 */
export const DEFAULT_SPOT_CHECK_RATE_PERCENT = 20;

/** The statement's parameters, in $n order (see statistics.sql.ts). */
export function statisticsParameters(projectId: number, range: PeriodRange, today: string): unknown[] {
  return [
    projectId,
    startOfLocalDate(range.from),
    startOfLocalDate(addDays(range.to, 1)),
    range.from,
    range.to,
    today,
    BUSINESS_UTC_OFFSET_MINUTES,
    DEFAULT_SPOT_CHECK_RATE_PERCENT,
  ];
}

interface StatisticsRow {
  kinds: (Omit<KindStatistics, 'achievedRatePercent' | 'targetRatePercent'> & { achievedRatePercent: number | string | null; targetRatePercent: number | null })[];
  satisfaction: Record<Satisfaction, number> & { rated: number; rate: number | string | null };
  unqualified: Record<string, unknown>[];
  repeated_complaints: (Omit<RepeatedComplaint, never>)[];
  repeated_repairs: (Omit<RepeatedRepair, never>)[];
  spot_check: SpotCheckProgress;
}

const rate = (value: number | string | null): number | null => (value === null ? null : Number(value));

/** 完成工单数 of one kind in the period, counted exactly as the statistics count it (e.g. the spot-check quota's repair records). */
export async function ticketsCompletedOfKind(em: EntityManager, projectId: number, range: PeriodRange, kind: TicketKind): Promise<number> {
  const [from, to] = statisticsParameters(projectId, range, range.to).slice(1, 3);
  const { sql, bindings } = positionalToKnex(TICKETS_COMPLETED_OF_KIND_SQL, [projectId, from, to, kind]);
  const [row] = await em.execute<{ completed: number }[]>(sql, bindings);
  return Number(row.completed);
}

/** The figures of the statement's row (per kind, satisfaction, spot checks), as QuarterlyStatistics has them. */
function figuresOf(row: Pick<StatisticsRow, 'kinds' | 'satisfaction' | 'spot_check'>): QuarterlyFigures {
  const kindRows: KindStatistics[] = row.kinds.map((k) => ({
    ...k,
    achievedRatePercent: rate(k.achievedRatePercent),
    targetRatePercent: rate(k.targetRatePercent),
  }));
  const satisfaction: SatisfactionStatistics = {
    distribution: Object.values(Satisfaction).map((level) => ({ level, count: row.satisfaction[level] })),
    rated: row.satisfaction.rated,
    satisfiedRatePercent: rate(row.satisfaction.rate),
  };
  return {
    kinds: kindRows.filter((k) => k.kind !== null),
    totals: kindRows.find((k) => k.kind === null)!,
    satisfaction,
    spotCheck: row.spot_check,
  };
}

/** One row of 不合格回访 (the statement's JSON object, or a row of UNQUALIFIED_LIST_SQL) as QuarterlyStatistics has it. */
function unqualifiedCallbackOf(projectId: number, u: Record<string, unknown>): UnqualifiedCallback {
  return {
    projectId,
    callbackId: encodeGlobalId('Callback', u.id as number),
    serialCode: u.serial_code as string,
    ticketNumber: u.ticket_number as string,
    kind: u.kind as TicketKind,
    ownerName: u.owner_name as string,
    unit: u.unit as string,
    phone: (u.phone as string | null) ?? null,
    summary: u.summary as string,
    purpose: u.purpose as CallbackPurpose,
    status: u.status as CallbackStatus,
    performedAt: u.performed_at ? new Date(u.performed_at as string) : null,
    visitors: (u.visitors as string | null) ?? null,
    satisfaction: (u.satisfaction as Satisfaction | null) ?? null,
    shortcomings: (u.shortcomings as string | null) ?? null,
    suggestions: (u.suggestions as string | null) ?? null,
    reviewOpinion: (u.review_opinion as string | null) ?? null,
    escalatedTo: (u.escalated_to as string | null) ?? null,
    handlingOpinion: (u.handling_opinion as string | null) ?? null,
    followUp: (u.follow_up as string | null) ?? null,
  };
}

/** One row of 重复投诉 or 重复维修 (JSON object or list row) as QuarterlyStatistics has it. */
function repeatedOf<T>(projectId: number, r: Record<string, unknown>): T {
  return {
    ...Object.fromEntries(Object.entries(r).filter(([key]) => !key.includes('_'))),
    projectId,
    ownerNames: r.owner_names,
    ticketNumbers: r.ticket_numbers,
    firstReceivedOn: r.first_received_on,
    lastReceivedOn: r.last_received_on,
  } as T;
}

export async function computeQuarterlyStatistics(
  em: EntityManager,
  projectId: number,
  period: PeriodRange | null,
  now = new Date(),
  asOf?: string | null,
): Promise<QuarterlyStatistics> {
  const project = await em.findOneOrFail(Project, projectId);
  const range = period ?? currentPeriod(project.statisticsPeriod, now);
  const today = asOf ?? toLocalDate(now);
  const { sql, bindings } = positionalToKnex(QUARTERLY_STATISTICS_SQL, statisticsParameters(projectId, range, today));
  const [row] = await em.execute<StatisticsRow[]>(sql, bindings);
  const figures = figuresOf(row);

  return {
    projectId: encodeGlobalId('Project', project.id),
    projectCode: project.code,
    projectName: project.name,
    period: range.key,
    periodKind: range.kind,
    from: range.from,
    to: range.to,
    asOf: today,
    computedAt: now,
    kinds: figures.kinds,
    totals: figures.totals,
    satisfaction: figures.satisfaction,
    unqualifiedCallbacks: row.unqualified.map((u) => unqualifiedCallbackOf(project.id, u)),
    repeatedComplaints: (row.repeated_complaints as unknown as Record<string, unknown>[]).map((r) => repeatedOf<RepeatedComplaint>(project.id, r)),
    repeatedRepairs: (row.repeated_repairs as unknown as Record<string, unknown>[]).map((r) => repeatedOf<RepeatedRepair>(project.id, r)),
    spotCheck: figures.spotCheck,
  };
}

/** The figures of a quarter without its lists: per kind, satisfaction, spot checks (what 统计汇总 prints). */
export type QuarterlyFigures = Pick<QuarterlyStatistics, 'kinds' | 'totals' | 'satisfaction' | 'spotCheck'>;

/**
 * The figures of computeQuarterlyStatistics for the project and period, by the same statement less its lists
 * (QUARTERLY_FIGURES_SQL): for the workbook, which streams the lists (unqualifiedCallbackBatches, …) instead.
 */
export async function computeQuarterlyFigures(em: EntityManager, projectId: number, range: PeriodRange, now = new Date()): Promise<QuarterlyFigures> {
  const { sql, bindings } = positionalToKnex(QUARTERLY_FIGURES_SQL, statisticsParameters(projectId, range, toLocalDate(now)));
  const [row] = await em.execute<StatisticsRow[]>(sql, bindings);
  return figuresOf(row);
}

/** A list of the statistics read a batch at a time through a cursor of the caller's transaction (the export's). */
function listBatches<T>(em: EntityManager, listSql: string, projectId: number, range: PeriodRange, batchSize: number, map: (row: Record<string, unknown>) => T) {
  // the lists do not depend on the day OVERDUE is judged on: the period's last day stands in for it
  const { sql, bindings } = positionalToKnex(listSql, statisticsParameters(projectId, range, range.to));
  const rows = cursorBatches<Record<string, unknown>>((text, params) => em.execute<Record<string, unknown>[]>(text, params), sql, bindings, batchSize);
  return mapBatches(rows, map);
}

async function* mapBatches<R, T>(batches: AsyncIterable<R[]>, map: (row: R) => T): AsyncGenerator<T[]> {
  for await (const rows of batches) yield rows.map(map);
}

/** 不合格回访 of the period in batches, as computeQuarterlyStatistics lists them (by serial code). */
export function unqualifiedCallbackBatches(em: EntityManager, projectId: number, range: PeriodRange, batchSize: number): AsyncGenerator<UnqualifiedCallback[]> {
  return listBatches(em, UNQUALIFIED_LIST_SQL, projectId, range, batchSize, (row) => unqualifiedCallbackOf(projectId, row));
}

/** 重复投诉 of the period in batches, as computeQuarterlyStatistics lists them (most complaints first). */
export function repeatedComplaintBatches(em: EntityManager, projectId: number, range: PeriodRange, batchSize: number): AsyncGenerator<RepeatedComplaint[]> {
  return listBatches(em, REPEATED_COMPLAINT_LIST_SQL, projectId, range, batchSize, (row) => repeatedOf<RepeatedComplaint>(projectId, row));
}

/** 重复维修 of the period in batches, as computeQuarterlyStatistics lists them (most repairs first). */
export function repeatedRepairBatches(em: EntityManager, projectId: number, range: PeriodRange, batchSize: number): AsyncGenerator<RepeatedRepair[]> {
  return listBatches(em, REPEATED_REPAIR_LIST_SQL, projectId, range, batchSize, (row) => repeatedOf<RepeatedRepair>(projectId, row));
}
