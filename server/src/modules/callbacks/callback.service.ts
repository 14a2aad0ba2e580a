import { LockMode } from '@mikro-orm/core';
import { validateSync } from 'class-validator';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  addDays, Anchor, CallbackEditableField, CallbackPurpose, CallbackStatus, canEditField, EDITABLE_FIELDS,
  CallbackRecordValues, ErrorCode, FieldError, fieldError, isInFuture, isOwnerOnlyValue, isRecordComplete, isWithinCorrectionWindow, msg, type Message, OwnerConfirmation, recordGaps,
  RecordWarning, recordWarnings, Role, TicketStatus, textOrNull, toLocalDate, validateCallbackRecord,
} from '@hf/shared';
import { textProblem } from '../../core/acceptable-text';
import type { Viewer } from '../../core/caller';
import { DomainError, Failure, forbidden, failure } from '../../core/domain-error';
import { standardMessage } from '../../core/error-messages';
import { assertCallbackOpen, assertOpen, callbackArchiveGuard } from '../archives/archive-guard';
import { Project } from '../projects/project.entity';
import { Ticket } from '../tickets/ticket.entity';
import { editLocked, lockForEdit, LockOptions } from '../../db/lock-for-edit';
import { User } from '../users/user.entity';
import { createCallbackRow, projectStaff } from './callback-scheduler';
import { Callback, CallbackAttempt } from './callback.entity';
import { CallbackPatch as CallbackPatchClass } from './callback.types';
import type { AddCallbackInput, CallbackActionInput, CallbackPatch, RecordAttemptInput, RecordCallbackResultInput } from './callback.types';
import { earliestPerformedAt } from './window';
import { reassignment, reassignmentRefusals } from './reassignment.rules';
import { attemptedStatus, CALLBACK_TRANSITIONS, CallbackAction, recordedStatus, reviewedStatus } from './callback.transitions';
import { TICKET_TRANSITIONS, TicketAction } from '../tickets/ticket.transitions';
import { allows, assertAllowed, transition } from '../../core/transitions';

const FAILED_ATTEMPT_OUTCOMES = new Set(['NO_ANSWER', 'BUSY', 'WRONG_NUMBER']);

/** The inputs with their ids decoded at the edge (graphql/arguments.ts). */
type WithId<T> = Omit<T, 'id'> & { id: number };
/** One row of a paste: its id decoded, or the refusal of a malformed one (that row only is refused). */
export type CallbackRowCommand = { id: number; version: number; patch: CallbackPatch } | { refused: Failure };
export type RecordCallbackResultCommand = WithId<RecordCallbackResultInput>;
export type CallbackActionCommand = WithId<CallbackActionInput>;
export type RecordAttemptCommand = WithId<RecordAttemptInput>;
export type AddCallbackCommand = Omit<AddCallbackInput, 'ticketId' | 'assigneeId'> & { ticketId: number; assigneeId: number | null };

/**
 * A callback is edited only while its period (of its anchor date) is not archived — or, archived, while it is carried
 * over, still open and within its window (archives/carry-over.rules.ts).
 */
const callbackEdit = (now: Date): LockOptions<Callback> => ({
  whenLocked: (callback, em) => assertCallbackOpen(em, callback, now),
});

/** The project manager an unqualified callback is escalated to (上报项目经理). */
export async function projectManagerOf(em: EntityManager, projectId: number): Promise<{ id: number } | null> {
  const staff = await projectStaff(em, projectId);
  const manager = staff.find((s) => s.role === Role.PROJECT_MANAGER);
  return manager ?? null;
}

/**
 * Review (审核) or escalation (上报): qualified records become REVIEWED; unqualified ones go to the project manager.
 * `managerOf` finds the project manager (a batch of reviews asks once per project).
 */
export async function review(
  em: EntityManager,
  callback: Callback,
  viewer: Viewer,
  opinion: string | null,
  now: Date,
  action: CallbackAction.REVIEW | CallbackAction.ESCALATE,
  managerOf: (projectId: number) => Promise<{ id: number } | null> = (projectId) => projectManagerOf(em, projectId),
) {
  const to = reviewedStatus(callback.result, action === CallbackAction.ESCALATE);
  callback.status = transition(CALLBACK_TRANSITIONS, action, callback.status, { to });
  callback.reviewOpinion = opinion ?? callback.reviewOpinion;
  callback.reviewedBy = em.getReference(User, viewer.user.id, { wrapped: true });
  callback.reviewedAt = now;
  if (to === CallbackStatus.ESCALATED) {
    callback.escalatedAt = now;
    const manager = await managerOf(callback.project.id);
    callback.escalatedTo = manager ? em.getReference(User, manager.id, { wrapped: true }) : null;
  }
}

/** 线上 and 业主线上确认 are the owner's own evidence (owner-links): a member of staff never types them in. */
function ownerOnlyRefusals(callback: Callback, patch: CallbackPatch): FieldError[] {
  const errors: FieldError[] = [];
  if (patch.methods && isOwnerOnlyValue('methods', patch.methods) && !isOwnerOnlyValue('methods', callback.methods)) {
    errors.push(fieldError('methods', ErrorCode.BAD_USER_INPUT, msg('ownerLink.ownerOnly')));
  }
  if (patch.ownerConfirmation && isOwnerOnlyValue('ownerConfirmation', patch.ownerConfirmation) && callback.ownerConfirmation !== patch.ownerConfirmation) {
    errors.push(fieldError('ownerConfirmation', ErrorCode.BAD_USER_INPUT, msg('ownerLink.ownerOnly')));
  }
  return errors;
}

/**
 * What a record is refused for, whoever fills it (a clerk in the grid, or the owner through a survey link): the paper
 * form's checks (validateCallbackRecord: score 1–10, not before the service was completed, not in the future) and,
 * when it must be complete, what it still lacks (recordGaps).
 */
export async function recordRefusals(
  em: EntityManager,
  callback: Callback,
  merged: CallbackRecordValues,
  now: Date,
  mustBeComplete: boolean,
): Promise<FieldError[]> {
  const ticket = await em.findOneOrFail(Ticket, callback.ticket.id);
  const earliest = earliestPerformedAt(callback.anchor ?? Anchor.COMPLETED, ticket);
  const ticketDone = [TicketStatus.COMPLETED, TicketStatus.CLOSED].includes(ticket.status) || callback.anchor === Anchor.STARTED || callback.anchor === Anchor.RECEIVED;
  const errors = validateCallbackRecord(merged, { earliestPerformedAt: ticketDone ? earliest : null, now });
  if (mustBeComplete && !isRecordComplete(merged)) {
    for (const gap of recordGaps(merged)) if (!errors.some((e) => e.field === gap.field)) errors.push(gap);
  }
  return errors;
}

/**
 * A planned callback whose record is now complete is done (DONE): when, by whom (null: the owner through a link), the
 * 回访人 unless written, and the ticket's handler and department as they were at that moment.
 */
export async function stampRecorded(
  em: EntityManager,
  callback: Callback,
  complete: boolean,
  recorder: { userId: number | null; visitors: string },
  now: Date,
): Promise<void> {
  const recorded = recordedStatus(callback.status, complete);
  if (recorded === callback.status) return;
  const ticket = await em.findOneOrFail(Ticket, callback.ticket.id);
  callback.status = recorded;
  callback.recordedAt = now;
  callback.recordedBy = recorder.userId === null ? null : em.getReference(User, recorder.userId, { wrapped: true });
  // the handler and department as they were when the callback was done
  callback.handlerAtRecording = ticket.handler;
  callback.departmentAtRecording = ticket.department ? ((await ticket.department.load())?.name ?? null) : null;
  callback.visitors ??= recorder.visitors;
}

/**
 * Applies one row's edits: every column must be editable by this person in this state, and the merged
 * record must be valid; otherwise nothing of the row is changed. Filling the record moves a planned
 * callback to DONE; the supervisor's opinion reviews it; the manager's opinion closes an escalation.
 */
async function applyPatch(
  em: EntityManager,
  viewer: Viewer,
  callback: Callback,
  patch: CallbackPatch,
  now: Date,
  requireComplete: boolean,
): Promise<FieldError[]> {
  const fields = (Object.keys(patch) as CallbackEditableField[]).filter(
    (f) => EDITABLE_FIELDS.includes(f) && (patch as Record<string, unknown>)[f] !== undefined,
  );
  const project = await em.findOneOrFail(Project, callback.project.id);
  const ownCorrection =
    callback.recordedBy?.id === viewer.user.id && isWithinCorrectionWindow(callback.recordedAt, project.correctionHours, now);
  const editContext = { role: viewer.user.role, status: callback.status, archived: false, withinOwnCorrectionWindow: ownCorrection };
  const errors: FieldError[] = fields
    .filter((field) => !canEditField(field, editContext))
    .map((field) => (fieldError(field, ErrorCode.FORBIDDEN, msg('callback.columnReadOnly'))));
  if (errors.length) return errors;

  const p = patch as Record<string, unknown>;
  const pick = <K extends keyof Callback>(key: K): Callback[K] => (p[key as string] !== undefined ? (p[key as string] as Callback[K]) : callback[key]);
  const merged = {
    methods: [...new Set(pick('methods') ?? [])],
    performedAt: pick('performedAt'),
    satisfaction: pick('satisfaction'),
    satisfactionScore: pick('satisfactionScore'),
    shortcomings: textOrNull(pick('shortcomings')),
    result: pick('result'),
  };
  errors.push(...ownerOnlyRefusals(callback, patch));
  const complete = isRecordComplete(merged);
  // a done record keeps what made it done; a planned one may stay incomplete (不满意 before 缺点与不足) and is not done yet
  const recordColumns = ['methods', 'performedAt', 'satisfaction', 'result', 'shortcomings'];
  const mustBeComplete = requireComplete || (callback.status !== CallbackStatus.PLANNED && fields.some((f) => recordColumns.includes(f)));
  errors.push(...(await recordRefusals(em, callback, merged, now, mustBeComplete)));
  if (errors.length) return errors;

  for (const field of fields) {
    const value = p[field];
    if (field === 'methods') callback.methods = merged.methods;
    else if (field === 'shortcomings') callback.shortcomings = merged.shortcomings;
    else if (typeof value === 'string' || value === null) (callback as unknown as Record<string, unknown>)[field] = typeof value === 'string' ? textOrNull(value) : null;
    else (callback as unknown as Record<string, unknown>)[field] = value;
  }
  await stampRecorded(em, callback, complete, { userId: viewer.user.id, visitors: viewer.user.displayName }, now);
  // in the grid, the supervisor's opinion reviews a done record; the manager's opinion is recorded (who, when) and the
  // escalation stays open for 跟进情况 until the manager closes it (关闭, or 提交处理意见并关闭 in the form)
  if (fields.includes('reviewOpinion') && allows(CALLBACK_TRANSITIONS, CallbackAction.REVIEW, callback.status)) {
    await review(em, callback, viewer, callback.reviewOpinion, now, CallbackAction.REVIEW);
  }
  if (fields.includes('handlingOpinion') && callback.status === CallbackStatus.ESCALATED) {
    callback.handlingBy = callback.handlingOpinion ? em.getReference(User, viewer.user.id, { wrapped: true }) : null;
    callback.handlingAt = callback.handlingOpinion ? now : null;
  }
  return [];
}

/** The warnings of a saved row (shared recordWarnings): its recorder is who recorded it, or who is filling it in now. */
function warningsOf(callback: Callback, viewer: Viewer, wasPlanned: boolean): RecordWarning[] {
  const assignees = [callback.assignee, callback.coAssignee]
    .filter((u): u is NonNullable<typeof u> => Boolean(u))
    .map((u) => ({ id: u.id, name: u.isInitialized() ? u.getEntity().displayName : String(u.id) }));
  return recordWarnings({
    performedAt: callback.performedAt,
    windowFrom: callback.windowFrom,
    windowTo: callback.windowTo,
    satisfaction: callback.satisfaction,
    shortcomings: callback.shortcomings,
    assignees,
    recorderId: callback.recordedBy?.id ?? (wasPlanned && callback.status === CallbackStatus.PLANNED ? viewer.user.id : null),
  });
}

/** A paste is at most this many rows (the grid pages 500). */
export const MAX_PASTED_ROWS = 1000;

/** The cells of one row that break a column's limit (the decorators of CallbackPatch, whose context is the catalogue message). */
export function cellErrors(patch: CallbackPatch): FieldError[] {
  const instance = patch instanceof CallbackPatchClass ? patch : Object.assign(new CallbackPatchClass(), patch);
  // a pasted cell's text is judged here, not for the whole request (api/input-text.ts): control characters first
  const textErrors = Object.entries(patch).flatMap(([column, value]) => {
    const problem = typeof value === 'string' ? textProblem(value) : null;
    return problem ? [fieldError(column, ErrorCode.BAD_USER_INPUT, problem)] : [];
  });
  // absent (undefined) and cleared (null) cells have no length to check
  const lengthErrors = validateSync(instance, { forbidUnknownValues: false, skipMissingProperties: true }).map((error) => {
    const [constraint] = Object.keys(error.constraints ?? {});
    const message = (constraint && (error.contexts?.[constraint] as Message | undefined)) || msg('common.invalidInput');
    return fieldError(error.property, ErrorCode.BAD_USER_INPUT, message);
  });
  return [...textErrors, ...lengthErrors.filter((e) => !textErrors.some((t) => t.field === e.field))];
}

export async function updateCallbacks(
  em: EntityManager,
  viewer: Viewer,
  rows: CallbackRowCommand[],
  now = new Date(),
): Promise<{ callbacks: Callback[]; savedCount: number; userErrors: Failure[]; warnings: (Omit<RecordWarning, 'field'> & { field: string[] })[] }> {
  if (rows.length > MAX_PASTED_ROWS) {
    throw DomainError.of(ErrorCode.BAD_USER_INPUT, 'rows', msg('callback.tooManyRows', { max: MAX_PASTED_ROWS }));
  }
  // every refusal names its cell ["rows", index, column] and refuses that row only; the other rows are still saved
  const userErrors: Failure[] = [];
  const refuse = (index: number, column: string, code: ErrorCode, message: Message) => userErrors.push(failure(code, ['rows', String(index), column], message));
  const firstIndexOf = new Map<number, number>();
  const ids = rows.map((row, index): number | null => {
    // a malformed id was refused at the edge (graphql/arguments.ts) for this row only
    if ('refused' in row) {
      userErrors.push(row.refused);
      return null;
    }
    const { id } = row;
    const first = firstIndexOf.get(id);
    if (first !== undefined) {
      refuse(index, 'id', ErrorCode.BAD_USER_INPUT, msg('callback.sameRowTwice', { row: first + 1 }));
      return null;
    }
    firstIndexOf.set(id, index);
    const cells = cellErrors(row.patch);
    for (const cell of cells) userErrors.push({ ...cell, field: ['rows', String(index), cell.field] });
    return cells.length ? null : id;
  });
  const valid = ids.filter((id): id is number => id !== null);
  if (!valid.length) return { callbacks: [], savedCount: 0, userErrors, warnings: [] };
  return em.transactional(async (tx) => {
    // lock every named row in id order (no deadlock between two pastes), then judge each row on its own
    const locked = await tx.find(Callback, { id: { $in: valid } }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } });
    const byId = new Map(locked.map((c) => [c.id, c]));
    // one statement for the tickets and projects of all rows (the rules read them row by row from the identity map)
    await tx.find(Ticket, { id: { $in: [...new Set(locked.map((c) => c.ticket.id))] } });
    await tx.find(Project, { id: { $in: [...new Set(locked.map((c) => c.project.id))] } });
    // and the assignees, whom a warning names
    const assigneeIds = [...new Set(locked.flatMap((c) => [c.assignee?.id, c.coAssignee?.id]).filter((id): id is number => id !== undefined))];
    if (assigneeIds.length) await tx.find(User, { id: { $in: assigneeIds } });
    const warnings: (Omit<RecordWarning, 'field'> & { field: string[] })[] = [];
    // a paste names many rows: the archived periods of their projects are read once
    const archiveRefusal = await callbackArchiveGuard(tx, locked);
    const today = toLocalDate(now);
    let savedCount = 0;
    for (const [index, row] of rows.entries()) {
      const id = ids[index];
      if (id === null || 'refused' in row) continue;
      const prefix = ['rows', String(index)];
      const callback = byId.get(id);
      if (!callback || !viewer.projectIds.includes(callback.project.id)) {
        userErrors.push(failure(ErrorCode.NOT_FOUND, [...prefix, 'id']));
        continue;
      }
      if (callback.version !== row.version) {
        userErrors.push(failure(ErrorCode.CONFLICT, [...prefix, 'version'], msg('callback.changedByOther', { code: callback.serialCode, from: row.version, to: callback.version })));
        continue;
      }
      const archived = archiveRefusal(callback, today);
      if (archived) {
        userErrors.push(failure(ErrorCode.ARCHIVED, [...prefix, 'id'], archived));
        continue;
      }
      const wasPlanned = callback.status === CallbackStatus.PLANNED;
      const errors = await applyPatch(tx, viewer, callback, row.patch, now, false);
      if (errors.length) userErrors.push(...errors.map((e) => ({ ...e, field: [...prefix, e.field] })));
      else {
        savedCount += 1;
        warnings.push(...warningsOf(callback, viewer, wasPlanned).map((w) => ({ ...w, field: [...prefix, w.field] })));
      }
    }
    await tx.flush();
    // errors in the order of the rows (the id checks above came first)
    userErrors.sort((a, b) => Number(a.field[1]) - Number(b.field[1]));
    return { callbacks: valid.map((id) => byId.get(id)).filter((c): c is Callback => Boolean(c) && viewer.projectIds.includes(c!.project.id)), savedCount, userErrors, warnings };
  });
}

/** 记录回访结果: the whole record at once; it must be complete. */
export async function recordCallbackResult(em: EntityManager, viewer: Viewer, input: RecordCallbackResultCommand, now = new Date()) {
  const { id, version, ...patch } = input;
  return editLocked(em, Callback, viewer, { id, version }, callbackEdit(now), async (tx, callback) => {
    assertAllowed(CALLBACK_TRANSITIONS, CallbackAction.RECORD, callback.status);
    const errors = await applyPatch(tx, viewer, callback, patch, now, true);
    if (errors.length) throw DomainError.fromFieldErrors(errors);
  });
}

export async function reviewCallback(em: EntityManager, viewer: Viewer, input: CallbackActionCommand, now = new Date()) {
  return editLocked(em, Callback, viewer, { id: input.id, version: input.version }, callbackEdit(now), async (tx, callback) => {
    await review(tx, callback, viewer, textOrNull(input.opinion), now, CallbackAction.REVIEW);
  });
}

export async function escalateCallback(em: EntityManager, viewer: Viewer, input: CallbackActionCommand, now = new Date()) {
  return editLocked(em, Callback, viewer, { id: input.id, version: input.version }, callbackEdit(now), async (tx, callback) => {
    await review(tx, callback, viewer, textOrNull(input.opinion), now, CallbackAction.ESCALATE);
  });
}

export async function writeHandlingOpinion(em: EntityManager, viewer: Viewer, input: CallbackActionCommand, now = new Date()) {
  return editLocked(em, Callback, viewer, { id: input.id, version: input.version }, callbackEdit(now), async (tx, callback) => {
    assertAllowed(CALLBACK_TRANSITIONS, CallbackAction.HANDLE, callback.status);
    if (!textOrNull(input.opinion)) throw DomainError.of(ErrorCode.BAD_USER_INPUT, 'opinion', msg('callback.opinionRequired'));
    const errors = await applyPatch(tx, viewer, callback, { handlingOpinion: input.opinion, followUp: input.followUp }, now, false);
    if (errors.length) throw DomainError.fromFieldErrors(errors.map((e) => ({ ...e, field: e.field === 'handlingOpinion' ? 'opinion' : e.field })));
    // the form is 提交处理意见并关闭: writing and closing in one step
    callback.status = transition(CALLBACK_TRANSITIONS, CallbackAction.HANDLE, callback.status);
    callback.closedAt = now;
  });
}

/**
 * 关闭: the supervisor closes a reviewed or unreachable callback; the project manager an escalated one once its handling
 * opinion is written (跟进情况 may be written until then — closing is the manager's decision, not a column's).
 */
export async function closeCallback(em: EntityManager, viewer: Viewer, input: CallbackActionCommand, now = new Date()) {
  return editLocked(em, Callback, viewer, { id: input.id, version: input.version }, callbackEdit(now), async (_tx, callback) => {
    assertAllowed(CALLBACK_TRANSITIONS, CallbackAction.CLOSE, callback.status, { role: viewer.user.role });
    if (callback.status === CallbackStatus.ESCALATED && !callback.handlingOpinion) {
      throw DomainError.of(ErrorCode.INVALID_STATE, 'id', msg('callback.opinionBeforeClose'));
    }
    callback.status = transition(CALLBACK_TRANSITIONS, CallbackAction.CLOSE, callback.status, { role: viewer.user.role });
    callback.closedAt = now;
  });
}

export async function voidCallback(em: EntityManager, viewer: Viewer, input: { id: number; version: number; reason: string }, now = new Date()) {
  if (!input.reason.trim()) throw DomainError.of(ErrorCode.BAD_USER_INPUT, 'reason', msg('common.giveReason'));
  return editLocked(em, Callback, viewer, { id: input.id, version: input.version }, callbackEdit(now), async (_tx, callback) => {
    callback.status = transition(CALLBACK_TRANSITIONS, CallbackAction.VOID, callback.status);
    callback.voidReason = input.reason.trim();
    callback.voidedAt = now;
  });
}

/**
 * 改派 only while the callback's period is open: its own guard, so that a later rule letting the open callbacks of an
 * archived period still be recorded (跨期) does not let them change hands too without saying so.
 */
const REASSIGN_EDIT: LockOptions<Callback> = {
  whenLocked: (callback, em) => assertOpen(em, callback.project.id, callback.anchorDate, 'id'),
};

export type ReassignCallbackCommand = { id: number; version: number; assigneeIds: number[]; reason?: string | null };

/**
 * 改派: the supervisor gives a planned callback to other clerks of its project, with an optional reason. The row keeps the
 * new people and the reason; the history keeps who had it before (and, in its first record, whom the rule proposed).
 * Refused in an archived period like every edit of the callback.
 */
export async function reassignCallback(em: EntityManager, viewer: Viewer, input: ReassignCallbackCommand) {
  return editLocked(em, Callback, viewer, { id: input.id, version: input.version }, REASSIGN_EDIT, async (tx, callback) => {
    assertAllowed(CALLBACK_TRANSITIONS, CallbackAction.REASSIGN, callback.status, { role: viewer.user.role });
    const current = { assigneeId: callback.assignee?.id ?? null, coAssigneeId: callback.coAssignee?.id ?? null };
    const refusals = reassignmentRefusals(input.assigneeIds, current, await projectStaff(tx, callback.project.id));
    if (refusals.length) throw new DomainError(refusals);
    const next = reassignment(input.assigneeIds);
    callback.assignee = tx.getReference(User, next.assigneeId!, { wrapped: true });
    callback.coAssignee = next.coAssigneeId === null ? null : tx.getReference(User, next.coAssigneeId, { wrapped: true });
    callback.reassignReason = textOrNull(input.reason);
  });
}

/** An attempt that reached nobody or was asked to call later; after the cap (default 3) the owner is 无法联系. */
export async function recordAttempt(em: EntityManager, viewer: Viewer, input: RecordAttemptCommand, now = new Date()) {
  const attemptedAt = input.attemptedAt ?? now;
  if (isInFuture(attemptedAt, now)) {
    throw DomainError.of(ErrorCode.BAD_USER_INPUT, 'attemptedAt', msg('callback.attemptInFuture'));
  }
  if (input.nextAttemptAt && input.nextAttemptAt.getTime() < attemptedAt.getTime()) {
    throw DomainError.of(ErrorCode.BAD_USER_INPUT, 'nextAttemptAt', msg('callback.nextAttemptBefore'));
  }
  return editLocked(em, Callback, viewer, { id: input.id, version: input.version }, callbackEdit(now), async (tx, callback) => {
    assertAllowed(CALLBACK_TRANSITIONS, CallbackAction.ATTEMPT, callback.status);
    if (viewer.user.role === Role.AUDITOR) throw forbidden('id');
    const project = await tx.findOneOrFail(Project, callback.project.id);
    const failed = await tx.count(CallbackAttempt, { callback: callback.id, outcome: { $in: [...FAILED_ATTEMPT_OUTCOMES] as never } });
    tx.create(CallbackAttempt, {
      callback,
      attemptedAt,
      attemptedBy: tx.getReference(User, viewer.user.id),
      outcome: input.outcome,
      note: textOrNull(input.note),
      nextAttemptAt: input.nextAttemptAt ?? null,
    });
    callback.attemptCount += 1;
    callback.nextAttemptAt = input.nextAttemptAt ?? null;
    const to = attemptedStatus(failed, FAILED_ATTEMPT_OUTCOMES.has(input.outcome), project.maxAttempts);
    callback.status = transition(CALLBACK_TRANSITIONS, CallbackAction.ATTEMPT, callback.status, { to });
    if (to === CallbackStatus.UNREACHABLE) {
      callback.ownerConfirmation = OwnerConfirmation.UNREACHABLE;
      callback.recordedAt = now;
      callback.recordedBy = tx.getReference(User, viewer.user.id, { wrapped: true });
    }
  });
}

/** A clerk may add any ticket to the callbacks by hand (window defaults to the next week). */
export async function addCallback(em: EntityManager, viewer: Viewer, input: AddCallbackCommand, now = new Date()): Promise<Callback> {
  return em.transactional(async (tx) => {
    const ticket = await lockForEdit(tx, Ticket, viewer, { id: input.ticketId, version: null }, { idField: 'ticketId' });
    assertAllowed(TICKET_TRANSITIONS, TicketAction.ADD_CALLBACK, ticket.status, { field: 'ticketId' });
    const anchorDate = ticket.completedAt ? toLocalDate(ticket.completedAt) : toLocalDate(now);
    await assertOpen(tx, ticket.project.id, anchorDate, 'ticketId');
    const from = input.windowFrom ?? (anchorDate > toLocalDate(now) ? anchorDate : toLocalDate(now));
    const to = input.windowTo ?? addDays(from, 7);
    if (to < from) throw DomainError.of(ErrorCode.BAD_USER_INPUT, 'windowTo', msg('callback.windowEndsBeforeStart'));
    let assigneeId: number | null = viewer.user.id;
    if (input.assigneeId) {
      assigneeId = input.assigneeId;
      const staff = await projectStaff(tx, ticket.project.id);
      if (!staff.some((s) => s.id === assigneeId)) throw DomainError.of(ErrorCode.BAD_USER_INPUT, 'assigneeId', msg('callback.notProjectStaff'));
    }
    const project = await tx.findOneOrFail(Project, ticket.project.id);
    return createCallbackRow(tx, {
      project, ticket, stageIndex: null, purpose: CallbackPurpose.MANUAL, anchor: Anchor.COMPLETED,
      window: { anchorDate, from, to }, assigneeId, coAssigneeId: null, actorId: viewer.user.id, now,
    });
  });
}
