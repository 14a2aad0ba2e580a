import {
  CALLBACK_STATUS_LABELS, CONFIRMATION_LABELS, MAX_LABEL_LENGTH, MAX_TEXT_LENGTH, METHOD_LABELS, RESULT_LABELS, SATISFACTION_LABELS,
  TICKET_KIND_LABELS, type CallbackEditableField, CallbackMethod, isOwnerOnlyValue, type Language, OwnerConfirmation, OWNER_VERDICT_LABELS,
} from '@hf/shared';
import type { CallbackRowFragment } from '../api/generated/graphql';
import type { ValueKind } from '../grid/cell-values';
import type { CellNote, SheetColumn } from '../grid/sheet-types';
import type { MessageKey } from '../i18n/messages';
import { callbackNotes } from './notes';
import { CALLBACK_COLUMNS, columnLabel } from '../i18n/columns';
import { translate } from '../i18n/i18n';
import { attemptsCell } from './attempts';
import { carriedOverCell } from './carried-over';

type Row = CallbackRowFragment;

const STAFF_METHODS = Object.values(CallbackMethod).filter((m) => !isOwnerOnlyValue('methods', [m]));
const STAFF_CONFIRMATIONS = Object.values(OwnerConfirmation).filter((c) => !isOwnerOnlyValue('ownerConfirmation', c));

const text = (maxLength: number): ValueKind => ({ type: 'text', maxLength });

/**
 * The columns of 《业主回访记录表》 in the paper form's order; record columns are editable by role and state. 缺点与不足
 * offers the project's common reasons (项目设置).
 */
export function callbackColumns(
  language: Language,
  editable: (field: CallbackEditableField) => (row: Row) => boolean,
  period: string | null,
  commonShortcomings: readonly string[],
): SheetColumn<Row>[] {
  const t = (key: MessageKey, values?: Record<string, string | number>) => translate(language, key, values);
  // the row's gaps and warnings, once per row object (the grid asks per cell and per redraw)
  const notes = new WeakMap<Row, Map<string, CellNote>>();
  const noteOf = (field: string) => (row: Row) => {
    let map = notes.get(row);
    if (!map) notes.set(row, (map = callbackNotes(row, t)));
    return map.get(field) ?? null;
  };
  const h = (field: string) => columnLabel(CALLBACK_COLUMNS, field, language);
  const col = (field: string, value: (r: Row) => unknown, extra: Partial<SheetColumn<Row>> = {}): SheetColumn<Row> => ({
    field, header: h(field), kind: { type: 'text' }, value, ...extra,
  });
  const edit = (field: CallbackEditableField, kind: ValueKind, extra: Partial<SheetColumn<Row>> = {}): SheetColumn<Row> =>
    col(field, (r) => (r as Record<string, unknown>)[field] ?? null, { kind, editable: editable(field), note: noteOf(field), ...extra });
  return [
    col('serialCode', (r) => r.serialCode, { pinned: true, width: 160 }),
    col('ticketNumber', (r) => r.ticket.number, { pinned: true, width: 150 }),
    col('ownerName', (r) => r.ticket.ownerName, { pinned: true, width: 80 }),
    col('unit', (r) => r.ticket.unit, { width: 90 }),
    col('phone', (r) => r.ticket.phone, { width: 115 }),
    col('kind', (r) => r.ticket.kind, { kind: { type: 'enum', labels: TICKET_KIND_LABELS }, width: 90 }),
    col('summary', (r) => r.ticket.summary, { width: 200 }),
    col('windowFrom', (r) => r.windowFrom, { width: 105 }),
    col('windowTo', (r) => r.windowTo, { width: 105 }),
    col('assignee', (r) => [r.assignee?.displayName, r.coAssignee?.displayName].filter(Boolean).join('、'), { width: 95 }),
    col('status', (r) => r.status, { kind: { type: 'enum', labels: CALLBACK_STATUS_LABELS }, width: 85 }),
    // 跨期: still open when its period was archived — in a later period's sheet it is recorded here (补录)
    col('carriedOver', (r) => carriedOverCell(r, period, t), { width: 120 }),
    // 无人接听 / 约定稍后 so far, and the time agreed with the owner
    col('attemptCount', (r) => attemptsCell(r, t), { width: 120 }),
    // 线上 and 业主线上确认 show what the owner answered through a survey link; nobody types them (OWNER_ANSWER_RECORD)
    edit('methods', { type: 'enumList', labels: METHOD_LABELS, typed: STAFF_METHODS }, { select: true, width: 130 }),
    edit('performedAt', { type: 'dateTime' }, { width: 140 }),
    edit('visitors', text(MAX_LABEL_LENGTH), { width: 90 }),
    edit('qualityEvaluation', text(MAX_TEXT_LENGTH), { width: 130 }),
    edit('serviceEvaluation', text(MAX_TEXT_LENGTH), { width: 130 }),
    edit('satisfaction', { type: 'enum', labels: SATISFACTION_LABELS }, { select: true, width: 105 }),
    edit('satisfactionScore', { type: 'integer', min: 1, max: 10 }, { width: 70 }),
    edit('shortcomings', text(MAX_TEXT_LENGTH), { width: 150, suggestions: commonShortcomings }),
    edit('suggestions', text(MAX_TEXT_LENGTH), { width: 150 }),
    edit('result', { type: 'enum', labels: RESULT_LABELS }, { select: true, width: 90 }),
    edit('ownerConfirmation', { type: 'enum', labels: CONFIRMATION_LABELS, typed: STAFF_CONFIRMATIONS }, { select: true, width: 105 }),
    // 业主核实: the owner's answer to a confirmation link (已确认 / 有异议 with the owner's words)
    col('ownerVerdict', (r) => r.ownerVerdict ? `${OWNER_VERDICT_LABELS[r.ownerVerdict][language]}${r.ownerVerdictComment ? `：${r.ownerVerdictComment}` : ''}` : null, { width: 130 }),
    edit('reviewOpinion', text(MAX_TEXT_LENGTH), { width: 150 }),
    col('reviewedBy', (r) => r.reviewedBy?.displayName ?? null, { width: 80 }),
    col('reviewedAt', (r) => r.reviewedAt ?? null, { kind: { type: 'dateTime' }, width: 140 }),
    // the ticket's handler and department as they were when the callback was done (the ticket may change later)
    col('handlerAtRecording', (r) => r.handlerAtRecording ?? null, { width: 110 }),
    col('departmentAtRecording', (r) => r.departmentAtRecording ?? null, { width: 120 }),
    edit('handlingOpinion', text(MAX_TEXT_LENGTH), { width: 160 }),
    edit('followUp', text(MAX_TEXT_LENGTH), { width: 130 }),
    // 作废: the row stays with its code; why, and (改派) why it changed hands
    col('voidReason', (r) => r.voidReason ?? null, { width: 120 }),
    col('reassignReason', (r) => r.reassignReason ?? null, { header: t('reassignReasonColumn'), width: 110 }),
  ];
}

