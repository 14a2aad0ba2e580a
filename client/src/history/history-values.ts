import type { Language } from '@hf/shared';
import { formatDateTime } from '../grid/cell-values';
import { translate } from '../i18n/i18n';

type Labels = Record<string, { 'zh-CN': string; en: string }>;

/** How one field's values read in the history: its enum labels, or the names of the people its ids stand for. */
export interface HistoryFieldFormat {
  labels?: Labels;
  people?: boolean;
}

/** The row id inside a global id (base64url "User:5" → 5): the history keeps a reference as the row id. */
export function rowIdOf(globalId: string): number | null {
  try {
    const decoded = atob(globalId.replace(/-/g, '+').replace(/_/g, '/'));
    const match = /^[A-Za-z]+:(\d+)$/.exec(decoded);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * One old or new value of a change as a person reads it: （无） for nothing, enum codes as their labels, people by name,
 * instants in local time, lists joined. Personal data arrives masked by the server exactly as in the row.
 */
export function historyValue(value: unknown, format: HistoryFieldFormat | undefined, people: ReadonlyMap<number, string>, language: Language): string {
  if (value === null || value === undefined || value === '') return translate(language, 'historyNone');
  if (Array.isArray(value)) return value.map((v) => historyValue(v, format, people, language)).join(language === 'en' ? ', ' : '、');
  if (format?.people && typeof value === 'number') return people.get(value) ?? `#${value}`;
  if (typeof value === 'string' && format?.labels?.[value]) return format.labels[value][language];
  if (typeof value === 'string' && ISO_INSTANT.test(value)) return formatDateTime(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
