import { formatSerialCode, formatTicketNumber, formatWorkbookNumber, parseSerialCode } from '@hf/shared';

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
  });
});
