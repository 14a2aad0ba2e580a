"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.projectStaff = projectStaff;
exports.createCallbackRow = createCallbackRow;
exports.scheduleCallbacks = scheduleCallbacks;
const shared_1 = require("@hf/shared");
const code_counter_1 = require("../numbering/code-counter");
const callback_policy_entity_1 = require("../policies/callback-policy.entity");
const project_entity_1 = require("../projects/project.entity");
const user_entity_1 = require("../users/user.entity");
const assignment_1 = require("./assignment");
const callback_entity_1 = require("./callback.entity");
const minimum_gap_1 = require("./minimum-gap");
const sampling_1 = require("./sampling");
const window_1 = require("./window");
async function projectStaff(em, projectId) {
    const rows = await em.execute(`select u.id, u.role, u.department_id, count(c.id) as open
       from app_user u
       join user_project up on up.user_id = u.id and up.project_id = ?
       left join callback c on c.assignee_id = u.id and c.status = 'PLANNED'
      where u.active
      group by u.id
      order by u.id`, [projectId]);
    return rows.map((r) => ({ id: r.id, role: r.role, departmentId: r.department_id, openCallbacks: Number(r.open) }));
}
/** A new row of 《业主回访记录表》 with the next serial code of its project and year (same transaction). */
async function createCallbackRow(em, data) {
    const now = data.now ?? new Date();
    const year = Number((0, shared_1.toLocalDate)(now).slice(0, 4));
    const sequence = await (0, code_counter_1.nextSequence)(em, data.project.id, code_counter_1.COUNTER_SCOPE.callback, String(year));
    const callback = em.create(callback_entity_1.Callback, {
        project: data.project,
        serialCode: (0, shared_1.formatSerialCode)(data.project.code, year, sequence),
        serialYear: year,
        serialNumber: sequence,
        ticket: data.ticket,
        stageIndex: data.stageIndex,
        purpose: data.purpose,
        anchor: data.anchor,
        anchorDate: data.window.anchorDate,
        windowFrom: data.window.from,
        windowTo: data.window.to,
        assignee: data.assigneeId ? em.getReference(user_entity_1.User, data.assigneeId) : null,
        coAssignee: data.coAssigneeId ? em.getReference(user_entity_1.User, data.coAssigneeId) : null,
        status: shared_1.CallbackStatus.PLANNED,
        createdBy: data.actorId ? em.getReference(user_entity_1.User, data.actorId) : null,
        createdAt: now,
        updatedAt: now,
    });
    await em.flush();
    return callback;
}
async function tally(em, key) {
    const rows = await em.execute(`insert into sampling_tally (project_id, kind, severity, stage_index, period, completed, selected)
     values (?, ?, ?, ?, ?, 1, 0)
     on conflict (project_id, kind, severity, stage_index, period)
       do update set completed = sampling_tally.completed + 1
     returning completed, selected`, [key.projectId, key.kind, key.severity, key.stageIndex, key.period]);
    return rows[0];
}
async function ownerCallbackDates(em, ownerId) {
    const rows = await em.execute(`select to_char(c.window_from, 'YYYY-MM-DD') as window_from
       from callback c join ticket t on t.id = c.ticket_id
      where t.owner_id = ? and c.status <> 'VOIDED'`, [ownerId]);
    return rows.map((r) => r.window_from);
}
/**
 * On completion: for every stage of the ticket's policy, count the ticket towards its period's tally and
 * create a callback when systematic sampling selects it (and the owner was not called too recently).
 */
async function scheduleCallbacks(em, ticket, actorId) {
    const project = await em.findOneOrFail(project_entity_1.Project, ticket.project.id);
    const policy = await em.findOne(callback_policy_entity_1.CallbackPolicy, {
        project: project.id,
        kind: ticket.kind,
        severity: ticket.kind === shared_1.TicketKind.COMPLAINT ? ticket.severity : null,
    });
    if (!policy)
        return [];
    const created = [];
    let staff = null;
    for (const [stageIndex, stage] of policy.stages.entries()) {
        const window = (0, window_1.callbackWindow)(stage, ticket);
        if (!window)
            continue;
        const key = {
            projectId: project.id,
            kind: ticket.kind,
            severity: ticket.severity ?? '',
            stageIndex,
            period: (0, shared_1.periodOf)(window.anchorDate, project.statisticsPeriod),
        };
        const counts = await tally(em, key);
        if (!(0, sampling_1.isSelected)(stage.ratePercent, counts.completed, counts.selected))
            continue;
        if (stage.ratePercent < 100 && stage.purpose === shared_1.CallbackPurpose.REGULAR) {
            const others = await ownerCallbackDates(em, ticket.owner.id);
            // the quota still holds: the next completed ticket of the period is selected instead
            if (!(0, minimum_gap_1.respectsMinimumGap)(ticket.kind, window.from, others, project.minGapDays))
                continue;
        }
        await em.execute(`update sampling_tally set selected = selected + 1
        where project_id = ? and kind = ? and severity = ? and stage_index = ? and period = ?`, [key.projectId, key.kind, key.severity, key.stageIndex, key.period]);
        staff ??= await projectStaff(em, project.id);
        const department = ticket.department ? ticket.department.id : null;
        const assignment = (0, assignment_1.assignCallback)({ kind: ticket.kind, severity: ticket.severity, departmentId: department }, stage.performerRole, staff);
        const callback = await createCallbackRow(em, {
            project, ticket, stageIndex, purpose: stage.purpose, anchor: stage.anchor, window, ...assignment, actorId,
        });
        const assignee = staff.find((s) => s.id === assignment.assigneeId);
        if (assignee)
            assignee.openCallbacks += 1;
        created.push(callback);
    }
    return created;
}
//# sourceMappingURL=callback-scheduler.js.map