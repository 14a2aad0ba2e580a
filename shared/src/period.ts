import { StatisticsPeriod } from './enums';
import { addDays, isLocalDate, toLocalDate } from './local-date';

// 季度统计: quarters by default; seed 001 compiles monthly, so a period is either "2026Q3" or "2026-07".
const QUARTER = /^(\d{4})Q([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export interface PeriodRange {
  key: string;
  kind: StatisticsPeriod;
  /** first day, inclusive */
  from: string;
  /** last day, inclusive */
  to: string;
}

export function periodOf(date: string, kind: StatisticsPeriod = StatisticsPeriod.QUARTER): string {
  if (!isLocalDate(date)) throw new RangeError(`not a date: ${date}`);
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  return kind === StatisticsPeriod.MONTH ? `${year}-${date.slice(5, 7)}` : `${year}Q${Math.ceil(month / 3)}`;
}

export function isPeriodKey(key: string): boolean {
  return QUARTER.test(key) || MONTH.test(key);
}

export function parsePeriod(key: string): PeriodRange {
  const q = QUARTER.exec(key);
  if (q) {
    const year = Number(q[1]);
    const firstMonth = (Number(q[2]) - 1) * 3 + 1;
    const from = `${year}-${String(firstMonth).padStart(2, '0')}-01`;
    const next = firstMonth + 3 > 12 ? `${year + 1}-01-01` : `${year}-${String(firstMonth + 3).padStart(2, '0')}-01`;
    return { key, kind: StatisticsPeriod.QUARTER, from, to: addDays(next, -1) };
  }
  const m = MONTH.exec(key);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const from = `${year}-${m[2]}-01`;
    const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
    return { key, kind: StatisticsPeriod.MONTH, from, to: addDays(next, -1) };
  }
  throw new RangeError(`not a period: ${key}`);
}

/** The period `now` falls in (in the business time zone), as a quarter or a month. */
export function currentPeriod(kind: StatisticsPeriod, now: Date): PeriodRange {
  return parsePeriod(periodOf(toLocalDate(now), kind));
}

/** The period after this one (2026Q4 → 2027Q1, 2026-12 → 2027-01). */
export function nextPeriod(key: string): string {
  const range = parsePeriod(key);
  return periodOf(addDays(range.to, 1), range.kind);
}

/** 于下一季度10日前统一交由服务中心存档: archiving is due on the 10th day of the next period. */
export function archiveDueDate(key: string): string {
  return addDays(parsePeriod(nextPeriod(key)).from, 9);
}
