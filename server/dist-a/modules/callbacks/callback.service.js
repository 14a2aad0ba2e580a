"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.updateCallbacks = updateCallbacks;
exports.recordCallbackResult = recordCallbackResult;
exports.reviewCallback = reviewCallback;
exports.escalateCallback = escalateCallback;
exports.writeHandlingOpinion = writeHandlingOpinion;
exports.closeCallback = closeCallback;
exports.voidCallback = voidCallback;
exports.recordAttempt = recordAttempt;
exports.addCallback = addCallback;
const core_1 = require("@mikro-orm/core");
const shared_1 = require("@hf/shared");
const user_error_1 = require("../../graphql/user-error");
const archive_guard_1 = require("../archives/archive-guard");
const project_entity_1 = require("../projects/project.entity");
const ticket_entity_1 = require("../tickets/ticket.entity");
const ticket_service_1 = require("../tickets/ticket.service");
const access_1 = require("../users/access");
const user_entity_1 = require("../users/user.entity");
const callback_scheduler_1 = require("./callback-scheduler");
const callback_entity_1 = require("./callback.entity");
const window_1 = require("./window");
const FAILED_ATTEMPT_OUTCOMES = new Set(['NO_ANSWER', 'BUSY', 'WRONG_NUMBER']);
async function lockCallback(em, viewer, globalId, version, field = []) {
    const callback = await em.findOne(callback_entity_1.Callback, { id: (0, access_1.parseId)(globalId, 'Callback', [...field, 'id'].join('.')) }, {
        lockMode: core_1.LockMode.PESSIMISTIC_WRITE,
    });
    if (!callback || !viewer.projectIds.includes(callback.project.id))
        throw (0, user_error_1.notFound)([...field, 'id']);
    if (callback.version !== version)
        throw (0, user_error_1.conflict)([...field, 'version']);
    if (await (0, archive_guard_1.isArchived)(em, callback.project.id, callback.anchorDate)) {
        throw user_error_1.DomainError.of(shared_1.ErrorCode.ARCHIVED, [...field, 'id'], '该期间已存档，记录只读 (the period is archived; records are read-only)');
    }
    return callback;
}
/** The project manager an unqualified callback is escalated to (上报项目经理). */
async function projectManagerOf(em, projectId) {
    const staff = await (0, callback_scheduler_1.projectStaff)(em, projectId);
    const manager = staff.find((s) => s.role === shared_1.Role.PROJECT_MANAGER);
    return manager ?? null;
}
/** Review (审核): qualified records become REVIEWED; unqualified ones go to the project manager. */
async function review(em, callback, viewer, opinion, now, forceEscalation) {
    callback.reviewOpinion = opinion ?? callback.reviewOpinion;
    callback.reviewedBy = em.getReference(user_entity_1.User, viewer.user.id, { wrapped: true });
    callback.reviewedAt = now;
    if (callback.result === shared_1.CallbackResult.UNQUALIFIED || forceEscalation) {
        callback.status = shared_1.CallbackStatus.ESCALATED;
        callback.escalatedAt = now;
        const manager = await projectManagerOf(em, callback.project.id);
        callback.escalatedTo = manager ? em.getReference(user_entity_1.User, manager.id, { wrapped: true }) : null;
    }
    else {
        callback.status = shared_1.CallbackStatus.REVIEWED;
    }
}
/**
 * Applies one row's edits: every column must be editable by this person in this state, and the merged
 * record must be valid; otherwise nothing of the row is changed. Filling the record moves a planned
 * callback to DONE; the supervisor's opinion reviews it; the manager's opinion closes an escalation.
 */
async function applyPatch(em, viewer, callback, patch, now, requireComplete) {
    const fields = Object.keys(patch).filter((f) => shared_1.EDITABLE_FIELDS.includes(f) && patch[f] !== undefined);
    const project = await em.findOneOrFail(project_entity_1.Project, callback.project.id);
    const ownCorrection = callback.recordedBy?.id === viewer.user.id &&
        callback.recordedAt !== null &&
        now.getTime() - callback.recordedAt.getTime() <= project.correctionHours * 3_600_000;
    const editContext = { role: viewer.user.role, status: callback.status, archived: false, withinOwnCorrectionWindow: ownCorrection };
    const errors = fields
        .filter((field) => !(0, shared_1.canEditField)(field, editContext))
        .map((field) => ({ field, code: shared_1.ErrorCode.FORBIDDEN, message: '当前角色或状态下不能修改此栏 (you cannot change this column now)' }));
    if (errors.length)
        return errors;
    const p = patch;
    const pick = (key) => (p[key] !== undefined ? p[key] : callback[key]);
    const merged = {
        methods: [...new Set(pick('methods') ?? [])],
        performedAt: pick('performedAt'),
        satisfaction: pick('satisfaction'),
        satisfactionScore: pick('satisfactionScore'),
        shortcomings: (0, shared_1.textOrNull)(pick('shortcomings')),
        result: pick('result'),
    };
    const ticket = await em.findOneOrFail(ticket_entity_1.Ticket, callback.ticket.id);
    const earliest = (0, window_1.earliestPerformedAt)(callback.anchor ?? shared_1.Anchor.COMPLETED, ticket);
    const ticketDone = [shared_1.TicketStatus.COMPLETED, shared_1.TicketStatus.CLOSED].includes(ticket.status) || callback.anchor === shared_1.Anchor.STARTED || callback.anchor === shared_1.Anchor.RECEIVED;
    errors.push(...(0, shared_1.validateCallbackRecord)(merged, { earliestPerformedAt: ticketDone ? earliest : null, now }));
    const complete = (0, shared_1.isRecordComplete)(merged);
    const mustBeComplete = requireComplete || (callback.status !== shared_1.CallbackStatus.PLANNED && fields.some((f) => ['methods', 'performedAt', 'satisfaction', 'result'].includes(f)));
    if (mustBeComplete && !complete) {
        const missing = ['performedAt', 'methods', 'satisfaction', 'result'].filter((f) => f === 'methods' ? merged.methods.length === 0 : merged[f] === null);
        for (const field of missing) {
            if (!errors.some((e) => e.field === field)) {
                errors.push({ field, code: shared_1.ErrorCode.BAD_USER_INPUT, message: '回访记录须填写此栏 (required to record the callback)' });
            }
        }
    }
    if (errors.length)
        return errors;
    for (const field of fields) {
        const value = p[field];
        if (field === 'methods')
            callback.methods = merged.methods;
        else if (field === 'shortcomings')
            callback.shortcomings = merged.shortcomings;
        else if (typeof value === 'string' || value === null)
            callback[field] = typeof value === 'string' ? (0, shared_1.textOrNull)(value) : null;
        else
            callback[field] = value;
    }
    if (callback.status === shared_1.CallbackStatus.PLANNED && complete) {
        callback.status = shared_1.CallbackStatus.DONE;
        callback.recordedAt = now;
        callback.recordedBy = em.getReference(user_entity_1.User, viewer.user.id, { wrapped: true });
        // the handler and department as they were when the callback was done
        callback.handlerAtRecording = ticket.handler;
        callback.departmentAtRecording = ticket.department ? ((await ticket.department.load())?.name ?? null) : null;
        callback.visitors ??= viewer.user.displayName;
    }
    if (fields.includes('reviewOpinion') && callback.status === shared_1.CallbackStatus.DONE) {
        await review(em, callback, viewer, callback.reviewOpinion, now, false);
    }
    if (fields.includes('handlingOpinion') && callback.status === shared_1.CallbackStatus.ESCALATED && callback.handlingOpinion) {
        callback.handlingBy = em.getReference(user_entity_1.User, viewer.user.id, { wrapped: true });
        callback.handlingAt = now;
        callback.status = shared_1.CallbackStatus.CLOSED;
        callback.closedAt = now;
    }
    return [];
}
async function updateCallbacks(em, viewer, input, now = new Date()) {
    const ids = input.rows.map((row, index) => (0, access_1.parseId)(row.id, 'Callback', `rows.${index}.id`));
    if (new Set(ids).size !== ids.length) {
        throw user_error_1.DomainError.of(shared_1.ErrorCode.BAD_USER_INPUT, 'rows', '同一行出现多次，请合并为一次修改 (a row appears twice)');
    }
    return em.transactional(async (tx) => {
        // lock every named row in id order (no deadlock between two pastes), then judge each row on its own
        const locked = await tx.find(callback_entity_1.Callback, { id: { $in: ids } }, { lockMode: core_1.LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } });
        const byId = new Map(locked.map((c) => [c.id, c]));
        // one statement for the tickets and projects of all rows (the rules read them row by row from the identity map)
        await tx.find(ticket_entity_1.Ticket, { id: { $in: [...new Set(locked.map((c) => c.ticket.id))] } });
        await tx.find(project_entity_1.Project, { id: { $in: [...new Set(locked.map((c) => c.project.id))] } });
        const userErrors = [];
        const archivedCache = new Map();
        let savedCount = 0;
        for (const [index, row] of input.rows.entries()) {
            const prefix = ['rows', String(index)];
            const callback = byId.get(ids[index]);
            if (!callback || !viewer.projectIds.includes(callback.project.id)) {
                userErrors.push({ field: [...prefix, 'id'], code: shared_1.ErrorCode.NOT_FOUND, message: '记录不存在或无权访问 (not found)' });
                continue;
            }
            if (callback.version !== row.version) {
                userErrors.push({
                    field: [...prefix, 'version'],
                    code: shared_1.ErrorCode.CONFLICT,
                    message: `${callback.serialCode} 已被他人修改 (changed by someone else: version ${row.version} → ${callback.version})`,
                });
                continue;
            }
            const archiveKey = `${callback.project.id}:${callback.anchorDate}`;
            if (!archivedCache.has(archiveKey))
                archivedCache.set(archiveKey, await (0, archive_guard_1.isArchived)(tx, callback.project.id, callback.anchorDate));
            if (archivedCache.get(archiveKey)) {
                userErrors.push({ field: [...prefix, 'id'], code: shared_1.ErrorCode.ARCHIVED, message: '该期间已存档，记录只读 (archived; read-only)' });
                continue;
            }
            const errors = await applyPatch(tx, viewer, callback, row.patch, now, false);
            if (errors.length)
                userErrors.push(...errors.map((e) => ({ field: [...prefix, e.field], code: e.code, message: e.message })));
            else
                savedCount += 1;
        }
        await tx.flush();
        return { callbacks: ids.map((id) => byId.get(id)).filter((c) => Boolean(c) && viewer.projectIds.includes(c.project.id)), savedCount, userErrors };
    });
}
async function withLockedCallback(em, viewer, id, version, change) {
    return em.transactional(async (tx) => {
        const callback = await lockCallback(tx, viewer, id, version);
        await change(tx, callback);
        return callback;
    });
}
/** 记录回访结果: the whole record at once; it must be complete. */
async function recordCallbackResult(em, viewer, input, now = new Date()) {
    const { id, version, ...patch } = input;
    return withLockedCallback(em, viewer, id, version, async (tx, callback) => {
        if (callback.status !== shared_1.CallbackStatus.PLANNED && callback.status !== shared_1.CallbackStatus.DONE) {
            throw user_error_1.DomainError.of(shared_1.ErrorCode.INVALID_STATE, 'id', '该回访已审核或关闭，不能再记录 (already reviewed or closed)');
        }
        const errors = await applyPatch(tx, viewer, callback, patch, now, true);
        if (errors.length)
            throw user_error_1.DomainError.fromFieldErrors(errors);
    });
}
async function reviewCallback(em, viewer, input, now = new Date()) {
    return withLockedCallback(em, viewer, input.id, input.version, async (tx, callback) => {
        if (callback.status !== shared_1.CallbackStatus.DONE) {
            throw user_error_1.DomainError.of(shared_1.ErrorCode.INVALID_STATE, 'id', '只能审核已回访的记录 (only done callbacks can be reviewed)');
        }
        await review(tx, callback, viewer, (0, shared_1.textOrNull)(input.opinion), now, false);
    });
}
async function escalateCallback(em, viewer, input, now = new Date()) {
    return withLockedCallback(em, viewer, input.id, input.version, async (tx, callback) => {
        if (![shared_1.CallbackStatus.DONE, shared_1.CallbackStatus.REVIEWED].includes(callback.status)) {
            throw user_error_1.DomainError.of(shared_1.ErrorCode.INVALID_STATE, 'id', '只能上报已回访或已审核的记录 (only done or reviewed callbacks can be escalated)');
        }
        await review(tx, callback, viewer, (0, shared_1.textOrNull)(input.opinion), now, true);
    });
}
async function writeHandlingOpinion(em, viewer, input, now = new Date()) {
    return withLockedCallback(em, viewer, input.id, input.version, async (tx, callback) => {
        if (callback.status !== shared_1.CallbackStatus.ESCALATED) {
            throw user_error_1.DomainError.of(shared_1.ErrorCode.INVALID_STATE, 'id', '只有已上报的回访需要处理意见 (only escalated callbacks take a handling opinion)');
        }
        if (!(0, shared_1.textOrNull)(input.opinion))
            throw user_error_1.DomainError.of(shared_1.ErrorCode.BAD_USER_INPUT, 'opinion', '请填写处理意见 (the opinion is required)');
        const errors = await applyPatch(tx, viewer, callback, { handlingOpinion: input.opinion, followUp: input.followUp }, now, false);
        if (errors.length)
            throw user_error_1.DomainError.fromFieldErrors(errors.map((e) => ({ ...e, field: e.field === 'handlingOpinion' ? 'opinion' : e.field })));
    });
}
async function closeCallback(em, viewer, input, now = new Date()) {
    return withLockedCallback(em, viewer, input.id, input.version, async (_tx, callback) => {
        if (![shared_1.CallbackStatus.REVIEWED, shared_1.CallbackStatus.UNREACHABLE].includes(callback.status)) {
            throw user_error_1.DomainError.of(shared_1.ErrorCode.INVALID_STATE, 'id', '只能关闭已审核或无法联系的回访 (only reviewed or unreachable callbacks can be closed)');
        }
        callback.status = shared_1.CallbackStatus.CLOSED;
        callback.closedAt = now;
    });
}
async function voidCallback(em, viewer, input, now = new Date()) {
    if (!input.reason.trim())
        throw user_error_1.DomainError.of(shared_1.ErrorCode.BAD_USER_INPUT, 'reason', '请填写作废原因 (give a reason)');
    return withLockedCallback(em, viewer, input.id, input.version, async (_tx, callback) => {
        if (callback.status === shared_1.CallbackStatus.VOIDED)
            throw user_error_1.DomainError.of(shared_1.ErrorCode.INVALID_STATE, 'id', '已作废 (already voided)');
        callback.status = shared_1.CallbackStatus.VOIDED;
        callback.voidReason = input.reason.trim();
        callback.voidedAt = now;
    });
}
/** An attempt that reached nobody or was asked to call later; after the cap (default 3) the owner is 无法联系. */
async function recordAttempt(em, viewer, input, now = new Date()) {
    const attemptedAt = input.attemptedAt ?? now;
    if (attemptedAt.getTime() > now.getTime() + 5 * 60_000) {
        throw user_error_1.DomainError.of(shared_1.ErrorCode.BAD_USER_INPUT, 'attemptedAt', '尝试时间不能晚于当前时间 (attempted in the future)');
    }
    if (input.nextAttemptAt && input.nextAttemptAt.getTime() < attemptedAt.getTime()) {
        throw user_error_1.DomainError.of(shared_1.ErrorCode.BAD_USER_INPUT, 'nextAttemptAt', '下次回访时间早于本次 (next attempt before this one)');
    }
    return withLockedCallback(em, viewer, input.id, input.version, async (tx, callback) => {
        if (callback.status !== shared_1.CallbackStatus.PLANNED) {
            throw user_error_1.DomainError.of(shared_1.ErrorCode.INVALID_STATE, 'id', '只有待回访的记录可以登记尝试 (only planned callbacks take attempts)');
        }
        if (viewer.user.role === shared_1.Role.AUDITOR)
            throw (0, user_error_1.forbidden)('id');
        const project = await tx.findOneOrFail(project_entity_1.Project, callback.project.id);
        const failed = await tx.count(callback_entity_1.CallbackAttempt, { callback: callback.id, outcome: { $in: [...FAILED_ATTEMPT_OUTCOMES] } });
        tx.create(callback_entity_1.CallbackAttempt, {
            callback,
            attemptedAt,
            attemptedBy: tx.getReference(user_entity_1.User, viewer.user.id),
            outcome: input.outcome,
            note: (0, shared_1.textOrNull)(input.note),
            nextAttemptAt: input.nextAttemptAt ?? null,
        });
        callback.attemptCount += 1;
        callback.nextAttemptAt = input.nextAttemptAt ?? null;
        if (FAILED_ATTEMPT_OUTCOMES.has(input.outcome) && failed + 1 >= project.maxAttempts) {
            callback.status = shared_1.CallbackStatus.UNREACHABLE;
            callback.ownerConfirmation = shared_1.OwnerConfirmation.UNREACHABLE;
            callback.recordedAt = now;
            callback.recordedBy = tx.getReference(user_entity_1.User, viewer.user.id, { wrapped: true });
        }
    });
}
/** A clerk may add any ticket to the callbacks by hand (window defaults to the next week). */
async function addCallback(em, viewer, input, now = new Date()) {
    return em.transactional(async (tx) => {
        const ticket = await (0, ticket_service_1.lockTicket)(tx, viewer, input.ticketId, null).catch((e) => {
            if (e instanceof user_error_1.DomainError)
                throw user_error_1.DomainError.of(e.errors[0].code, 'ticketId', e.errors[0].message);
            throw e;
        });
        if (ticket.status === shared_1.TicketStatus.VOIDED)
            throw user_error_1.DomainError.of(shared_1.ErrorCode.INVALID_STATE, 'ticketId', '工单已作废 (the ticket is voided)');
        const anchorDate = ticket.completedAt ? (0, shared_1.toLocalDate)(ticket.completedAt) : (0, shared_1.toLocalDate)(now);
        await (0, archive_guard_1.assertPeriodOpen)(tx, ticket.project.id, anchorDate, 'ticketId');
        const from = input.windowFrom ?? (anchorDate > (0, shared_1.toLocalDate)(now) ? anchorDate : (0, shared_1.toLocalDate)(now));
        const to = input.windowTo ?? (0, shared_1.addDays)(from, 7);
        if (to < from)
            throw user_error_1.DomainError.of(shared_1.ErrorCode.BAD_USER_INPUT, 'windowTo', '回访期限结束早于开始 (window ends before it starts)');
        let assigneeId = viewer.user.id;
        if (input.assigneeId) {
            assigneeId = (0, access_1.parseId)(input.assigneeId, 'User', 'assigneeId');
            const staff = await (0, callback_scheduler_1.projectStaff)(tx, ticket.project.id);
            if (!staff.some((s) => s.id === assigneeId))
                throw user_error_1.DomainError.of(shared_1.ErrorCode.BAD_USER_INPUT, 'assigneeId', '该员工不属于本项目 (not staff of this project)');
        }
        const project = await tx.findOneOrFail(project_entity_1.Project, ticket.project.id);
        return (0, callback_scheduler_1.createCallbackRow)(tx, {
            project, ticket, stageIndex: null, purpose: shared_1.CallbackPurpose.MANUAL, anchor: shared_1.Anchor.COMPLETED,
            window: { anchorDate, from, to }, assigneeId, coAssigneeId: null, actorId: viewer.user.id, now,
        });
    });
}
//# sourceMappingURL=callback.service.js.map