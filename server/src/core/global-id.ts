/** Rows are PostgreSQL integers: a larger number is not an id (and must not reach SQL as one). */
export const MAX_ROW_ID = 2_147_483_647;

/** Relay global IDs: opaque, typed, e.g. base64url("Callback:42"). */
export function encodeGlobalId(typeName: string, id: number): string {
  return Buffer.from(`${typeName}:${id}`, 'utf8').toString('base64url');
}

export function decodeGlobalId(globalId: string): { typeName: string; id: number } | null {
  if (typeof globalId !== 'string' || globalId.length > 100 || !/^[A-Za-z0-9_-]+$/.test(globalId)) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const m = /^([A-Za-z]+):([1-9]\d{0,9})$/.exec(decoded);
  return m && Number(m[2]) <= MAX_ROW_ID ? { typeName: m[1], id: Number(m[2]) } : null;
}
