import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Anchor, CallbackPurpose, CallbackStatus, Channel, ErrorCode, formatSerialCode, formatTicketNumber, LEDGER_COLUMNS, type LedgerCell, LedgerKind, mappingProblems,
  MAX_LEDGER_ROWS, msg, normalisePhone, suggestMapping, textOrNull, TicketStatus, toLocalDate,
} from '@hf/shared';
import type { Viewer } from '../../core/caller';
import { writeCollectedCreates } from '../audit/history.subscriber';
import { notifyChange } from '../events/notify';
import { DomainError, failure } from '../../core/domain-error';
import { COUNTER_SCOPE, nextSequence } from '../numbering/code-counter';
import { Owner } from '../owners/owner.entity';
import { Department, Project } from '../projects/project.entity';
import { User } from '../users/user.entity';
import type { ImportSource } from './import-source';
import { LedgerImport, LedgerImportState } from './ledger-import.entity';
import { type LedgerRowValues, keepsNumber, type RowContext, type RowProblem, rowProblems, rowValues, ticketKey } from './ledger-import.rules';
import { type LedgerRow, readLedger } from './ledger-reader';

/**
 * 导入历史台账: upload → stage (every row kept as read) → check (every row through the typed row's rules, duplicates,
 * rows this file imported before) → the clerk confirms or fixes the mapping → write (one transaction; all valid rows,
 * or none when the clerk chose all-or-nothing and a row has errors).
 */

export enum ImportRowStatus {
  VALID = 'VALID',
  INVALID = 'INVALID',
  DUPLICATE = 'DUPLICATE',
  /** this row of this file is in the project already (a second import of the same file) */
  IMPORTED = 'IMPORTED',
  /** written by this import */
  WRITTEN = 'WRITTEN',
}

const BATCH = 1000;

/** Stages an uploaded file: its header row, a proposed mapping, every data row as read (no validation yet). */
export async function stageLedgerImport(
  em: EntityManager,
  viewer: Viewer,
  input: { projectId: number; kind: LedgerKind; fileName: string; filePath: string; sha256: string; byteSize: number },
  now = new Date(),
): Promise<LedgerImport> {
  const rows = readLedger(input.filePath);
  const first = await rows.next();
  if (first.done) throw DomainError.of(ErrorCode.BAD_USER_INPUT, 'file', msg('import.noRows'));
  const headers = headerRow(first.value);
  return em.transactional(async (tx) => {
    const entry = tx.create(LedgerImport, {
      project: tx.getReference(Project, input.projectId),
      kind: input.kind,
      fileName: input.fileName.slice(0, 200),
      sha256: input.sha256,
      byteSize: input.byteSize,
      headers,
      mapping: suggestMapping(input.kind, headers),
      uploadedBy: tx.getReference(User, viewer.user.id),
      uploadedAt: now,
    });
    await tx.flush();
    let batch: LedgerRow[] = [];
    let total = 0;
    const write = async () => {
      if (!batch.length) return;
      await tx.execute(
        `insert into ledger_import_row (import_id, row_number, cells)
         select ?, (x ->> 'n')::int, x -> 'c' from jsonb_array_elements(?::jsonb) x`,
        [entry.id, JSON.stringify(batch.map((r) => ({ n: r.rowNumber, c: r.cells.slice(0, headers.length) })))],
      );
      batch = [];
    };
    for await (const row of rows) {
      batch.push(row);
      total += 1;
      if (batch.length >= BATCH) await write();
    }
    await write();
    if (total === 0) throw DomainError.of(ErrorCode.BAD_USER_INPUT, 'file', msg('import.noRows'));
    if (total > MAX_LEDGER_ROWS) throw DomainError.of(ErrorCode.BAD_USER_INPUT, 'file', msg('import.tooManyRows', { max: MAX_LEDGER_ROWS }));
    entry.rowsTotal = total;
    await tx.flush();
    // a mapping that lacks a required column waits for the clerk (mappingProblems in the preview); the rows are checked then
    if (!mappingProblems(entry.kind, entry.mapping).length) await checkLedgerImport(tx, entry, now);
    return entry;
  });
}

/** The header row as names; an empty name between named columns is a merged or missing header (refused). */
function headerRow(row: LedgerRow): string[] {
  const names = row.cells.map((c) => (c === null ? '' : typeof c === 'object' ? '' : String(c).trim()));
  while (names.length && names[names.length - 1] === '') names.pop();
  if (!names.length) throw DomainError.of(ErrorCode.BAD_USER_INPUT, 'file', msg('import.noHeader'));
  const empty = names.findIndex((n) => n === '');
  if (empty >= 0) throw DomainError.of(ErrorCode.BAD_USER_INPUT, 'file', msg('import.headerMerged', { column: empty + 1 }));
  return names;
}

/** What the rules need of the project, read once per check. */
async function rowContext(em: EntityManager, projectId: number, now: Date): Promise<RowContext & { project: Project }> {
  const project = await em.findOneOrFail(Project, projectId);
  const departments = await em.find(Department, { project: projectId });
  const archived = await em.execute<{ period: string; from: string; to: string }[]>(
    `select period, to_char(from_date, 'YYYY-MM-DD') as "from", to_char(to_date, 'YYYY-MM-DD') as "to" from archived_period where project_id = ?`, [projectId]);
  return { project, now, unitFormat: { pattern: project.unitPattern, example: project.unitExample }, departments: new Set(departments.map((d) => d.name)), archived };
}

interface CheckedRow {
  rowNumber: number;
  values: LedgerRowValues;
  status: ImportRowStatus;
  problems: RowProblem[];
}

/**
 * Checks every row of a staged import (in batches of its rows, in file order) and keeps each row's status and
 * problems beside it. Duplicates: a ticket number the project has (or an earlier row has), or the same owner, unit,
 * summary and day received as a ticket of the project or an earlier row.
 */
export async function checkLedgerImport(em: EntityManager, entry: LedgerImport, now: Date, onBatch?: (rows: CheckedRow[]) => Promise<void>): Promise<Record<ImportRowStatus, number>> {
  const ctx = await rowContext(em, entry.project.id, now);
  const problems = mappingProblems(entry.kind, entry.mapping);
  if (problems.length) throw new DomainError(problems.map((p) => failure(ErrorCode.BAD_USER_INPUT, 'mapping', p)));
  const existing = await em.execute<{ number: string; owner_name: string; unit: string; summary: string; day: string }[]>(
    `select number, owner_name, unit, summary, to_char((received_at at time zone 'Asia/Shanghai')::date, 'YYYY-MM-DD') as day
       from ticket where project_id = ? and status <> 'VOIDED'`, [entry.project.id]);
  const numbers = new Map(existing.map((t) => [t.number, 'project']));
  const keys = new Map(existing.map((t) => [[t.owner_name.trim(), t.unit.trim(), t.summary.trim(), t.day].join('\u0001'), t.number]));
  const imported = new Set((await em.execute<{ row: number }[]>(
    `select (import_source ->> 'row')::int as row from ticket where project_id = ? and import_source ->> 'sha256' = ?`, [entry.project.id, entry.sha256],
  )).map((r) => Number(r.row)));
  const columnOfField = (field: string) => { const i = entry.mapping.indexOf(field); return i >= 0 ? i : null; };
  const counts = { VALID: 0, INVALID: 0, DUPLICATE: 0, IMPORTED: 0, WRITTEN: 0 } as Record<ImportRowStatus, number>;
  let after = 0;
  for (;;) {
    const rows = await em.execute<{ row_number: number; cells: LedgerCell[] }[]>(
      `select row_number, cells from ledger_import_row where import_id = ? and row_number > ? order by row_number limit ?`, [entry.id, after, BATCH]);
    if (!rows.length) break;
    const outcomes: { n: number; s: ImportRowStatus; p: RowProblem[] }[] = [];
    const checked: CheckedRow[] = [];
    for (const row of rows) {
      after = row.row_number;
      const { values, problems: cellProblems } = rowValues(entry.kind, entry.mapping, row.cells);
      const ruleProblems = rowProblems(entry.kind, values, ctx, columnOfField).filter((p) => !cellProblems.some((c) => c.field === p.field));
      const all = [...cellProblems, ...ruleProblems];
      let status = all.length ? ImportRowStatus.INVALID : ImportRowStatus.VALID;
      if (imported.has(row.row_number)) status = ImportRowStatus.IMPORTED;
      else if (status === ImportRowStatus.VALID) {
        const number = values.number?.trim() || null;
        const key = ticketKey(values);
        const where = (number && numbers.get(number)) || null;
        const same = key ? keys.get(key) : undefined;
        if (number && where) {
          status = ImportRowStatus.DUPLICATE;
          all.push({ column: columnOfField('number'), field: 'number', code: ErrorCode.CONFLICT, ...messageOf(msg('import.duplicateNumber', { number, where: where === 'project' ? '本项目' : where })) });
        } else if (same !== undefined) {
          status = ImportRowStatus.DUPLICATE;
          all.push({ column: null, field: 'summary', code: ErrorCode.CONFLICT, ...messageOf(msg('import.duplicateTicket', { where: same.startsWith('第') ? same : `工单 ${same}` })) });
        }
        if (number) numbers.set(number, `第 ${row.row_number} 行`);
        if (key && !keys.has(key)) keys.set(key, `第 ${row.row_number} 行`);
      }
      counts[status] += 1;
      outcomes.push({ n: row.row_number, s: status, p: all });
      checked.push({ rowNumber: row.row_number, values, status, problems: all });
    }
    await em.execute(
      `update ledger_import_row r set status = x.s, problems = x.p
         from jsonb_to_recordset(?::jsonb) as x(n int, s text, p jsonb) where r.import_id = ? and r.row_number = x.n`,
      [JSON.stringify(outcomes), entry.id],
    );
    if (onBatch) await onBatch(checked);
  }
  return counts;
}

function messageOf(message: ReturnType<typeof msg>): { message: string; messageKey: string } {
  const f = failure(ErrorCode.CONFLICT, 'x', message);
  return { message: f.message, messageKey: f.messageKey ?? message.key };
}

/** The clerk's mapping: one of our columns (or none) per column of the file; the rows are checked again. */
export async function setLedgerImportMapping(em: EntityManager, viewer: Viewer, id: number, mapping: (string | null)[], now = new Date()): Promise<LedgerImport> {
  return em.transactional(async (tx) => {
    const entry = await stagedImport(tx, viewer, id);
    if (mapping.length !== entry.headers.length) throw DomainError.of(ErrorCode.BAD_USER_INPUT, 'mapping', msg('common.invalidInput'));
    entry.mapping = mapping.map((m) => (m ? m : null));
    await tx.flush();
    await checkLedgerImport(tx, entry, now);
    return entry;
  });
}

async function stagedImport(em: EntityManager, viewer: Viewer, id: number): Promise<LedgerImport> {
  const entry = await em.findOne(LedgerImport, id);
  if (!entry || !viewer.projectIds.includes(entry.project.id)) throw DomainError.of(ErrorCode.NOT_FOUND, 'id');
  if (entry.state !== LedgerImportState.STAGED) throw DomainError.of(ErrorCode.INVALID_STATE, 'id', msg('import.notStaged'));
  return entry;
}

/**
 * 导入: writes the valid rows in one transaction, in file order — a ticket per row (its ledger number kept when it is
 * one of ours for that day and free, else a new one, the old kept as 原编号), and for 《业主回访记录表》 its callback
 * with the next serial codes of the project, recorded as the paper says and CLOSED (done on paper; 原编号 kept).
 * Duplicates and rows this file imported before are skipped; all-or-nothing writes none while a row has errors.
 * Every written row carries its import source (file, SHA-256, row), kept in its CREATE history record too.
 */
export async function commitLedgerImport(em: EntityManager, viewer: Viewer, id: number, options: { allOrNothing: boolean }, now = new Date()) {
  return em.transactional(async (tx) => {
    const entry = await stagedImport(tx, viewer, id);
    await tx.execute('select 1 from ledger_import where id = ? for update', [entry.id]);
    const project = await tx.findOneOrFail(Project, entry.project.id);
    // checked again inside the transaction: what the preview said may have changed (a ticket typed meanwhile)
    const kept = new Map<string, number>();
    const counts = await checkLedgerImport(tx, entry, now, async (rows) => {
      for (const row of rows) {
        if (row.status !== ImportRowStatus.VALID || !keepsNumber(project.code, row.values.number, row.values.receivedAt)) continue;
        const day = toLocalDate(row.values.receivedAt!).replace(/-/g, '');
        kept.set(day, Math.max(kept.get(day) ?? 0, Number(row.values.number!.trim().slice(-3))));
      }
    });
    if (options.allOrNothing && counts.INVALID > 0) throw DomainError.of(ErrorCode.BAD_USER_INPUT, 'allOrNothing', msg('import.hasErrors', { count: counts.INVALID }));
    // the days' counters move past every kept number first, so no new number of this import (or typed later) takes one
    if (kept.size) {
      await tx.execute(
        `insert into code_counter (project_id, scope, period, value) select ?, ?, d, v from unnest(?::text[], ?::int[]) as x(d, v)
         on conflict (project_id, scope, period) do update set value = greatest(code_counter.value, excluded.value)`,
        [project.id, COUNTER_SCOPE.ticket, `{${[...kept.keys()].join(',')}}`, `{${[...kept.values()].join(',')}}`],
      );
    }
    const cache: WriteCache = {
      projectId: project.id, projectCode: project.code,
      departments: new Map((await tx.find(Department, { project: project.id })).map((d) => [d.name, d.id])),
      owners: new Map((await tx.execute<{ id: number; unit: string; name: string }[]>(`select id, unit, name from owner where project_id = ?`, [project.id])).map((o) => [`${o.unit}\u0001${o.name}`, o.id])),
    };
    let written = 0;
    let after = 0;
    for (;;) {
      const rows = await tx.execute<{ row_number: number; cells: LedgerCell[] }[]>(
        `select row_number, cells from ledger_import_row where import_id = ? and status = 'VALID' and row_number > ? order by row_number limit ?`, [entry.id, after, BATCH]);
      if (!rows.length) break;
      after = rows[rows.length - 1].row_number;
      await writeBatch(tx, viewer, entry, rows.map((r) => ({ rowNumber: r.row_number, values: rowValues(entry.kind, entry.mapping, r.cells).values })), cache, now);
      await tx.execute(`update ledger_import_row set status = 'WRITTEN' where import_id = ? and status = 'VALID' and row_number between ? and ?`, [entry.id, rows[0].row_number, after]);
      written += rows.length;
    }
    const done = await tx.findOneOrFail(LedgerImport, entry.id);
    done.state = LedgerImportState.IMPORTED;
    done.importedBy = tx.getReference(User, viewer.user.id, { wrapped: true });
    done.importedAt = now;
    done.importedRows = written;
    await tx.flush();
    return { entry: done, written, counts };
  });
}

interface WriteCache {
  projectId: number;
  projectCode: string;
  departments: Map<string, number>;
  /** "unit␁name" → owner id */
  owners: Map<string, number>;
}

/**
 * One batch of valid rows, in file order: the new ticket numbers of each day and the callbacks' serial codes taken in
 * one statement each (ranges of the gapless counters, in this transaction), then the rows written in one flush and
 * the unit of work cleared (a 50,000-row file never holds more than a batch in memory).
 */
async function writeBatch(
  em: EntityManager,
  viewer: Viewer,
  entry: LedgerImport,
  rows: { rowNumber: number; values: LedgerRowValues }[],
  cache: WriteCache,
  now: Date,
): Promise<void> {
  const { projectId, projectCode } = cache;
  const dayOf = (v: LedgerRowValues) => toLocalDate(v.receivedAt!).replace(/-/g, '');
  const fresh = rows.filter((r) => !keepsNumber(projectCode, r.values.number, r.values.receivedAt));
  const perDay = new Map<string, number>();
  for (const r of fresh) perDay.set(dayOf(r.values), (perDay.get(dayOf(r.values)) ?? 0) + 1);
  const next = new Map<string, number>();
  if (perDay.size) {
    const ranges = await em.execute<{ period: string; value: number }[]>(
      `insert into code_counter (project_id, scope, period, value) select ?, ?, d, n from unnest(?::text[], ?::int[]) as x(d, n)
       on conflict (project_id, scope, period) do update set value = code_counter.value + excluded.value returning period, value`,
      [projectId, COUNTER_SCOPE.ticket, `{${[...perDay.keys()].join(',')}}`, `{${[...perDay.values()].join(',')}}`],
    );
    for (const r of ranges) next.set(r.period, r.value - perDay.get(r.period)! + 1);
  }
  const year = Number(toLocalDate(now).slice(0, 4));
  let serial = 0;
  if (entry.kind === LedgerKind.CALLBACKS) {
    const [range] = await em.execute<{ value: number }[]>(
      `insert into code_counter (project_id, scope, period, value) values (?, ?, ?, ?)
       on conflict (project_id, scope, period) do update set value = code_counter.value + excluded.value returning value`,
      [projectId, COUNTER_SCOPE.callback, String(year), rows.length],
    );
    serial = range.value - rows.length + 1;
  }
  // new owners first (their ids go on the tickets), then the tickets, then their callbacks: three multi-row inserts
  const ownerRows: { project: number; name: string; unit: string; phone: string | null }[] = [];
  const ownerIndex = new Map<string, number>();
  const plans = rows.map(({ rowNumber, values: v }) => {
    const ownerName = v.ownerName!.trim();
    const unit = v.unit!.trim();
    const phone = v.phone ? normalisePhone(v.phone) : null;
    const ownerKey = `${unit}\u0001${ownerName}`;
    if (!cache.owners.has(ownerKey) && !ownerIndex.has(ownerKey)) {
      ownerIndex.set(ownerKey, ownerRows.length);
      ownerRows.push({ project: projectId, name: ownerName, unit, phone });
    }
    return { rowNumber, v, ownerName, unit, phone, ownerKey };
  });
  if (ownerRows.length) {
    const ids = await em.insertMany(ownerRows.map((o) => em.create(Owner, o, { persist: false })));
    ownerRows.forEach((o, i) => cache.owners.set(`${o.unit}\u0001${o.name}`, Number(ids[i])));
  }
  const tickets = plans.map(({ rowNumber, v, ownerName, unit, phone, ownerKey }) => {
    const receivedOn = toLocalDate(v.receivedAt!);
    const ledgerNumber = v.number?.trim() || null;
    let number: string;
    if (ledgerNumber && keepsNumber(projectCode, ledgerNumber, v.receivedAt)) number = ledgerNumber;
    else {
      const day = dayOf(v);
      const sequence = next.get(day)!;
      next.set(day, sequence + 1);
      number = formatTicketNumber(projectCode, receivedOn, sequence);
    }
    const importSource: ImportSource = {
      importId: entry.id, fileName: entry.fileName, sha256: entry.sha256, row: rowNumber, importedAt: now.toISOString(),
      originalNumber: ledgerNumber && ledgerNumber !== number ? ledgerNumber : null,
    };
    return {
      project: projectId, number, kind: v.kind!, severity: v.severity, owner: cache.owners.get(ownerKey)!, ownerName, unit, phone,
      channel: v.channel ?? Channel.PHONE, receivedAt: v.receivedAt!,
      department: (v.department ? cache.departments.get(v.department) : undefined) ?? null,
      category: textOrNull(v.category), summary: v.summary!.trim(), handler: textOrNull(v.handler), handlingResult: textOrNull(v.handlingResult),
      startedAt: null, completedAt: v.completedAt, contractStart: null, contractEnd: null,
      // done on paper: closed; a ledger row not completed yet stays open
      status: v.completedAt ? TicketStatus.CLOSED : TicketStatus.OPEN,
      voidReason: null, voidedAt: null, createdBy: viewer.user.id, createdAt: now, updatedAt: now, version: 1, importSource,
    };
  });
  const ticketIds = await insertRows(em, 'ticket', 'number', tickets.map((t) => t.number), TICKET_COLUMNS, tickets);
  const history: unknown[][] = tickets.map((t, i) => ['Ticket', ticketIds[i], projectId, JSON.stringify(snapshotOf({ id: ticketIds[i], ...t })), viewer.user.id, null, null]);
  if (entry.kind === LedgerKind.CALLBACKS) {
    const year = Number(toLocalDate(now).slice(0, 4));
    const callbacks = plans.map(({ v }, i) => {
      const anchorDate = toLocalDate(v.completedAt!);
      const performedOn = toLocalDate(v.performedAt!);
      const sequence = serial + i;
      return {
        project: projectId, ticket: ticketIds[i], serialCode: formatSerialCode(projectCode, year, sequence), serialYear: year, serialNumber: sequence,
        stageIndex: null, purpose: CallbackPurpose.MANUAL, anchor: Anchor.COMPLETED, anchorDate,
        // the paper's window is not known: from the completion to the day it was performed
        windowFrom: anchorDate, windowTo: performedOn > anchorDate ? performedOn : anchorDate,
        assignee: null, coAssignee: null, methods: v.methods, performedAt: v.performedAt, visitors: textOrNull(v.visitors),
        qualityEvaluation: textOrNull(v.qualityEvaluation), serviceEvaluation: textOrNull(v.serviceEvaluation), satisfaction: v.satisfaction,
        satisfactionScore: v.satisfactionScore, shortcomings: textOrNull(v.shortcomings), suggestions: textOrNull(v.suggestions), result: v.result,
        ownerConfirmation: v.ownerConfirmation ?? null, recordedAt: now, recordedBy: viewer.user.id,
        handlerAtRecording: textOrNull(v.handler), departmentAtRecording: textOrNull(v.department), reviewOpinion: textOrNull(v.reviewOpinion),
        // done on paper: nothing left to do in the back-office
        status: CallbackStatus.CLOSED, closedAt: now, createdBy: viewer.user.id, createdAt: now, updatedAt: now, version: 1,
        importSource: { ...tickets[i].importSource, originalNumber: null, originalSerial: textOrNull(v.originalSerial) },
      };
    });
    const callbackIds = await insertRows(em, 'callback', 'serial_code', callbacks.map((c) => c.serialCode), CALLBACK_COLUMNS, callbacks);
    callbacks.forEach((c, i) => history.push(['Callback', callbackIds[i], projectId, JSON.stringify(snapshotOf({ id: callbackIds[i], ...c })), viewer.user.id, null, null]));
    for (let i = 0; i < callbackIds.length; i += 500) await notifyChange(em, { kind: 'row', entityType: 'Callback', ids: callbackIds.slice(i, i + 500), projectId });
  }
  // the CREATE history records, as the history subscriber writes them for a typed row (who, the row as first written)
  await writeCollectedCreates(em, history);
  // the open sheets hear of the rows like of any saved row (NOTIFY payloads of at most 500 ids); no business events:
  // imported records are history, not news, for other systems
  for (let i = 0; i < ticketIds.length; i += 500) await notifyChange(em, { kind: 'row', entityType: 'Ticket', ids: ticketIds.slice(i, i + 500), projectId });
  // nothing of the batch stays in the unit of work: a 50,000-row file holds one batch in memory at a time
  em.clear();
}

/** Columns written for an imported row: the property, the column and its SQL type (jsonb_to_recordset reads them). */
type ColumnSpec = [property: string, column: string, type: string];
const TICKET_COLUMNS: ColumnSpec[] = [
  ['project', 'project_id', 'int'], ['number', 'number', 'text'], ['kind', 'kind', 'text'], ['severity', 'severity', 'text'], ['owner', 'owner_id', 'int'],
  ['ownerName', 'owner_name', 'text'], ['unit', 'unit', 'text'], ['phone', 'phone', 'text'], ['channel', 'channel', 'text'],
  ['receivedAt', 'received_at', 'timestamptz'], ['department', 'department_id', 'int'], ['category', 'category', 'text'], ['summary', 'summary', 'text'],
  ['handler', 'handler', 'text'], ['handlingResult', 'handling_result', 'text'], ['completedAt', 'completed_at', 'timestamptz'], ['status', 'status', 'text'],
  ['createdBy', 'created_by_id', 'int'], ['createdAt', 'created_at', 'timestamptz'], ['updatedAt', 'updated_at', 'timestamptz'], ['version', 'version', 'int'],
  ['importSource', 'import_source', 'jsonb'],
];
const CALLBACK_COLUMNS: ColumnSpec[] = [
  ['project', 'project_id', 'int'], ['ticket', 'ticket_id', 'int'], ['serialCode', 'serial_code', 'text'], ['serialYear', 'serial_year', 'int'],
  ['serialNumber', 'serial_number', 'int'], ['purpose', 'purpose', 'text'], ['anchor', 'anchor', 'text'], ['anchorDate', 'anchor_date', 'date'],
  ['windowFrom', 'window_from', 'date'], ['windowTo', 'window_to', 'date'], ['methods', 'methods', 'text[]'], ['performedAt', 'performed_at', 'timestamptz'],
  ['visitors', 'visitors', 'text'], ['qualityEvaluation', 'quality_evaluation', 'text'], ['serviceEvaluation', 'service_evaluation', 'text'],
  ['satisfaction', 'satisfaction', 'text'], ['satisfactionScore', 'satisfaction_score', 'int'], ['shortcomings', 'shortcomings', 'text'],
  ['suggestions', 'suggestions', 'text'], ['result', 'result', 'text'], ['ownerConfirmation', 'owner_confirmation', 'text'],
  ['recordedAt', 'recorded_at', 'timestamptz'], ['recordedBy', 'recorded_by_id', 'int'], ['handlerAtRecording', 'handler_at_recording', 'text'],
  ['departmentAtRecording', 'department_at_recording', 'text'], ['reviewOpinion', 'review_opinion', 'text'], ['status', 'status', 'text'],
  ['closedAt', 'closed_at', 'timestamptz'], ['createdBy', 'created_by_id', 'int'], ['createdAt', 'created_at', 'timestamptz'],
  ['updatedAt', 'updated_at', 'timestamptz'], ['version', 'version', 'int'], ['importSource', 'import_source', 'jsonb'],
];

/**
 * One multi-row insert of a batch (INSERT … SELECT from the rows as JSON), the new ids given back in the order of the
 * rows by their unique key (ticket number, serial code), never by the order RETURNING happens to use.
 */
async function insertRows(em: EntityManager, table: string, key: string, keys: string[], columns: ColumnSpec[], rows: Record<string, unknown>[]): Promise<number[]> {
  const json = rows.map((row) => Object.fromEntries(columns.map(([property, column]) => [column, row[property] instanceof Date ? (row[property] as Date).toISOString() : (row[property] ?? null)])));
  const names = columns.map(([, column]) => `"${column}"`).join(', ');
  const inserted = await em.execute<{ id: number; key: string }[]>(
    `insert into "${table}" (${names}) select ${names} from jsonb_to_recordset(?::jsonb) as x(${columns.map(([, column, type]) => `"${column}" ${type}`).join(', ')})
     returning id, "${key}" as key`,
    [JSON.stringify(json)],
  );
  const ids = new Map(inserted.map((r) => [r.key, Number(r.id)]));
  return keys.map((k) => ids.get(k)!);
}

/** A created row as the history keeps it: its properties, dates as ISO text (as HistorySubscriber.afterCreate). */
function snapshotOf(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === 'version' || key === 'updatedAt') continue;
    out[key] = value instanceof Date ? value.toISOString() : value === undefined ? null : value;
  }
  return out;
}

/** The columns of a ledger kind, for the mapping and the template. */
export const ledgerColumns = (kind: LedgerKind) => LEDGER_COLUMNS[kind];
