import { ErrorCode } from './error-codes';
import { type FieldError, fieldError } from './callback-fields';
import { msg } from './messages';

// 项目设置 an administrator changes (DOMAIN.md "What good survey systems add"): the minimum gap between two callbacks
// to one owner, the cap on attempts, the correction window, and the common reasons offered for 缺点与不足.

/** 最短间隔: 0 turns the rule off; a year is the longest gap that still leaves a callback per year. */
export const MAX_MIN_GAP_DAYS = 365;
/** 尝试上限: at least one call is made before 无法联系. */
export const MAX_ATTEMPTS_CAP = 20;
/** 更正时限: a week at most (the default is 24 hours); after that only review changes a record. */
export const MAX_CORRECTION_HOURS = 168;
/** 常见原因: a short pick list, each reason a short phrase. */
export const MAX_COMMON_SHORTCOMINGS = 30;
export const MAX_SHORTCOMING_LENGTH = 50;

/** What a settings change asks for; absent fields stay as they are. */
export interface ProjectSettingsChange {
  minGapDays?: number | null;
  maxAttempts?: number | null;
  correctionHours?: number | null;
  commonShortcomings?: readonly string[] | null;
}

/** The reasons as stored: trimmed, blanks dropped (duplicates are refused, not merged, so the admin sees them). */
export const normaliseShortcomings = (reasons: readonly string[]): string[] => reasons.map((r) => r.trim()).filter(Boolean);

/** Bad values, each with its field: gap < 0, a cap below 1, correction hours outside 0–168, a reason list out of shape. */
export function checkProjectSettings(change: ProjectSettingsChange): FieldError[] {
  const errors: FieldError[] = [];
  const bad = (field: string, message: ReturnType<typeof msg>) => errors.push(fieldError(field, ErrorCode.BAD_USER_INPUT, message));
  const given = (value: unknown): value is number => value !== null && value !== undefined;
  if (given(change.minGapDays) && (!Number.isInteger(change.minGapDays) || change.minGapDays < 0 || change.minGapDays > MAX_MIN_GAP_DAYS)) {
    bad('minGapDays', msg('project.minGapRange', { max: MAX_MIN_GAP_DAYS }));
  }
  if (given(change.maxAttempts) && (!Number.isInteger(change.maxAttempts) || change.maxAttempts < 1 || change.maxAttempts > MAX_ATTEMPTS_CAP)) {
    bad('maxAttempts', msg('project.attemptCapRange', { max: MAX_ATTEMPTS_CAP }));
  }
  if (given(change.correctionHours) && (!Number.isInteger(change.correctionHours) || change.correctionHours < 0 || change.correctionHours > MAX_CORRECTION_HOURS)) {
    bad('correctionHours', msg('project.correctionHoursRange', { max: MAX_CORRECTION_HOURS }));
  }
  if (change.commonShortcomings) {
    const reasons = normaliseShortcomings(change.commonShortcomings);
    if (reasons.length === 0) bad('commonShortcomings', msg('project.shortcomingsRequired'));
    if (reasons.length > MAX_COMMON_SHORTCOMINGS) bad('commonShortcomings', msg('text.tooManyItems', { max: MAX_COMMON_SHORTCOMINGS }));
    const seen = new Set<string>();
    reasons.forEach((reason, i) => {
      if (Array.from(reason).length > MAX_SHORTCOMING_LENGTH) bad(`commonShortcomings.${i}`, msg('text.tooLong', { max: MAX_SHORTCOMING_LENGTH }));
      else if (seen.has(reason)) bad(`commonShortcomings.${i}`, msg('project.shortcomingDuplicate', { reason }));
      seen.add(reason);
    });
  }
  return errors;
}
