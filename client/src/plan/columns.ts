import { daysBetween, TICKET_KIND_LABELS, type Language } from '@hf/shared';
import type { CallbackRowFragment } from '../api/generated/graphql';
import { fitHeader } from '../grid/header-width';
import type { SheetColumn } from '../grid/sheet-types';
import { CALLBACK_COLUMNS, columnLabel } from '../i18n/columns';
import { translate } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { carriedOverCell } from '../callbacks/carried-over';

type Row = CallbackRowFragment;

/** The columns of 回访计划: who calls whom by when, read-only. */
export function planColumns(language: Language, today: string, period: string | null = null): SheetColumn<Row>[] {
  const t = (key: MessageKey, values?: Record<string, string | number>) => translate(language, key, values);
  const h = (field: string) => columnLabel(CALLBACK_COLUMNS, field, language);
  const col = (field: string, value: (r: Row) => unknown, extra: Partial<SheetColumn<Row>> = {}): SheetColumn<Row> => ({
    field, header: h(field), kind: { type: 'text' }, value, ...extra, width: fitHeader(h(field), extra.width),
  });
  return [
    col('assignee', (r) => [r.assignee?.displayName, r.coAssignee?.displayName].filter(Boolean).join('、'), { pinned: true, width: 100 }),
    col('serialCode', (r) => r.serialCode, { pinned: true, width: 160 }),
    col('windowFrom', (r) => r.windowFrom, { width: 105 }),
    col('windowTo', (r) => r.windowTo, { width: 105 }),
    col('daysLeft', (r) => daysBetween(today, r.windowTo), { kind: { type: 'integer', min: -9999, max: 9999 }, width: 90 }),
    col('ticketNumber', (r) => r.ticket.number, { width: 150 }),
    col('ownerName', (r) => r.ticket.ownerName, { width: 80 }),
    col('unit', (r) => r.ticket.unit, { width: 90 }),
    col('phone', (r) => r.ticket.phone, { width: 115 }),
    col('kind', (r) => r.ticket.kind, { kind: { type: 'enum', labels: TICKET_KIND_LABELS }, width: 90 }),
    col('summary', (r) => r.ticket.summary, { width: 220 }),
    col('attemptCount', (r) => r.attemptCount, { kind: { type: 'integer', min: 0, max: 99 }, width: 80 }),
    // 跨期: a callback of an archived earlier period, still to be called
    col('carriedOver', (r) => carriedOverCell(r, period, t), { width: 120 }),
  ];
}
