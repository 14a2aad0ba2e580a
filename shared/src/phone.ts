/**
 * Phone numbers as Chinese owners give them: mobile 13812345678, landline 0755-12345678 (extension
 * allowed), or international +8613812345678. Returns the normalised form or null when it isn't one.
 */
export function normalisePhone(input: string): string | null {
  const compact = input.trim().replace(/[\s()]/g, '');
  if (/^(\+?86)?1[3-9]\d{9}$/.test(compact)) return compact.slice(-11);
  const landline = /^(0\d{2,3})-?(\d{7,8})(?:-(\d{1,6}))?$/.exec(compact);
  if (landline) return `${landline[1]}-${landline[2]}${landline[3] ? `-${landline[3]}` : ''}`;
  if (/^\+[1-9]\d{6,14}$/.test(compact)) return compact;
  return null;
}

/** 138****5678 — what callers without the right to personal data see. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '*'.repeat(phone.length);
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

/** 张** */
export function maskName(name: string): string {
  const chars = Array.from(name);
  return chars.length <= 1 ? '*' : chars[0] + '*'.repeat(chars.length - 1);
}

/** 3-*-**** — the building stays (enough for statistics by building), the unit and room do not. */
export function maskUnit(unit: string): string {
  const [building, ...rest] = unit.split('-');
  if (rest.length === 0) return '*'.repeat(Array.from(unit).length);
  return [building, ...rest.map((part) => '*'.repeat(Array.from(part).length))].join('-');
}
