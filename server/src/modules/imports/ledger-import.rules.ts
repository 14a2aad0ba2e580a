import {
  type CallbackMethod, type CallbackResult, type Channel, type ComplaintSeverity, columnOf, ErrorCode, fieldError, type FieldError, isRecordComplete,
  LedgerKind, type LedgerCell, msg, type OwnerConfirmation, parseLedgerCell, recordGaps, type Satisfaction, type TicketKind, toLocalDate,
  validateCallbackRecord,
} from '@hf/shared';
import { type UnitFormat, validateTicket } from '../tickets/ticket.rules';

/** One ledger row as our columns' values (after parsing its cells). */
export interface LedgerRowValues {
  number: string | null;
  kind: TicketKind | null;
  severity: ComplaintSeverity | null;
  ownerName: string | null;
  unit: string | null;
  phone: string | null;
  channel: Channel | null;
  receivedAt: Date | null;
  department: string | null;
  category: string | null;
  summary: string | null;
  handler: string | null;
  handlingResult: string | null;
  completedAt: Date | null;
  originalSerial: string | null;
  methods: CallbackMethod[];
  performedAt: Date | null;
  visitors: string | null;
  qualityEvaluation: string | null;
  serviceEvaluation: string | null;
  satisfaction: Satisfaction | null;
  satisfactionScore: number | null;
  shortcomings: string | null;
  suggestions: string | null;
  result: CallbackResult | null;
  ownerConfirmation: OwnerConfirmation | null;
  reviewOpinion: string | null;
}

/** A problem of one cell: the file's column (0-based, null for the row) and the message. */
export interface RowProblem {
  column: number | null;
  field: string;
  code: ErrorCode;
  message: string;
  messageKey?: string;
}

const EMPTY: LedgerRowValues = {
  number: null, kind: null, severity: null, ownerName: null, unit: null, phone: null, channel: null, receivedAt: null, department: null,
  category: null, summary: null, handler: null, handlingResult: null, completedAt: null, originalSerial: null, methods: [], performedAt: null,
  visitors: null, qualityEvaluation: null, serviceEvaluation: null, satisfaction: null, satisfactionScore: null, shortcomings: null,
  suggestions: null, result: null, ownerConfirmation: null, reviewOpinion: null,
};

/** The row's cells through the mapping: each mapped cell parsed as its column (a refused cell is a problem of that cell). */
export function rowValues(kind: LedgerKind, mapping: readonly (string | null)[], cells: readonly LedgerCell[]): { values: LedgerRowValues; problems: RowProblem[] } {
  const values: Record<string, unknown> = { ...EMPTY, methods: [] };
  const problems: RowProblem[] = [];
  mapping.forEach((field, column) => {
    if (!field) return;
    const spec = columnOf(kind, field);
    if (!spec) return;
    const parsed = parseLedgerCell(spec, cells[column] ?? null);
    if (parsed.ok) values[field] = parsed.value;
    else {
      const error = fieldError(field, ErrorCode.BAD_USER_INPUT, parsed.message);
      problems.push({ column, field, code: error.code, message: error.message, messageKey: error.messageKey });
    }
  });
  return { values: values as unknown as LedgerRowValues, problems };
}

export interface RowContext {
  now: Date;
  unitFormat: UnitFormat;
  /** the project's departments by name */
  departments: ReadonlySet<string>;
  /** the archived periods' spans (business days, inclusive) with their names */
  archived: readonly { from: string; to: string; period: string }[];
}

/**
 * The checks of a typed row, on an imported one: the ticket's (validateTicket: required columns, unit format, phone,
 * complaint severity and department, repair category, not in the future) and, for a callback record, the record's
 * (validateCallbackRecord and recordGaps: performed after completion, not in the future, score 1–10, 缺点与不足 when
 * dissatisfied, complete) — and no day in an archived period.
 */
export function rowProblems(kind: LedgerKind, v: LedgerRowValues, ctx: RowContext, columnOfField: (field: string) => number | null): RowProblem[] {
  const errors: FieldError[] = [];
  if (!v.kind) errors.push(fieldError('kind', ErrorCode.BAD_USER_INPUT, msg('import.kindRequired')));
  else {
    errors.push(...validateTicket({
      kind: v.kind, severity: v.severity, ownerName: v.ownerName ?? '', unit: v.unit ?? '', phone: v.phone, department: v.department,
      category: v.category, summary: v.summary ?? '', receivedAt: v.receivedAt ?? new Date(Number.NaN), contractStart: null, contractEnd: null,
    }, ctx.now, ctx.unitFormat).filter((e) => e.field !== 'contractStart' && e.field !== 'contractEnd'));
  }
  if (!v.receivedAt) errors.push(fieldError('receivedAt', ErrorCode.BAD_USER_INPUT, msg('import.dateInvalid')));
  if (v.department && !ctx.departments.has(v.department)) errors.push(fieldError('department', ErrorCode.BAD_USER_INPUT, msg('ticket.noSuchDepartment', { name: v.department })));
  if (v.completedAt && v.receivedAt && v.completedAt.getTime() < v.receivedAt.getTime()) {
    errors.push(fieldError('completedAt', ErrorCode.BAD_USER_INPUT, msg('ticket.completedBeforeReceived')));
  }
  if (v.completedAt && v.completedAt.getTime() > ctx.now.getTime()) errors.push(fieldError('completedAt', ErrorCode.BAD_USER_INPUT, msg('ticket.completedInFuture')));
  if (kind === LedgerKind.CALLBACKS) {
    if (!v.completedAt) errors.push(fieldError('completedAt', ErrorCode.BAD_USER_INPUT, msg('callback.ticketNotCompleted')));
    const record = { methods: v.methods, performedAt: v.performedAt, satisfaction: v.satisfaction, satisfactionScore: v.satisfactionScore, shortcomings: v.shortcomings, result: v.result };
    errors.push(...validateCallbackRecord(record, { earliestPerformedAt: v.completedAt, now: ctx.now }).filter((e) => !(e.field === 'performedAt' && !v.completedAt)));
    if (!isRecordComplete(record)) for (const gap of recordGaps(record)) if (!errors.some((e) => e.field === gap.field)) errors.push(gap);
  }
  for (const [field, day] of [['receivedAt', v.receivedAt], ['completedAt', v.completedAt]] as const) {
    if (!day) continue;
    const date = toLocalDate(day);
    const archived = ctx.archived.find((a) => date >= a.from && date <= a.to);
    if (archived) errors.push(fieldError(field, ErrorCode.ARCHIVED, msg('import.archived', { period: archived.period })));
  }
  const seen = new Set<string>();
  return errors.filter((e) => (seen.has(`${e.field}:${e.message}`) ? false : (seen.add(`${e.field}:${e.message}`), true)))
    .map((e) => ({ column: columnOfField(e.field), field: e.field, code: e.code, message: e.message, messageKey: e.messageKey }));
}

/** The duplicate key of a ticket: the same owner, unit, summary and day received is the same ticket. */
export function ticketKey(v: Pick<LedgerRowValues, 'ownerName' | 'unit' | 'summary' | 'receivedAt'>): string | null {
  if (!v.ownerName || !v.unit || !v.summary || !v.receivedAt) return null;
  return [v.ownerName.trim(), v.unit.trim(), v.summary.trim(), toLocalDate(v.receivedAt)].join('\u0001');
}

/** A ledger's ticket number is kept when it is one of ours for this project and the day it was received. */
export function keepsNumber(projectCode: string, number: string | null, receivedAt: Date | null): boolean {
  if (!number || !receivedAt) return false;
  const day = toLocalDate(receivedAt).replace(/-/g, '');
  return new RegExp(`^${projectCode.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-${day}-\\d{3}$`).test(number.trim());
}
