/**
 * 季度统计分析 (DOMAIN.md "Quarterly statistics and analysis"):
 * `computeQuarterlyStatistics(em, projectId: number, period?: '2026Q3' | '2026-07', now = new Date(), asOf?: 'YYYY-MM-DD')`
 * (period omitted: the current one in the project's setting; asOf: the day OVERDUE is judged on, default today).
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
import { PeriodRange } from '@hf/shared';
import { Project } from '../projects/project.entity';
import type { QuarterlyStatistics } from './statistics.types';
/** seed 004: 主管每季度抽查20%的维修记录 */
export declare const DEFAULT_SPOT_CHECK_RATE_PERCENT = 20;
/** The period asked for, or the current one in the project's setting (quarter by default, month per seed 001). */
export declare function resolvePeriod(project: Pick<Project, 'statisticsPeriod'>, period: string | null | undefined, now?: Date): PeriodRange;
/** The statement's parameters, in $n order (see statistics.sql.ts). */
export declare function statisticsParameters(projectId: number, range: PeriodRange, today: string): unknown[];
export declare function computeQuarterlyStatistics(em: EntityManager, projectId: number, period?: string | null, now?: Date, asOf?: string | null): Promise<QuarterlyStatistics>;
