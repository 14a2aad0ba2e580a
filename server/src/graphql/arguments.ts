import { ErrorCode, isPeriodKey, parsePeriod, PeriodRange } from '@hf/shared';
import type { ProjectAccess } from '../core/caller';
import { canSeeProject } from '../core/access';
import { DomainError } from '../core/domain-error';
import { decodeGlobalId } from '../core/global-id';

/**
 * Arguments decoded once, at the edge: a resolver turns the API's strings (global ids, periods, a project filter)
 * into what the services take (numeric ids, a PeriodRange). A malformed one is a DomainError naming its field, so
 * it comes back the same way everywhere: as userErrors in a mutation payload, as a coded error in a query.
 */

/** A period (2026Q3, or 2026-07 where a project compiles monthly) as its date range. */
export function periodArgument(period: string, field: string | string[] = 'period'): PeriodRange {
  if (!isPeriodKey(period)) {
    throw DomainError.of(ErrorCode.BAD_USER_INPUT, field, '统计期间格式应为 2026Q3 或 2026-07 (period must look like 2026Q3 or 2026-07)');
  }
  return parsePeriod(period);
}

/** The row id of a global ID of the expected type; a malformed one, or one of another type, is BAD_USER_INPUT. */
export function parseId(globalId: string, typeName: string, field: string | string[] = 'id'): number {
  const decoded = decodeGlobalId(globalId);
  if (!decoded || decoded.typeName !== typeName) {
    throw DomainError.of(ErrorCode.BAD_USER_INPUT, field, `不是有效的${typeName} ID (not a ${typeName} id)`);
  }
  return decoded.id;
}

/** A query's project filter: that project if the caller may see it (otherwise FORBIDDEN), all of theirs when omitted. */
export function projectArgument(access: ProjectAccess, globalId: string | null | undefined): number[] {
  if (!globalId) return access.projectIds;
  const decoded = decodeGlobalId(globalId);
  if (!decoded || decoded.typeName !== 'Project' || !canSeeProject(access, decoded.id)) {
    throw DomainError.of(ErrorCode.FORBIDDEN, 'projectId', '无权访问该项目 (no access to this project)');
  }
  return [decoded.id];
}
