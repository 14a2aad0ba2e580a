import { formatSerialCode, formatTicketNumber, formatWorkbookNumber, parseSerialCode, parseWorkbookNumber } from '@hf/shared';

describe('archive numbering', () => {
  it('should format ticket numbers as project code, received date and daily sequence', () => {
    expect(formatTicketNumber('A01', '2026-02-14', 1)).toBe('A01-20260214-001');
    expect(formatTicketNumber('A01', '2026-02-14', 1234)).toBe('A01-20260214-1234');
  });

  it('should format callback serial codes per project and year and read them back', () => {
    expect(formatSerialCode('A01', 2026, 1)).toBe('HF-A01-2026-000001');
    expect(parseSerialCode('HF-A01-2026-000042')).toEqual({ projectCode: 'A01', year: 2026, sequence: 42 });
    expect(parseSerialCode('HF-a01-2026-42')).toBeNull();
  });

  it('should format workbook numbers counting exports of the quarter', () => {
    expect(formatWorkbookNumber('A01', '2026Q3', 1)).toBe('HFB-A01-2026Q3-01');
    expect(formatWorkbookNumber('A01', '2026Q3', 123)).toBe('HFB-A01-2026Q3-123');
  });

  it('should read workbook numbers back, for quarters and (seed 001) months', () => {
    expect(parseWorkbookNumber('HFB-A01-2026Q3-01')).toEqual({ projectCode: 'A01', period: '2026Q3', sequence: 1 });
    expect(parseWorkbookNumber('HFB-B02-2026-07-12')).toEqual({ projectCode: 'B02', period: '2026-07', sequence: 12 });
    expect(parseWorkbookNumber('HFB-A01-2026Q5-01')).toBeNull();
    expect(parseWorkbookNumber('HF-A01-2026-000001')).toBeNull();
  });
});
