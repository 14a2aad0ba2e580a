/** A cell by its displayed position (after sorting and filtering). */
export interface CellPosition {
  rowIndex: number;
  colIndex: number;
}

/** One cell's change: what it was when the clerk changed it, and what they wanted. */
export interface CellChange {
  rowId: string;
  field: string;
  before: unknown;
  after: unknown;
}

export const cellKey = (rowId: string, field: string): string => `${rowId}\u0000${field}`;

/** Values compare as the server stores them: arrays by content, empty text as nothing. */
export function sameValue(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => (v === undefined || v === '' ? null : v);
  const x = norm(a);
  const y = norm(b);
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => v === y[i]);
  return x === y;
}
