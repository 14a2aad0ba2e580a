// Archive numbering of the seeds: every ticket, callback and workbook carries a code.

const PROJECT_CODE = /^[A-Z][A-Z0-9]{1,7}$/;

export function isProjectCode(code: string): boolean {
  return PROJECT_CODE.test(code);
}

/** A01-20260214-001: project code, received date, daily sequence. */
export function formatTicketNumber(projectCode: string, receivedOn: string, sequence: number): string {
  return `${projectCode}-${receivedOn.replace(/-/g, '')}-${String(sequence).padStart(3, '0')}`;
}

/** HF-A01-2026-000001: unique and gapless per project and year. */
export function formatSerialCode(projectCode: string, year: number, sequence: number): string {
  return `HF-${projectCode}-${year}-${String(sequence).padStart(6, '0')}`;
}

export function parseSerialCode(code: string): { projectCode: string; year: number; sequence: number } | null {
  const m = /^HF-([A-Z][A-Z0-9]{1,7})-(\d{4})-(\d{6,})$/.exec(code);
  return m ? { projectCode: m[1], year: Number(m[2]), sequence: Number(m[3]) } : null;
}

/** HFB-A01-2026Q3-01: the last part counts exports of that period. */
export function formatWorkbookNumber(projectCode: string, period: string, sequence: number): string {
  return `HFB-${projectCode}-${period}-${String(sequence).padStart(2, '0')}`;
}

export function parseWorkbookNumber(number: string): { projectCode: string; period: string; sequence: number } | null {
  const m = /^HFB-([A-Z][A-Z0-9]{1,7})-(\d{4}Q[1-4]|\d{4}-(?:0[1-9]|1[0-2]))-(\d{2,})$/.exec(number);
  return m ? { projectCode: m[1], period: m[2], sequence: Number(m[3]) } : null;
}
