import { ErrorCode, isPeriodKey, parsePeriod, PeriodRange } from '@hf/shared';
import { DomainError } from './user-error';

/** A period argument (2026Q3, or 2026-07 where a project compiles monthly) as its date range; a malformed one is BAD_USER_INPUT. */
export function periodArgument(period: string, field = 'period'): PeriodRange {
  if (!isPeriodKey(period)) {
    throw DomainError.of(ErrorCode.BAD_USER_INPUT, field, '统计期间格式应为 2026Q3 或 2026-07 (period must look like 2026Q3 or 2026-07)');
  }
  return parsePeriod(period);
}
