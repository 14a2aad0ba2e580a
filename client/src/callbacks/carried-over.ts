import type { CallbackRowFragment } from '../api/generated/graphql';
import type { MessageKey } from '../i18n/messages';

type Row = CallbackRowFragment;

/** 跨期 in a later period's sheet (from which archived period), 转下期补录 in the archived period's own; empty otherwise. */
export function carriedOverCell(row: Pick<Row, 'carriedOverFrom'>, period: string | null, t: (key: MessageKey, values?: Record<string, string | number>) => string): string | null {
  if (!row.carriedOverFrom) return null;
  return row.carriedOverFrom === period ? t('carriedToNext') : t('carriedFrom', { period: row.carriedOverFrom });
}

/** A row carried over into the period the sheet shows (not its own). */
export const isCarriedIn = (row: Pick<Row, 'carriedOverFrom'>, period: string | null): boolean => Boolean(row.carriedOverFrom) && row.carriedOverFrom !== period;
