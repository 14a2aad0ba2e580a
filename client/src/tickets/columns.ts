import {
  CHANNEL_LABELS, MAX_CODE_LENGTH, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, SEVERITY_LABELS, TICKET_KIND_LABELS, TICKET_STATUS_LABELS, TicketKind,
  type Language,
} from '@hf/shared';
import type { TicketRowFragment } from '../api/generated/graphql';
import type { ValueKind } from '../grid/cell-values';
import type { SheetColumn } from '../grid/sheet-types';
import { fitHeader } from '../grid/header-width';
import { columnLabel, TICKET_COLUMNS } from '../i18n/columns';

type Row = TicketRowFragment;

/** The columns of 工单登记 / 《客户投诉登记表》; the registration columns are editable by a ticket writer, severity on complaints only. */
export function ticketColumns(language: Language, canWrite: (row: Row) => boolean): SheetColumn<Row>[] {
  const h = (field: string) => columnLabel(TICKET_COLUMNS, field, language);
  const text = (maxLength: number): ValueKind => ({ type: 'text', maxLength });
  // every header whole ("业主/住户", not "业主/…"), in either language
  const col = (field: keyof Row & string, extra: Partial<SheetColumn<Row>> = {}): SheetColumn<Row> => ({
    field, header: h(field), kind: { type: 'text' }, value: (r) => r[field] ?? null, ...extra, width: fitHeader(h(field), extra.width),
  });
  return [
    col('number', { pinned: true, width: 150 }),
    col('ownerName', { pinned: true, width: 90, kind: text(MAX_NAME_LENGTH), editable: canWrite }),
    col('kind', { kind: { type: 'enum', labels: TICKET_KIND_LABELS }, width: 135 }),
    col('severity', { kind: { type: 'enum', labels: SEVERITY_LABELS }, select: true, width: 85, editable: (r) => canWrite(r) && r.kind === TicketKind.COMPLAINT }),
    col('unit', { kind: text(MAX_CODE_LENGTH), width: 95, editable: canWrite }),
    col('phone', { kind: text(MAX_CODE_LENGTH), width: 120, editable: canWrite }),
    col('channel', { kind: { type: 'enum', labels: CHANNEL_LABELS }, select: true, width: 75, editable: canWrite }),
    col('receivedAt', { kind: { type: 'dateTime' }, width: 140 }),
    col('department', { kind: text(MAX_NAME_LENGTH), width: 100, editable: canWrite }),
    col('category', { kind: text(MAX_NAME_LENGTH), width: 100, editable: canWrite }),
    col('summary', { kind: text(MAX_TEXT_LENGTH), width: 220, editable: canWrite }),
    col('handler', { kind: text(MAX_NAME_LENGTH), width: 125, editable: canWrite }),
    col('handlingResult', { kind: text(MAX_TEXT_LENGTH), width: 170, editable: canWrite }),
    col('completedAt', { kind: { type: 'dateTime' }, width: 140 }),
    col('status', { kind: { type: 'enum', labels: TICKET_STATUS_LABELS }, width: 80 }),
    // 作废: the ticket stays with its number, and says why
    col('voidReason', { width: 140 }),
  ];
}
