import { addMonths, archiveDueDate, nextPeriod, parsePeriod, periodOf, StatisticsPeriod, toLocalDate } from '@hf/shared';

describe('periods (季度 by default, 月 per seed 001)', () => {
  it('should place a date in its quarter and month', () => {
    expect(periodOf('2026-02-14')).toBe('2026Q1');
    expect(periodOf('2026-07-01')).toBe('2026Q3');
    expect(periodOf('2026-12-31')).toBe('2026Q4');
    expect(periodOf('2026-07-31', StatisticsPeriod.MONTH)).toBe('2026-07');
  });

  it('should give the first and last day of a quarter and of a month', () => {
    expect(parsePeriod('2026Q3')).toMatchObject({ from: '2026-07-01', to: '2026-09-30' });
    expect(parsePeriod('2026Q4')).toMatchObject({ from: '2026-10-01', to: '2026-12-31' });
    expect(parsePeriod('2024-02')).toMatchObject({ from: '2024-02-01', to: '2024-02-29' });
    expect(() => parsePeriod('2026Q5')).toThrow(RangeError);
  });

  it('should make archiving due on the 10th day of the next period', () => {
    expect(nextPeriod('2026Q4')).toBe('2027Q1');
    expect(archiveDueDate('2026Q3')).toBe('2026-10-10');
    expect(archiveDueDate('2026-12')).toBe('2027-01-10');
  });

  it('should count calendar months and clamp to the end of the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-30', 2)).toBe('2027-01-30');
  });

  it('should read business dates in China Standard Time', () => {
    expect(toLocalDate(new Date('2026-06-30T16:30:00Z'))).toBe('2026-07-01');
    expect(toLocalDate(new Date('2026-06-30T15:59:00Z'))).toBe('2026-06-30');
  });
});
