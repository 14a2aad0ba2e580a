import { CallbackStatus, ComplaintSeverity, Role, TicketKind } from '@hf/shared';
import { assignCallback, StaffMember } from '../../server/src/modules/callbacks/assignment';
import { respectsMinimumGap } from '../../server/src/modules/callbacks/minimum-gap';
import { isOverdue } from '../../server/src/modules/callbacks/overdue';

const staff: StaffMember[] = [
  { id: 1, role: Role.CLERK, departmentId: null, openCallbacks: 5 },
  { id: 2, role: Role.CLERK, departmentId: null, openCallbacks: 2 },
  { id: 3, role: Role.SUPERVISOR, departmentId: null, openCallbacks: 0 },
  { id: 4, role: Role.DEPARTMENT_SUPERVISOR, departmentId: 10, openCallbacks: 0 },
  { id: 5, role: Role.PROJECT_MANAGER, departmentId: null, openCallbacks: 9 },
];

describe('assignment (回访人员安排)', () => {
  it('should give major complaints to the project manager', () => {
    expect(assignCallback({ kind: TicketKind.COMPLAINT, severity: ComplaintSeverity.MAJOR, departmentId: 10 }, Role.PROJECT_MANAGER, staff)).toEqual({ assigneeId: 5, coAssigneeId: null });
  });

  it('should give general complaints to the department supervisor with the least busy clerk', () => {
    expect(assignCallback({ kind: TicketKind.COMPLAINT, severity: ComplaintSeverity.GENERAL, departmentId: 10 }, Role.DEPARTMENT_SUPERVISOR, staff)).toEqual({ assigneeId: 4, coAssigneeId: 2 });
  });

  it('should fall back to the clerk alone when the department has no supervisor', () => {
    expect(assignCallback({ kind: TicketKind.COMPLAINT, severity: ComplaintSeverity.GENERAL, departmentId: 99 }, Role.DEPARTMENT_SUPERVISOR, staff)).toEqual({ assigneeId: 2, coAssigneeId: null });
  });

  it('should give repairs to the least busy clerk and spot checks to the supervisor', () => {
    expect(assignCallback({ kind: TicketKind.REPAIR, severity: null, departmentId: null }, Role.CLERK, staff).assigneeId).toBe(2);
    expect(assignCallback({ kind: TicketKind.REPAIR, severity: null, departmentId: null }, Role.SUPERVISOR, staff).assigneeId).toBe(3);
  });
});

describe('overdue and minimum gap', () => {
  it('should derive OVERDUE only for planned callbacks past their window', () => {
    expect(isOverdue(CallbackStatus.PLANNED, '2026-11-21', '2026-11-22')).toBe(true);
    expect(isOverdue(CallbackStatus.PLANNED, '2026-11-22', '2026-11-22')).toBe(false);
    expect(isOverdue(CallbackStatus.DONE, '2026-01-01', '2026-11-22')).toBe(false);
  });

  it('should not call a household twice within 30 days, except for complaints', () => {
    expect(respectsMinimumGap(TicketKind.REPAIR, '2026-11-22', ['2026-11-01'], 30)).toBe(false);
    expect(respectsMinimumGap(TicketKind.REPAIR, '2026-11-22', ['2026-10-23'], 30)).toBe(true);
    expect(respectsMinimumGap(TicketKind.COMPLAINT, '2026-11-22', ['2026-11-21'], 30)).toBe(true);
  });
});
