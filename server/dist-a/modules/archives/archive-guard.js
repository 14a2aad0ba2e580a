"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isArchived = isArchived;
exports.assertPeriodOpen = assertPeriodOpen;
exports.isRangeArchived = isRangeArchived;
exports.assertTicketOpen = assertTicketOpen;
const shared_1 = require("@hf/shared");
const user_error_1 = require("../../graphql/user-error");
/** Whether a date of a project falls in an archived period (于下一季度10日前存档, then read-only). */
async function isArchived(em, projectId, date) {
    const rows = await em.execute('select period from archived_period where project_id = ? and ? between from_date and to_date limit 1', [projectId, date]);
    return rows.length > 0;
}
/** Refuses a change to a record of an archived period with ARCHIVED, naming the field that placed it there. */
async function assertPeriodOpen(em, projectId, date, field) {
    if (await isArchived(em, projectId, date)) {
        throw user_error_1.DomainError.of(shared_1.ErrorCode.ARCHIVED, field, '该期间已存档，记录只读 (the period is archived; records are read-only)');
    }
}
/** Whether any day of a range (e.g. a report's period) lies in an archived period of the project. */
async function isRangeArchived(em, projectId, from, to) {
    const rows = await em.execute('select period from archived_period where project_id = ? and from_date <= ? and to_date >= ? limit 1', [projectId, to, from]);
    return rows.length > 0;
}
/**
 * A ticket belongs to the period it was received in (the register, repeated complaints) and, once completed,
 * to the period of its completion (the statistics): it is read-only when either is archived.
 */
async function assertTicketOpen(em, ticket, field) {
    await assertPeriodOpen(em, ticket.project.id, (0, shared_1.toLocalDate)(ticket.receivedAt), field);
    if (ticket.completedAt)
        await assertPeriodOpen(em, ticket.project.id, (0, shared_1.toLocalDate)(ticket.completedAt), field);
}
//# sourceMappingURL=archive-guard.js.map