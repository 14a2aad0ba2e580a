import { Role } from '@hf/shared';

/**
 * 考核 (issue 17, item 4): who sees which rows of the per-staff results. Seed 004 (每季度对客户服务中心的回访服务工作进行
 * 抽查、考核): the supervisor, the project manager and the quality department assess everyone; a member of staff who
 * performs callbacks sees their own row and nothing of their colleagues'.
 */

/** Read every row: the people who assess (and administrators). */
export const STAFF_RESULTS_READERS: readonly Role[] = [Role.SUPERVISOR, Role.PROJECT_MANAGER, Role.AUDITOR, Role.ADMIN];

/** Read their own row only: the people who perform callbacks and are assessed. */
export const STAFF_RESULTS_OWN_ROW: readonly Role[] = [Role.CLERK, Role.DEPARTMENT_SUPERVISOR];

export type StaffResultsScope =
  /** every staff row and every handler row */
  | { kind: 'ALL' }
  /** the caller's own staff row; no handler rows (they assess other people) */
  | { kind: 'OWN_ROW'; userId: number }
  | { kind: 'NONE' };

/** What a signed-in member of staff may see; an API token with statistics:read reads like the quality department. */
export function staffResultsScope(caller: { role: Role; userId: number } | { token: true }): StaffResultsScope {
  if ('token' in caller) return { kind: 'ALL' };
  if (STAFF_RESULTS_READERS.includes(caller.role)) return { kind: 'ALL' };
  if (STAFF_RESULTS_OWN_ROW.includes(caller.role)) return { kind: 'OWN_ROW', userId: caller.userId };
  return { kind: 'NONE' };
}
