import { businessInstant, businessWallClock, type Language } from '@hf/shared';
import { formatDateTime } from '../grid/cell-values';
import type { MessageKey } from '../i18n/messages';

type T = (key: MessageKey, values?: Record<string, string | number>) => string;

/** The 尝试 column of a row: how many calls reached nobody or were put off, and the time agreed for the next one. */
export function attemptsCell(row: { attemptCount: number; nextAttemptAt?: string | null }, t: T): string | null {
  if (!row.attemptCount) return null;
  return row.nextAttemptAt ? t('attemptsWithNext', { count: row.attemptCount, at: formatDateTime(row.nextAttemptAt) }) : String(row.attemptCount);
}

/** After an attempt: "HF-A01-2026-000036 · 已尝试 2 次 · 约定 2026-12-05 14:00". */
export function attemptSummary(callback: { serialCode: string; attemptCount: number; nextAttemptAt?: string | null }, _language: Language, t: T): string {
  const parts = [callback.serialCode, t('attempts', { count: callback.attemptCount })];
  if (callback.nextAttemptAt) parts.push(t('agreedAt', { at: formatDateTime(callback.nextAttemptAt) }));
  return parts.join(' · ');
}

/** The value of a datetime-local picker ("2026-12-05T14:00"), read as 北京时间 like every time the clerk types. */
export function pickerToInstant(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  return businessInstant(y, mo, d, h, mi).toISOString();
}

/** A time as the picker shows it: the next full hour from `now`, in 北京时间. */
export function pickerDefault(now: Date): string {
  const next = businessWallClock(new Date(now.getTime() + 60 * 60 * 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${next.year}-${pad(next.month)}-${pad(next.day)}T${pad(next.hour)}:00`;
}
