import { ComplaintSeverity, ErrorCode, FieldError, isInFuture, isLocalDate, normalisePhone, TicketKind, toLocalDate } from '@hf/shared';

export interface TicketDraft {
  kind: TicketKind;
  severity: ComplaintSeverity | null;
  ownerName: string;
  unit: string;
  phone: string | null;
  department: string | null;
  category: string | null;
  summary: string;
  receivedAt: Date;
  contractStart: string | null;
  contractEnd: string | null;
}


/** What the complaint register and the repair work order require, checked all at once. */
export function validateTicket(draft: TicketDraft, now: Date): FieldError[] {
  const errors: FieldError[] = [];
  const bad = (field: string, message: string) => errors.push({ field, code: ErrorCode.BAD_USER_INPUT, message });
  if (!draft.ownerName.trim()) bad('ownerName', '请填写业主姓名 (owner name is required)');
  if (!draft.unit.trim()) bad('unit', '请填写房号 (unit is required)');
  if (!draft.summary.trim()) bad('summary', '请填写内容摘要 (summary is required)');
  if (draft.phone !== null && draft.phone.trim() !== '' && normalisePhone(draft.phone) === null) {
    bad('phone', '电话号码格式不正确 (not a phone number)');
  }
  if (draft.kind === TicketKind.COMPLAINT) {
    if (!draft.severity) bad('severity', '投诉须注明重大或一般 (a complaint is MAJOR or GENERAL)');
    if (!draft.department?.trim()) bad('department', '投诉须注明被投诉部门 (name the department complained about)');
  } else if (draft.severity) {
    bad('severity', '只有投诉有严重程度 (only complaints have a severity)');
  }
  if (draft.kind === TicketKind.REPAIR && !draft.category?.trim()) {
    bad('category', '维修须注明维修类别，如 水管漏水 (a repair needs its category)');
  }
  if (draft.kind === TicketKind.SPECIAL_SERVICE) {
    if (!draft.contractStart) bad('contractStart', '特约服务须填写合同开始日期 (contract start is required)');
    if (!draft.contractEnd) bad('contractEnd', '特约服务须填写合同结束日期 (contract end is required)');
  }
  for (const field of ['contractStart', 'contractEnd'] as const) {
    const value = draft[field];
    if (value && !isLocalDate(value)) bad(field, '日期无效 (not a date)');
  }
  if (draft.contractStart && draft.contractEnd && draft.contractEnd < draft.contractStart) {
    bad('contractEnd', '合同结束日期早于开始日期 (contract ends before it starts)');
  }
  if (Number.isNaN(draft.receivedAt.getTime()) || isInFuture(draft.receivedAt, now)) {
    bad('receivedAt', '受理时间不能晚于当前时间 (received in the future)');
  } else if (draft.receivedAt.getUTCFullYear() < 2000) {
    bad('receivedAt', '受理时间无效 (received before 2000)');
  }
  return errors;
}

/**
 * The days a ticket belongs to: the one it was received on (the register, repeated complaints) and, once completed,
 * the one of its completion (the statistics). It is read-only when either lies in an archived period.
 */
export function ticketDays(ticket: { receivedAt: Date; completedAt: Date | null }): string[] {
  return ticket.completedAt ? [toLocalDate(ticket.receivedAt), toLocalDate(ticket.completedAt)] : [toLocalDate(ticket.receivedAt)];
}

export function validateCompletion(receivedAt: Date, completedAt: Date, now: Date): FieldError[] {
  if (Number.isNaN(completedAt.getTime()) || isInFuture(completedAt, now)) {
    return [{ field: 'completedAt', code: ErrorCode.BAD_USER_INPUT, message: '完成时间不能晚于当前时间 (completed in the future)' }];
  }
  if (completedAt.getTime() < receivedAt.getTime()) {
    return [{ field: 'completedAt', code: ErrorCode.BAD_USER_INPUT, message: '完成时间早于受理时间 (completed before it was received)' }];
  }
  return [];
}
