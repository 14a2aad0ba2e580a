// Business dates are local dates in the business time zone: China Standard Time (UTC+8, no daylight saving).
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

const wallClock = new Intl.DateTimeFormat('en-US', {
  timeZone: BUSINESS_TIME_ZONE, hourCycle: 'h23',
  year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
});

/** The wall clock of an instant in the business time zone. */
export function businessWallClock(instant: Date): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const part: Record<string, number> = {};
  for (const p of wallClock.formatToParts(instant)) if (p.type !== 'literal') part[p.type] = Number(p.value);
  return { year: part.year, month: part.month, day: part.day, hour: part.hour, minute: part.minute, second: part.second };
}

/** Minutes the business time zone is ahead of UTC at an instant (480 in Asia/Shanghai), read from Intl's time-zone data. */
export function businessUtcOffsetMinutes(instant: Date = new Date()): number {
  const w = businessWallClock(instant);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The offset of the business time zone (it keeps no daylight saving, so one number serves SQL and date arithmetic). */
export const BUSINESS_UTC_OFFSET_MINUTES = businessUtcOffsetMinutes(new Date(Date.UTC(2026, 0, 1)));

/** The instant of a wall-clock time in the business time zone (month 1–12). */
export function businessInstant(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  return new Date(asUtc - businessUtcOffsetMinutes(new Date(asUtc)) * 60_000);
}

/** YYYY-MM-DD of an instant, as seen in the business time zone. */
export function toLocalDate(instant: Date, offsetMinutes = BUSINESS_UTC_OFFSET_MINUTES): string {
  return new Date(instant.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: string): boolean {
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function parts(date: string): [number, number, number] {
  if (!isLocalDate(date)) throw new RangeError(`not a date: ${date}`);
  const [y, m, d] = date.split('-').map(Number);
  return [y, m, d];
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Calendar months; the day is clamped to the month's end (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const firstOfTarget = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth(), Math.min(d, lastDay)))
    .toISOString()
    .slice(0, 10);
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  const [y1, m1, d1] = parts(a);
  const [y2, m2, d2] = parts(b);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** The instant at which a local date starts, in the business time zone. */
export function startOfLocalDate(date: string, offsetMinutes = BUSINESS_UTC_OFFSET_MINUTES): Date {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d) - offsetMinutes * 60_000);
}
