import { addDays, parsePeriod, periodOf, type StatisticsPeriod } from '@hf/shared';

/** The last periods up to today (quarters, or months for a project that compiles monthly), newest first. */
export function recentPeriods(kind: StatisticsPeriod, today: string, count = 6): string[] {
  const periods: string[] = [];
  let key = periodOf(today, kind);
  for (let i = 0; i < count; i++) {
    periods.push(key);
    key = periodOf(addDays(parsePeriod(key).from, -1), kind);
  }
  return periods;
}

/** ?poll=N (seconds, 0 = off) sets how often rows changed by someone else are fetched; default 15 s. */
/** Live rows and bell over the WebSocket, unless `?live=0` (tests that need a sheet to stay as it was read). */
export function liveFrom(search: string): boolean {
  return new URLSearchParams(search).get('live') !== '0';
}

export function pollSecondsFrom(search: string): number {
  const raw = new URLSearchParams(search).get('poll');
  const n = raw === null ? 15 : Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : 15;
}
