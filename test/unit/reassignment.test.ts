import { Role } from '@hf/shared';
import { reassignmentRefusals } from '../../server/src/modules/callbacks/reassignment.rules';

const staff = [
  { id: 1, role: Role.CLERK, departmentId: null, openCallbacks: 3 },
  { id: 2, role: Role.CLERK, departmentId: null, openCallbacks: 0 },
  { id: 3, role: Role.DEPARTMENT_SUPERVISOR, departmentId: 7, openCallbacks: 1 },
  { id: 4, role: Role.PROJECT_MANAGER, departmentId: null, openCallbacks: 0 },
];
const refused = (requested: number[], current: { assigneeId: number | null; coAssigneeId: number | null }) =>
  reassignmentRefusals(requested, current, staff).map((f) => [f.field.join('.'), f.messageKey]);

describe('改派 rule (who may be given a planned callback)', () => {
  it('should accept another clerk, or two clerks, instead of the one the assignment rule proposed', () => {
    expect(refused([2], { assigneeId: 1, coAssigneeId: null })).toEqual([]);
    expect(refused([2, 1], { assigneeId: 1, coAssigneeId: null })).toEqual([]);
    expect(refused([1], { assigneeId: null, coAssigneeId: null })).toEqual([]);
  });

  it('should let someone who holds the callback stay (the department supervisor of a joint complaint callback)', () => {
    expect(refused([3, 2], { assigneeId: 3, coAssigneeId: 1 })).toEqual([]);
    expect(refused([3, 2], { assigneeId: 1, coAssigneeId: null })).toEqual([['assigneeIds.0', 'callback.assigneeNotClerk']]);
  });

  it('should refuse nobody, more than two, the same person twice, non-clerks, strangers and no change', () => {
    expect(refused([], { assigneeId: 1, coAssigneeId: null })).toEqual([['assigneeIds', 'callback.assigneeRequired']]);
    expect(refused([1, 2, 1], { assigneeId: 1, coAssigneeId: null })).toEqual([['assigneeIds', 'callback.tooManyAssignees']]);
    expect(refused([2, 2], { assigneeId: 1, coAssigneeId: null })).toEqual([['assigneeIds.1', 'callback.assigneeTwice']]);
    expect(refused([4], { assigneeId: 1, coAssigneeId: null })).toEqual([['assigneeIds.0', 'callback.assigneeNotClerk']]);
    expect(refused([2, 99], { assigneeId: 1, coAssigneeId: null })).toEqual([['assigneeIds.1', 'callback.notProjectStaff']]);
    expect(refused([1], { assigneeId: 1, coAssigneeId: null })).toEqual([['assigneeIds', 'callback.assigneeUnchanged']]);
    expect(refused([3, 1], { assigneeId: 3, coAssigneeId: 1 })).toEqual([['assigneeIds', 'callback.assigneeUnchanged']]);
  });
});
