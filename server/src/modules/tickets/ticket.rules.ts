import { ComplaintSeverity, ErrorCode, FieldError, isInFuture, isLocalDate, normalisePhone, TicketKind, toLocalDate, fieldError, type Message, msg, unitMatchesFormat } from '@hf/shared';

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


/** A project's unit format (楼栋-单元-房号 by default): checked when a unit is written, not on every edit of a ticket. */
export interface UnitFormat {
  pattern: string;
  example: string;
}

/**
 * What the complaint register and the repair work order require, checked all at once; the unit against the project's
 * format when one is given (a new unit, or a changed one).
 */
export function validateTicket(draft: TicketDraft, now: Date, unitFormat?: UnitFormat): FieldError[] {
  const errors: FieldError[] = [];
  const bad = (field: string, message: Message) => errors.push(fieldError(field, ErrorCode.BAD_USER_INPUT, message));
  if (!draft.ownerName.trim()) bad('ownerName', msg('ticket.ownerNameRequired'));
  if (!draft.unit.trim()) bad('unit', msg('ticket.unitRequired'));
  else if (unitFormat && !unitMatchesFormat(draft.unit, unitFormat.pattern)) bad('unit', msg('ticket.unitFormat', { example: unitFormat.example }));
  if (!draft.summary.trim()) bad('summary', msg('ticket.summaryRequired'));
  if (draft.phone !== null && draft.phone.trim() !== '' && normalisePhone(draft.phone) === null) {
    bad('phone', msg('ticket.phoneInvalid'));
  }
  if (draft.kind === TicketKind.COMPLAINT) {
    if (!draft.severity) bad('severity', msg('ticket.severityRequired'));
    if (!draft.department?.trim()) bad('department', msg('ticket.departmentRequired'));
  } else if (draft.severity) {
    bad('severity', msg('ticket.severityComplaintOnly'));
  }
  if (draft.kind === TicketKind.REPAIR && !draft.category?.trim()) {
    bad('category', msg('ticket.categoryRequired'));
  }
  if (draft.kind === TicketKind.SPECIAL_SERVICE) {
    if (!draft.contractStart) bad('contractStart', msg('ticket.contractStartRequired'));
    if (!draft.contractEnd) bad('contractEnd', msg('ticket.contractEndRequired'));
  }
  for (const field of ['contractStart', 'contractEnd'] as const) {
    const value = draft[field];
    if (value && !isLocalDate(value)) bad(field, msg('ticket.dateInvalid'));
  }
  if (draft.contractStart && draft.contractEnd && draft.contractEnd < draft.contractStart) {
    bad('contractEnd', msg('ticket.contractEndsBeforeStart'));
  }
  if (Number.isNaN(draft.receivedAt.getTime()) || isInFuture(draft.receivedAt, now)) {
    bad('receivedAt', msg('ticket.receivedInFuture'));
  } else if (draft.receivedAt.getUTCFullYear() < 2000) {
    bad('receivedAt', msg('ticket.receivedTooEarly'));
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

/** 处理完毕 needs the handling result (处理结果) on the ticket or given with the completion. */
export function validateHandlingResult(handlingResult: string | null): FieldError[] {
  return handlingResult?.trim() ? [] : [fieldError('handlingResult', ErrorCode.BAD_USER_INPUT, msg('ticket.handlingResultRequired'))];
}

export function validateCompletion(receivedAt: Date, completedAt: Date, now: Date): FieldError[] {
  if (Number.isNaN(completedAt.getTime()) || isInFuture(completedAt, now)) {
    return [fieldError('completedAt', ErrorCode.BAD_USER_INPUT, msg('ticket.completedInFuture'))];
  }
  if (completedAt.getTime() < receivedAt.getTime()) {
    return [fieldError('completedAt', ErrorCode.BAD_USER_INPUT, msg('ticket.completedBeforeReceived'))];
  }
  return [];
}
