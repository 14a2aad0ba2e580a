"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.lockTicket = lockTicket;
exports.createTicket = createTicket;
exports.updateTicket = updateTicket;
exports.completeTicket = completeTicket;
exports.closeTicket = closeTicket;
exports.voidTicket = voidTicket;
const core_1 = require("@mikro-orm/core");
const shared_1 = require("@hf/shared");
const context_1 = require("../../graphql/context");
const user_error_1 = require("../../graphql/user-error");
const access_1 = require("../users/access");
const user_entity_1 = require("../users/user.entity");
const owner_entity_1 = require("../owners/owner.entity");
const project_entity_1 = require("../projects/project.entity");
const code_counter_1 = require("../numbering/code-counter");
const callback_scheduler_1 = require("../callbacks/callback-scheduler");
const archive_guard_1 = require("../archives/archive-guard");
const callback_void_1 = require("../callbacks/callback-void");
const ticket_entity_1 = require("./ticket.entity");
const ticket_rules_1 = require("./ticket.rules");
/** Loads a ticket for a change: locked for the transaction, visible to the viewer, at the version they read. */
async function lockTicket(em, viewer, globalId, version) {
    const ticket = await em.findOne(ticket_entity_1.Ticket, { id: (0, access_1.parseId)(globalId, 'Ticket', 'id') }, { lockMode: core_1.LockMode.PESSIMISTIC_WRITE });
    if (!ticket || !viewer.projectIds.includes(ticket.project.id))
        throw (0, user_error_1.notFound)();
    if (version !== null && ticket.version !== version)
        throw (0, user_error_1.conflict)();
    return ticket;
}
async function findDepartment(em, projectId, name) {
    if (!name)
        return null;
    const department = await em.findOne(project_entity_1.Department, { project: projectId, name });
    if (!department)
        throw user_error_1.DomainError.of(shared_1.ErrorCode.BAD_USER_INPUT, 'department', `本项目没有部门「${name}」 (no such department)`);
    return department;
}
async function findOrCreateOwner(em, projectId, name, unit, phone) {
    const existing = await em.findOne(owner_entity_1.Owner, { project: projectId, unit, name });
    if (existing) {
        if (phone && existing.phone !== phone)
            existing.phone = phone;
        return existing;
    }
    return em.create(owner_entity_1.Owner, { project: projectId, name, unit, phone });
}
async function createTicket(em, viewer, input, now = new Date()) {
    const projectId = (0, access_1.parseId)(input.projectId, 'Project', 'projectId');
    (0, access_1.assertProjectAccess)(viewer, projectId);
    const draft = {
        kind: input.kind,
        severity: input.severity ?? null,
        ownerName: input.ownerName?.trim() ?? '',
        unit: input.unit?.trim() ?? '',
        phone: (0, shared_1.textOrNull)(input.phone),
        department: (0, shared_1.textOrNull)(input.department),
        category: (0, shared_1.textOrNull)(input.category),
        summary: input.summary?.trim() ?? '',
        receivedAt: input.receivedAt ?? now,
        contractStart: input.contractStart ?? null,
        contractEnd: input.contractEnd ?? null,
    };
    const errors = (0, ticket_rules_1.validateTicket)(draft, now);
    if (!input.channel)
        errors.push({ field: 'channel', code: shared_1.ErrorCode.BAD_USER_INPUT, message: '请选择受理渠道 (channel is required)' });
    if (errors.length)
        throw user_error_1.DomainError.fromFieldErrors(errors);
    return em.transactional(async (tx) => {
        const project = await tx.findOneOrFail(project_entity_1.Project, projectId);
        const receivedOn = (0, shared_1.toLocalDate)(draft.receivedAt);
        await (0, archive_guard_1.assertPeriodOpen)(tx, projectId, receivedOn, 'receivedAt');
        const department = await findDepartment(tx, projectId, draft.department);
        const phone = draft.phone ? (0, shared_1.normalisePhone)(draft.phone) : null;
        const owner = await findOrCreateOwner(tx, projectId, draft.ownerName, draft.unit, phone);
        const sequence = await (0, code_counter_1.nextSequence)(tx, projectId, code_counter_1.COUNTER_SCOPE.ticket, receivedOn.replace(/-/g, ''));
        const ticket = tx.create(ticket_entity_1.Ticket, {
            project,
            number: (0, shared_1.formatTicketNumber)(project.code, receivedOn, sequence),
            kind: draft.kind,
            severity: draft.severity,
            owner,
            ownerName: draft.ownerName,
            unit: draft.unit,
            phone,
            channel: input.channel,
            receivedAt: draft.receivedAt,
            department,
            category: draft.category,
            summary: draft.summary,
            handler: (0, shared_1.textOrNull)(input.handler),
            handlingResult: (0, shared_1.textOrNull)(input.handlingResult),
            contractStart: draft.contractStart,
            contractEnd: draft.contractEnd,
            // another system's ticket has no staff author; its history names the API token
            createdBy: (0, context_1.isTokenCaller)(viewer) ? null : tx.getReference(user_entity_1.User, viewer.user.id),
        });
        await tx.flush();
        return ticket;
    });
}
async function updateTicket(em, viewer, input, now = new Date()) {
    return em.transactional(async (tx) => {
        const ticket = await lockTicket(tx, viewer, input.id, input.version);
        if (ticket.status === shared_1.TicketStatus.VOIDED)
            throw user_error_1.DomainError.of(shared_1.ErrorCode.INVALID_STATE, 'id', '工单已作废 (the ticket is voided)');
        await (0, archive_guard_1.assertTicketOpen)(tx, ticket, 'id');
        if (input.receivedAt)
            await (0, archive_guard_1.assertPeriodOpen)(tx, ticket.project.id, (0, shared_1.toLocalDate)(input.receivedAt), 'receivedAt');
        const department = input.department !== undefined ? (0, shared_1.textOrNull)(input.department) : ((await ticket.department?.load())?.name ?? null);
        const draft = {
            kind: ticket.kind,
            severity: input.severity !== undefined ? input.severity : ticket.severity,
            ownerName: input.ownerName !== undefined ? (input.ownerName?.trim() ?? '') : ticket.ownerName,
            unit: input.unit !== undefined ? (input.unit?.trim() ?? '') : ticket.unit,
            phone: input.phone !== undefined ? (0, shared_1.textOrNull)(input.phone) : ticket.phone,
            department,
            category: input.category !== undefined ? (0, shared_1.textOrNull)(input.category) : ticket.category,
            summary: input.summary !== undefined ? (input.summary?.trim() ?? '') : ticket.summary,
            receivedAt: input.receivedAt ?? ticket.receivedAt,
            contractStart: input.contractStart !== undefined ? input.contractStart : ticket.contractStart,
            contractEnd: input.contractEnd !== undefined ? input.contractEnd : ticket.contractEnd,
        };
        const errors = (0, ticket_rules_1.validateTicket)(draft, now);
        if (ticket.completedAt && draft.receivedAt > ticket.completedAt) {
            errors.push({ field: 'receivedAt', code: shared_1.ErrorCode.BAD_USER_INPUT, message: '受理时间晚于完成时间 (received after completion)' });
        }
        if (errors.length)
            throw user_error_1.DomainError.fromFieldErrors(errors);
        const phone = draft.phone ? (0, shared_1.normalisePhone)(draft.phone) : null;
        if (draft.ownerName !== ticket.ownerName || draft.unit !== ticket.unit || phone !== ticket.phone) {
            ticket.owner = (0, core_1.ref)(await findOrCreateOwner(tx, ticket.project.id, draft.ownerName, draft.unit, phone));
        }
        Object.assign(ticket, {
            severity: draft.severity,
            ownerName: draft.ownerName,
            unit: draft.unit,
            phone,
            category: draft.category,
            summary: draft.summary,
            receivedAt: draft.receivedAt,
            contractStart: draft.contractStart,
            contractEnd: draft.contractEnd,
        });
        const found = await findDepartment(tx, ticket.project.id, department);
        ticket.department = found ? (0, core_1.ref)(found) : null;
        if (input.handler !== undefined)
            ticket.handler = (0, shared_1.textOrNull)(input.handler);
        if (input.handlingResult !== undefined)
            ticket.handlingResult = (0, shared_1.textOrNull)(input.handlingResult);
        if (input.start && ticket.status === shared_1.TicketStatus.OPEN) {
            ticket.status = shared_1.TicketStatus.IN_PROGRESS;
            ticket.startedAt = now;
        }
        return ticket;
    });
}
/** 处理完毕: the ticket is done; the callbacks its policy and sampling call for are scheduled at once. */
async function completeTicket(em, viewer, input, now = new Date()) {
    return em.transactional(async (tx) => {
        const ticket = await lockTicket(tx, viewer, input.id, input.version);
        if (![shared_1.TicketStatus.OPEN, shared_1.TicketStatus.IN_PROGRESS].includes(ticket.status)) {
            throw user_error_1.DomainError.of(shared_1.ErrorCode.INVALID_STATE, 'id', '只有待处理或处理中的工单可以完成 (only open tickets can be completed)');
        }
        const completedAt = input.completedAt ?? now;
        const errors = (0, ticket_rules_1.validateCompletion)(ticket.receivedAt, completedAt, now);
        if (errors.length)
            throw user_error_1.DomainError.fromFieldErrors(errors);
        // a ticket still open when its receiving period was archived carries over: its completion belongs to the new period
        await (0, archive_guard_1.assertPeriodOpen)(tx, ticket.project.id, (0, shared_1.toLocalDate)(completedAt), 'completedAt');
        ticket.status = shared_1.TicketStatus.COMPLETED;
        ticket.completedAt = completedAt;
        ticket.startedAt ??= ticket.receivedAt;
        if (input.handler !== undefined)
            ticket.handler = (0, shared_1.textOrNull)(input.handler);
        if (input.handlingResult !== undefined)
            ticket.handlingResult = (0, shared_1.textOrNull)(input.handlingResult);
        const callbacks = await (0, callback_scheduler_1.scheduleCallbacks)(tx, ticket, viewer.user.id);
        await tx.flush();
        return { ticket, callbacks };
    });
}
async function closeTicket(em, viewer, id, version) {
    return em.transactional(async (tx) => {
        const ticket = await lockTicket(tx, viewer, id, version);
        if (ticket.status !== shared_1.TicketStatus.COMPLETED) {
            throw user_error_1.DomainError.of(shared_1.ErrorCode.INVALID_STATE, 'id', '只有已完成的工单可以关闭 (only completed tickets can be closed)');
        }
        await (0, archive_guard_1.assertTicketOpen)(tx, ticket, 'id');
        ticket.status = shared_1.TicketStatus.CLOSED;
        return ticket;
    });
}
/** 作废: a ticket is never deleted; voiding keeps it (and its number) with the reason, and voids its open callbacks. */
async function voidTicket(em, viewer, input, now = new Date()) {
    if (!input.reason.trim())
        throw user_error_1.DomainError.of(shared_1.ErrorCode.BAD_USER_INPUT, 'reason', '请填写作废原因 (give a reason)');
    return em.transactional(async (tx) => {
        const ticket = await lockTicket(tx, viewer, input.id, input.version);
        if (ticket.status === shared_1.TicketStatus.VOIDED)
            throw user_error_1.DomainError.of(shared_1.ErrorCode.INVALID_STATE, 'id', '工单已作废 (already voided)');
        await (0, archive_guard_1.assertTicketOpen)(tx, ticket, 'id');
        ticket.status = shared_1.TicketStatus.VOIDED;
        ticket.voidReason = input.reason.trim();
        ticket.voidedAt = now;
        await (0, callback_void_1.voidOpenCallbacksOfTicket)(tx, ticket, `工单作废: ${ticket.voidReason}`, now);
        return ticket;
    });
}
//# sourceMappingURL=ticket.service.js.map