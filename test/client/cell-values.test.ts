import { formatDateTime, parseDateTime } from '../../client/src/grid/cell-values';

describe('grid date-times in 北京时间', () => {
  it('should show and read a time the same way both ways, across the day boundary', () => {
    expect(formatDateTime('2026-06-30T16:30:00.000Z')).toBe('2026-07-01 00:30');
    expect(parseDateTime('2026-07-01 00:30')).toBe('2026-06-30T16:30:00.000Z');
    expect(parseDateTime('2026/7/1')).toBe('2026-06-30T16:00:00.000Z');
  });

  it('should refuse a day or a time that does not exist', () => {
    expect(parseDateTime('2026-02-30 10:00')).toBeNull();
    expect(parseDateTime('2026-02-10 24:00')).toBeNull();
    expect(parseDateTime('2026-02-10 10:61')).toBeNull();
  });
});
