import { CallbackStatus, DISSATISFIED_LEVELS, Role, Satisfaction } from './enums';
import { ErrorCode } from './error-codes';
import { apiMessage, type Message, type MessageArgs, type MessageKey, msg } from './messages';
import { toLocalDate } from './local-date';
import { isInFuture } from './record-policy';
import { isCallbackPerformer } from './roles';

/** Columns of 《业主回访记录表》 the visitor fills in. */
export const RECORD_FIELDS = [
  'methods', 'performedAt', 'visitors', 'qualityEvaluation', 'serviceEvaluation', 'satisfaction',
  'satisfactionScore', 'shortcomings', 'suggestions', 'result', 'ownerConfirmation',
] as const;
/** 审核: the service supervisor's column. */
export const REVIEW_FIELDS = ['reviewOpinion'] as const;
/** 处理意见: the project manager's columns for unqualified callbacks. */
export const HANDLING_FIELDS = ['handlingOpinion', 'followUp'] as const;

export type RecordField = (typeof RECORD_FIELDS)[number];
export type CallbackEditableField = RecordField | (typeof REVIEW_FIELDS)[number] | (typeof HANDLING_FIELDS)[number];
export const EDITABLE_FIELDS: readonly CallbackEditableField[] = [...RECORD_FIELDS, ...REVIEW_FIELDS, ...HANDLING_FIELDS];

export interface EditContext {
  role: Role;
  status: CallbackStatus;
  archived: boolean;
  /** the record was written by this user, and the correction window (default 24 h) is still open */
  withinOwnCorrectionWindow: boolean;
}

/**
 * Who may change which column when: the visitor fills the record while it is planned and may correct it
 * for a short time; after that only the supervisor, through review. Review is the supervisor's, the
 * handling opinion the project manager's. Archived periods are read-only for everyone.
 */
export function canEditField(field: CallbackEditableField, ctx: EditContext): boolean {
  if (ctx.archived || ctx.status === CallbackStatus.VOIDED) return false;
  if ((REVIEW_FIELDS as readonly string[]).includes(field)) {
    return ctx.role === Role.SUPERVISOR && [CallbackStatus.DONE, CallbackStatus.REVIEWED].includes(ctx.status);
  }
  if ((HANDLING_FIELDS as readonly string[]).includes(field)) {
    return ctx.role === Role.PROJECT_MANAGER && ctx.status === CallbackStatus.ESCALATED;
  }
  if (!isCallbackPerformer(ctx.role)) return false;
  if (ctx.status === CallbackStatus.PLANNED) return true;
  if (ctx.status === CallbackStatus.DONE) return ctx.role === Role.SUPERVISOR || ctx.withinOwnCorrectionWindow;
  return false;
}

/** A refusal of one field by a pure rule: its code, and its text as a catalogue message (messages.ts). */
export interface FieldError {
  field: string;
  code: ErrorCode;
  message: string;
  messageKey?: MessageKey;
  args?: MessageArgs;
}

/** A FieldError whose text is the catalogue's (message "中文 (English)", the key and arguments for a client's language). */
export function fieldError(field: string, code: ErrorCode, message: Message): FieldError {
  return { field, code, message: apiMessage(message), messageKey: message.key, ...(message.args ? { args: message.args } : {}) };
}

export interface CallbackRecordValues {
  methods: string[];
  performedAt: Date | null;
  satisfaction: Satisfaction | null;
  satisfactionScore: number | null;
  shortcomings: string | null;
  result: string | null;
}

/** The owner is dissatisfied and the record does not say what was wrong (缺点与不足). */
export function lacksShortcomings(values: Pick<CallbackRecordValues, 'satisfaction' | 'shortcomings'>): boolean {
  return values.satisfaction !== null && DISSATISFIED_LEVELS.includes(values.satisfaction) && !values.shortcomings?.trim();
}

export const SHORTCOMINGS_REQUIRED_MESSAGE = apiMessage(msg('callback.shortcomingsRequired'));
export const RECORD_REQUIRED_MESSAGE = apiMessage(msg('callback.requiredToRecord'));

/**
 * What a record still lacks to count as done (DONE): when, how, how satisfied, the result — and, when the owner is
 * dissatisfied, what was wrong. The clerk fills the columns in the paper form's order, so a planned record may lack
 * them for a while (满意程度 不满意 before 缺点与不足); a done record must keep them.
 */
export function recordGaps(values: CallbackRecordValues): FieldError[] {
  const gaps: FieldError[] = [];
  const gap = (field: string, key: MessageKey = 'callback.requiredToRecord') => gaps.push(fieldError(field, ErrorCode.BAD_USER_INPUT, msg(key)));
  if (values.performedAt === null) gap('performedAt');
  if (values.methods.length === 0) gap('methods');
  if (values.satisfaction === null) gap('satisfaction');
  if (values.result === null) gap('result');
  if (lacksShortcomings(values)) gap('shortcomings', 'callback.shortcomingsRequired');
  return gaps;
}

/** A record complete enough to count as done (DONE). */
export function isRecordComplete(values: CallbackRecordValues): boolean {
  return recordGaps(values).length === 0;
}

/**
 * What the paper form would not accept: a score outside 1–10, a callback performed before the service it
 * checks was completed or in the future. (Dissatisfaction without 缺点与不足 is not refused: the record stays
 * incomplete until the comment is given — recordGaps.)
 */
export function validateCallbackRecord(
  values: CallbackRecordValues,
  context: { earliestPerformedAt: Date | null; now: Date },
): FieldError[] {
  const errors: FieldError[] = [];
  const bad = (field: string, key: MessageKey) => errors.push(fieldError(field, ErrorCode.BAD_USER_INPUT, msg(key)));
  if (values.satisfactionScore !== null && (!Number.isInteger(values.satisfactionScore) || values.satisfactionScore < 1 || values.satisfactionScore > 10)) {
    bad('satisfactionScore', 'callback.scoreRange');
  }
  if (values.performedAt) {
    if (!context.earliestPerformedAt) {
      bad('performedAt', 'callback.ticketNotCompleted');
    } else if (values.performedAt.getTime() < context.earliestPerformedAt.getTime()) {
      bad('performedAt', 'callback.performedBeforeCompletion');
    }
    if (isInFuture(values.performedAt, context.now)) {
      bad('performedAt', 'callback.performedInFuture');
    }
  }
  return errors;
}

/** What a recorded callback is accepted with, but should be told: it is counted differently, or not the clerk's. */
export enum RecordWarningCode {
  /** performed before the window opened: done, but not 时效内完成 */
  BEFORE_WINDOW = 'BEFORE_WINDOW',
  /** performed after the window closed: done, but not 时效内完成 */
  AFTER_WINDOW = 'AFTER_WINDOW',
  /** recorded by someone the callback is not assigned to */
  NOT_ASSIGNEE = 'NOT_ASSIGNEE',
  /** dissatisfied without 缺点与不足: the record is not done until it is given */
  SHORTCOMINGS_REQUIRED = 'SHORTCOMINGS_REQUIRED',
}

export interface RecordWarning {
  field: string;
  code: RecordWarningCode;
  message: string;
  messageKey: MessageKey;
  args?: MessageArgs;
}

/** A warning's text: "中文 (English)", and its catalogue key and arguments for a client's language. */
const warningText = (message: Message) => ({ message: apiMessage(message), messageKey: message.key, ...(message.args ? { args: message.args } : {}) });

export interface RecordWarningInput {
  performedAt: Date | null;
  /** 计划回访起 / 止 (LocalDate, 北京时间) */
  windowFrom: string;
  windowTo: string;
  satisfaction: Satisfaction | null;
  shortcomings: string | null;
  /** who the callback is assigned to (assignee and co-assignee), by id and name; empty: nobody */
  assignees: { id: string | number; name: string }[];
  /** who records it: the one editing a planned record, or the one who recorded it; null: nobody yet */
  recorderId: string | number | null;
}

/**
 * Warnings, not refusals (issue 13): a callback recorded weeks before its window opens (or after it closed) is done but
 * not counted 时效内完成, as the statistics count it; one recorded by someone it is not assigned to is accepted and
 * says whose it was; 不满意 without 缺点与不足 says the record is not done yet.
 */
export function recordWarnings(v: RecordWarningInput): RecordWarning[] {
  const warnings: RecordWarning[] = [];
  if (v.performedAt) {
    const day = toLocalDate(v.performedAt);
    if (day < v.windowFrom) {
      warnings.push({
        field: 'performedAt', code: RecordWarningCode.BEFORE_WINDOW,
        ...warningText(msg('warning.beforeWindow', { from: v.windowFrom })),
      });
    } else if (day > v.windowTo) {
      warnings.push({
        field: 'performedAt', code: RecordWarningCode.AFTER_WINDOW,
        ...warningText(msg('warning.afterWindow', { to: v.windowTo })),
      });
    }
  }
  if (v.recorderId !== null && v.assignees.length > 0 && !v.assignees.some((a) => String(a.id) === String(v.recorderId))) {
    const names = v.assignees.map((a) => a.name).join('、');
    warnings.push({
      field: 'visitors', code: RecordWarningCode.NOT_ASSIGNEE,
      ...warningText(msg('warning.notAssignee', { names })),
    });
  }
  if (lacksShortcomings(v)) {
    warnings.push({ field: 'shortcomings', code: RecordWarningCode.SHORTCOMINGS_REQUIRED, ...warningText(msg('callback.shortcomingsRequired')) });
  }
  return warnings;
}
