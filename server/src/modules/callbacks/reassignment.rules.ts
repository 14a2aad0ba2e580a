import { ErrorCode, msg, Role } from '@hf/shared';
import { failure, type Failure } from '../../core/domain-error';
import type { Assignment, StaffMember } from './assignment';

/** At most two call: the assignee and, for a joint callback, the co-assignee (回访标准规程 4.1.3). */
export const MAX_ASSIGNEES = 2;

/**
 * 改派: who may be given a planned callback. The assignment rule (assignment.ts) proposed its people; the supervisor may
 * give it to other clerks of the project. Someone who has it already may keep it (the department supervisor of a joint
 * complaint callback stays when only the clerk changes); nobody else but a clerk of the project, each once, and the
 * new list must differ from the present one. Pure: the failures name `assigneeIds` (or its item).
 */
export function reassignmentRefusals(requested: readonly number[], current: Assignment, staff: readonly StaffMember[]): Failure[] {
  if (requested.length === 0) return [failure(ErrorCode.BAD_USER_INPUT, 'assigneeIds', msg('callback.assigneeRequired'))];
  if (requested.length > MAX_ASSIGNEES) {
    return [failure(ErrorCode.BAD_USER_INPUT, 'assigneeIds', msg('callback.tooManyAssignees', { max: MAX_ASSIGNEES }))];
  }
  const holding = [current.assigneeId, current.coAssigneeId].filter((id): id is number => id !== null);
  const refusals = requested.flatMap((id, index) => {
    const field = ['assigneeIds', String(index)];
    if (requested.indexOf(id) !== index) return [failure(ErrorCode.BAD_USER_INPUT, field, msg('callback.assigneeTwice'))];
    const member = staff.find((s) => s.id === id);
    if (!member) return [failure(ErrorCode.BAD_USER_INPUT, field, msg('callback.notProjectStaff'))];
    if (member.role !== Role.CLERK && !holding.includes(id)) return [failure(ErrorCode.BAD_USER_INPUT, field, msg('callback.assigneeNotClerk'))];
    return [];
  });
  if (refusals.length) return refusals;
  const proposed = { assigneeId: requested[0], coAssigneeId: requested[1] ?? null };
  if (proposed.assigneeId === current.assigneeId && proposed.coAssigneeId === current.coAssigneeId) {
    return [failure(ErrorCode.BAD_USER_INPUT, 'assigneeIds', msg('callback.assigneeUnchanged'))];
  }
  return [];
}

/** The assignment a valid request gives: the first calls, the second (if any) calls with them. */
export const reassignment = (requested: readonly number[]): Assignment => ({ assigneeId: requested[0], coAssigneeId: requested[1] ?? null });
