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
/**
 * 回访标准规程 4.1.3: 重大投诉 by the project manager; 一般投诉 by the supervisor of the department
 * complained about together with a clerk; everything else by a clerk; spot checks by the supervisor.
 * Among several people of the role, the one with the fewest open callbacks (then the lowest id).
 */
export declare function assignCallback(ticket: {
    kind: TicketKind;
    severity: ComplaintSeverity | null;
    departmentId: number | null;
}, performerRole: Role, staff: StaffMember[]): Assignment;
