"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateTicket = validateTicket;
exports.validateCompletion = validateCompletion;
const shared_1 = require("@hf/shared");
const FUTURE_TOLERANCE_MS = 5 * 60_000;
/** What the complaint register and the repair work order require, checked all at once. */
function validateTicket(draft, now) {
    const errors = [];
    const bad = (field, message) => errors.push({ field, code: shared_1.ErrorCode.BAD_USER_INPUT, message });
    if (!draft.ownerName.trim())
        bad('ownerName', '请填写业主姓名 (owner name is required)');
    if (!draft.unit.trim())
        bad('unit', '请填写房号 (unit is required)');
    if (!draft.summary.trim())
        bad('summary', '请填写内容摘要 (summary is required)');
    if (draft.phone !== null && draft.phone.trim() !== '' && (0, shared_1.normalisePhone)(draft.phone) === null) {
        bad('phone', '电话号码格式不正确 (not a phone number)');
    }
    if (draft.kind === shared_1.TicketKind.COMPLAINT) {
        if (!draft.severity)
            bad('severity', '投诉须注明重大或一般 (a complaint is MAJOR or GENERAL)');
        if (!draft.department?.trim())
            bad('department', '投诉须注明被投诉部门 (name the department complained about)');
    }
    else if (draft.severity) {
        bad('severity', '只有投诉有严重程度 (only complaints have a severity)');
    }
    if (draft.kind === shared_1.TicketKind.REPAIR && !draft.category?.trim()) {
        bad('category', '维修须注明维修类别，如 水管漏水 (a repair needs its category)');
    }
    if (draft.kind === shared_1.TicketKind.SPECIAL_SERVICE) {
        if (!draft.contractStart)
            bad('contractStart', '特约服务须填写合同开始日期 (contract start is required)');
        if (!draft.contractEnd)
            bad('contractEnd', '特约服务须填写合同结束日期 (contract end is required)');
    }
    for (const field of ['contractStart', 'contractEnd']) {
        const value = draft[field];
        if (value && !(0, shared_1.isLocalDate)(value))
            bad(field, '日期无效 (not a date)');
    }
    if (draft.contractStart && draft.contractEnd && draft.contractEnd < draft.contractStart) {
        bad('contractEnd', '合同结束日期早于开始日期 (contract ends before it starts)');
    }
    if (Number.isNaN(draft.receivedAt.getTime()) || draft.receivedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
        bad('receivedAt', '受理时间不能晚于当前时间 (received in the future)');
    }
    else if (draft.receivedAt.getUTCFullYear() < 2000) {
        bad('receivedAt', '受理时间无效 (received before 2000)');
    }
    return errors;
}
function validateCompletion(receivedAt, completedAt, now) {
    if (Number.isNaN(completedAt.getTime()) || completedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
        return [{ field: 'completedAt', code: shared_1.ErrorCode.BAD_USER_INPUT, message: '完成时间不能晚于当前时间 (completed in the future)' }];
    }
    if (completedAt.getTime() < receivedAt.getTime()) {
        return [{ field: 'completedAt', code: shared_1.ErrorCode.BAD_USER_INPUT, message: '完成时间早于受理时间 (completed before it was received)' }];
    }
    return [];
}
//# sourceMappingURL=ticket.rules.js.map