import { CallbackStatus, DISSATISFIED_LEVELS, Role, Satisfaction } from './enums';
import { ErrorCode } from './error-codes';
import { apiMessage, type Message, type MessageArgs, type MessageKey, msg } from './messages';
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

/** A record complete enough to count as done (DONE): when, how, how satisfied, and the result. */
export function isRecordComplete(values: CallbackRecordValues): boolean {
  return values.performedAt !== null && values.methods.length > 0 && values.satisfaction !== null && values.result !== null;
}

/**
 * What the paper form would not accept: a score outside 1–10, a callback performed before the service it
 * checks was completed or in the future, dissatisfaction without saying what was wrong.
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
  if (values.satisfaction && DISSATISFIED_LEVELS.includes(values.satisfaction) && !values.shortcomings?.trim()) {
    bad('shortcomings', 'callback.shortcomingsRequired');
  }
  return errors;
}
