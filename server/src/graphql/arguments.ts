import { currentPeriod, ErrorCode, isPeriodKey, parsePeriod, PeriodRange, StatisticsPeriod } from '@hf/shared';
import type { ProjectAccess } from '../core/caller';
import { assertProjectAccess, canSeeProject } from '../core/access';
import { DomainError, Failure } from '../core/domain-error';
import { decodeGlobalId } from '../core/global-id';

/**
 * Arguments decoded once, at the edge: a resolver turns the API's strings (global ids, periods, a project) into what
 * the services take (numeric ids, a PeriodRange) before it calls them. A malformed argument is a DomainError naming
 * its field, so it comes back the same way everywhere: as userErrors in a mutation payload, as a coded error
 * (extensions.code and field) in a query.
 */

type Field = string | string[];

/** A period: 2026Q3, or 2026-07 where a project compiles monthly (seed 001). */
export function periodArgument(period: string, field: Field = 'period'): PeriodRange {
  if (!isPeriodKey(period)) {
    throw DomainError.of(ErrorCode.BAD_USER_INPUT, field, '统计期间格式应为 2026Q3 或 2026-07 (period must look like 2026Q3 or 2026-07)');
  }
  return parsePeriod(period);
}

/** An optional period: null when omitted (or empty). */
export function optionalPeriodArgument(period: string | null | undefined, field: Field = 'period'): PeriodRange | null {
  return period === null || period === undefined || period === '' ? null : periodArgument(period, field);
}

/** The period asked for, or the current one in the project's setting (quarter by default, month per seed 001). */
export function resolvePeriod(project: { statisticsPeriod?: StatisticsPeriod }, period: string | null | undefined, now = new Date()): PeriodRange {
  return optionalPeriodArgument(period) ?? currentPeriod(project.statisticsPeriod ?? StatisticsPeriod.QUARTER, now);
}

/** Any global ID (node(id)): its type and row id. */
export function globalIdArgument(globalId: string, field: Field = 'id'): { typeName: string; id: number } {
  const decoded = decodeGlobalId(globalId);
  if (!decoded) throw DomainError.of(ErrorCode.BAD_USER_INPUT, field, '不是有效的 ID (not a global id)');
  return decoded;
}

/** The row id of a global ID of the expected type; a malformed one, or one of another type, is BAD_USER_INPUT. */
export function idArgument(globalId: string, typeName: string, field: Field = 'id'): number {
  const decoded = decodeGlobalId(globalId);
  if (!decoded || decoded.typeName !== typeName) {
    throw DomainError.of(ErrorCode.BAD_USER_INPUT, field, `不是有效的${typeName} ID (not a ${typeName} id)`);
  }
  return decoded.id;
}

/** For items refused one by one (the rows of a grid paste): the id, or the failure that names it. */
export function idOrRefusal(globalId: string, typeName: string, field: Field): { id: number } | { refused: Failure } {
  try {
    return { id: idArgument(globalId, typeName, field) };
  } catch (error) {
    if (error instanceof DomainError) return { refused: error.errors[0] };
    throw error;
  }
}

/** An optional global ID of the expected type: null when omitted. */
export function optionalIdArgument(globalId: string | null | undefined, typeName: string, field: Field = 'id'): number | null {
  return globalId ? idArgument(globalId, typeName, field) : null;
}

/**
 * A query's project filter: that project if the caller may see it (otherwise FORBIDDEN: the list is refused), all of
 * theirs when omitted.
 */
export function projectArgument(access: ProjectAccess, globalId: string | null | undefined): number[] {
  if (!globalId) return access.projectIds;
  const decoded = decodeGlobalId(globalId);
  if (!decoded || decoded.typeName !== 'Project' || !canSeeProject(access, decoded.id)) {
    throw DomainError.of(ErrorCode.FORBIDDEN, 'projectId', '无权访问该项目 (no access to this project)');
  }
  return [decoded.id];
}

/**
 * The project a mutation works in: a Project id (BAD_USER_INPUT otherwise) of one of the caller's projects (NOT_FOUND
 * otherwise, so nothing tells a foreign project exists).
 */
export function projectInput(access: ProjectAccess, globalId: string, field = 'projectId'): number {
  const projectId = idArgument(globalId, 'Project', field);
  assertProjectAccess(access, projectId, field);
  return projectId;
}
