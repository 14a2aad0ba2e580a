import { ErrorCode } from './error-codes';
import { type FieldError, fieldError } from './callback-fields';
import { msg } from './messages';

/**
 * 房号 as 楼栋-单元-房号 (DOMAIN.md: unit), e.g. 3-2-1502: the default format of a project's units. A centre whose
 * units read otherwise (3栋2单元1502, A-1502) sets its own pattern and example (project settings).
 */
export const DEFAULT_UNIT_PATTERN = String.raw`^\d{1,3}-\d{1,2}-\d{3,4}$`;
export const DEFAULT_UNIT_EXAMPLE = '3-2-1502';
export const MAX_UNIT_PATTERN_LENGTH = 200;

/** The pattern as a regular expression, or null when it does not compile. */
export function unitRegExp(pattern: string): RegExp | null {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return null;
  }
}

/** Whether a unit follows the project's format (a pattern that does not compile accepts every unit). */
export function unitMatchesFormat(unit: string, pattern: string): boolean {
  const re = unitRegExp(pattern);
  return !re || re.test(unit.trim());
}

/** A project's unit format as an administrator sets it: a pattern that compiles, and an example it accepts. */
export function checkUnitFormat(pattern: string, example: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!pattern.trim() || pattern.length > MAX_UNIT_PATTERN_LENGTH || !unitRegExp(pattern)) {
    errors.push(fieldError('unitPattern', ErrorCode.BAD_USER_INPUT, msg('project.unitPatternInvalid')));
  } else if (!unitMatchesFormat(example, pattern)) {
    errors.push(fieldError('unitExample', ErrorCode.BAD_USER_INPUT, msg('project.unitExampleMismatch')));
  }
  return errors;
}
