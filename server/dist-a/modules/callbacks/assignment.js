"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.assignCallback = assignCallback;
const shared_1 = require("@hf/shared");
function leastLoaded(staff, role, departmentId) {
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
function assignCallback(ticket, performerRole, staff) {
    if (ticket.kind === shared_1.TicketKind.COMPLAINT && ticket.severity === shared_1.ComplaintSeverity.MAJOR) {
        return { assigneeId: leastLoaded(staff, shared_1.Role.PROJECT_MANAGER)?.id ?? null, coAssigneeId: null };
    }
    if (ticket.kind === shared_1.TicketKind.COMPLAINT) {
        const departmentSupervisor = ticket.departmentId !== null ? leastLoaded(staff, shared_1.Role.DEPARTMENT_SUPERVISOR, ticket.departmentId) : null;
        const clerk = leastLoaded(staff, shared_1.Role.CLERK);
        // without a supervisor for that department, the clerk calls alone and the service supervisor is told by the plan
        return departmentSupervisor
            ? { assigneeId: departmentSupervisor.id, coAssigneeId: clerk?.id ?? null }
            : { assigneeId: clerk?.id ?? leastLoaded(staff, shared_1.Role.SUPERVISOR)?.id ?? null, coAssigneeId: null };
    }
    const performer = leastLoaded(staff, performerRole) ?? leastLoaded(staff, shared_1.Role.CLERK);
    return { assigneeId: performer?.id ?? null, coAssigneeId: null };
}
//# sourceMappingURL=assignment.js.map