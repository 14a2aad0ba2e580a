/**
 * 考核 (issue 17, item 4): `computeStaffResults(em, projectId, range, scope, now, asOf?)` — one SQL statement
 * (./staff-results.sql.ts) gives the staff rows and the handler rows; the caller's scope (./staff-results.rules.ts)
 * goes into the statement, so rows a clerk may not see never leave the database.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { BUSINESS_UTC_OFFSET_MINUTES, type PeriodRange, toLocalDate } from '@hf/shared';
import { encodeGlobalId } from '../../core/global-id';
import { positionalToKnex } from '../statistics/statistics.sql';
import type { StaffResultsScope } from './staff-results.rules';
import { STAFF_RESULTS_SQL } from './staff-results.sql';
import type { HandlerResult, StaffResult, StaffResults } from './staff-results.types';

type Rate = number | string | null;
interface StaffResultsRow {
  staff: (Omit<StaffResult, 'userId' | 'satisfiedRatePercent' | 'spotCheckAgreementPercent'> & { userId: number; satisfiedRatePercent: Rate; spotCheckAgreementPercent: Rate })[];
  handlers: (Omit<HandlerResult, 'satisfiedRatePercent'> & { satisfiedRatePercent: Rate })[];
}

const rate = (value: Rate): number | null => (value === null ? null : Number(value));

export async function computeStaffResults(
  em: EntityManager,
  projectId: number,
  range: PeriodRange,
  scope: Exclude<StaffResultsScope, { kind: 'NONE' }>,
  now = new Date(),
  asOf?: string | null,
): Promise<StaffResults> {
  const today = asOf ?? toLocalDate(now);
  const ownRowOnly = scope.kind === 'OWN_ROW';
  const { sql, bindings } = positionalToKnex(STAFF_RESULTS_SQL, [
    projectId, range.from, range.to, today, BUSINESS_UTC_OFFSET_MINUTES, ownRowOnly ? scope.userId : null, !ownRowOnly,
  ]);
  const [row] = await em.execute<StaffResultsRow[]>(sql, bindings);
  return {
    projectId: encodeGlobalId('Project', projectId),
    period: range.key,
    periodKind: range.kind,
    from: range.from,
    to: range.to,
    asOf: today,
    computedAt: now,
    ownRowOnly,
    staff: row.staff.map((s) => ({
      ...s,
      userId: encodeGlobalId('User', s.userId),
      satisfiedRatePercent: rate(s.satisfiedRatePercent),
      spotCheckAgreementPercent: rate(s.spotCheckAgreementPercent),
    })),
    handlers: row.handlers.map((h) => ({ ...h, satisfiedRatePercent: rate(h.satisfiedRatePercent) })),
  };
}
