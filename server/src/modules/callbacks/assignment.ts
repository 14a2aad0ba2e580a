import { ComplaintSeverity, Role, TicketKind } from '@hf/shared';

export interface StaffMember {
  id: number;
  role: Role;
  departmentId: number | null;
  /** callbacks currently open for this person */
  openCallbacks: number;
}

export interface Assignment {
  assigneeId: number | null;
  coAssigneeId: number | null;
}

function leastLoaded(staff: StaffMember[], role: Role, departmentId?: number | null): StaffMember | null {
  const candidates = staff
    .filter((s) => s.role === role && (departmentId === undefined || s.departmentId === departmentId))
    .sort((a, b) => a.openCallbacks - b.openCallbacks || a.id - b.id);
  return candidates[0] ?? null;
}

/**
 * 回访标准规程 4.1.3: 重大投诉 by the project manager; 一般投诉 by the supervisor of the department
 * complained about together with a clerk; everything else by a clerk; spot checks by the supervisor.
 * Among several people of the role, the one with the fewest open callbacks (then the lowest id).
 */
export function assignCallback(
  ticket: { kind: TicketKind; severity: ComplaintSeverity | null; departmentId: number | null },
  performerRole: Role,
  staff: StaffMember[],
): Assignment {
  if (ticket.kind === TicketKind.COMPLAINT && ticket.severity === ComplaintSeverity.MAJOR) {
    return { assigneeId: leastLoaded(staff, Role.PROJECT_MANAGER)?.id ?? null, coAssigneeId: null };
  }
  if (ticket.kind === TicketKind.COMPLAINT) {
    const departmentSupervisor =
      ticket.departmentId !== null ? leastLoaded(staff, Role.DEPARTMENT_SUPERVISOR, ticket.departmentId) : null;
    const clerk = leastLoaded(staff, Role.CLERK);
    // without a supervisor for that department, the clerk calls alone and the service supervisor is told by the plan
    return departmentSupervisor
      ? { assigneeId: departmentSupervisor.id, coAssigneeId: clerk?.id ?? null }
      : { assigneeId: clerk?.id ?? leastLoaded(staff, Role.SUPERVISOR)?.id ?? null, coAssigneeId: null };
  }
  const performer = leastLoaded(staff, performerRole) ?? leastLoaded(staff, Role.CLERK);
  return { assigneeId: performer?.id ?? null, coAssigneeId: null };
}
