import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { formatTicketNumber, normalisePhone, toLocalDate, ErrorCode, textOrNull } from '@hf/shared';
import { Caller, isTokenCaller, Viewer } from '../../core/caller';
import { DomainError } from '../../core/domain-error';
import { User } from '../users/user.entity';
import { Owner } from '../owners/owner.entity';
import { Department, Project } from '../projects/project.entity';
import { COUNTER_SCOPE, nextSequence } from '../numbering/code-counter';
import { scheduleCallbacks } from '../callbacks/callback-scheduler';
import type { Callback } from '../callbacks/callback.entity';
import { assertOpen } from '../archives/archive-guard';
import { voidOpenCallbacksOfTicket } from '../callbacks/callback-void';
import { lockForEdit } from '../../db/lock-for-edit';
import { Ticket } from './ticket.entity';
import { ticketDays, validateCompletion, validateTicket } from './ticket.rules';
import { TICKET_TRANSITIONS, TicketAction } from './ticket.transitions';
import { allows, assertAllowed, transition } from '../../core/transitions';
import type { CompleteTicketInput, CreateTicketInput, UpdateTicketInput, VoidInput } from './ticket.types';

/** The inputs with their ids decoded at the edge (graphql/arguments.ts). */
export type CreateTicketCommand = Omit<CreateTicketInput, 'projectId'> & { projectId: number };
export type UpdateTicketCommand = Omit<UpdateTicketInput, 'id'> & { id: number };
export type CompleteTicketCommand = Omit<CompleteTicketInput, 'id'> & { id: number };
export type VoidTicketCommand = Omit<VoidInput, 'id'> & { id: number };

async function findDepartment(em: EntityManager, projectId: number, name: string | null): Promise<Department | null> {
  if (!name) return null;
  const department = await em.findOne(Department, { project: projectId, name });
  if (!department) throw DomainError.of(ErrorCode.BAD_USER_INPUT, 'department', `本项目没有部门「${name}」 (no such department)`);
  return department;
}

async function findOrCreateOwner(em: EntityManager, projectId: number, name: string, unit: string, phone: string | null): Promise<Owner> {
  const existing = await em.findOne(Owner, { project: projectId, unit, name });
  if (existing) {
    if (phone && existing.phone !== phone) existing.phone = phone;
    return existing;
  }
  return em.create(Owner, { project: projectId, name, unit, phone });
}

/** Registers a ticket in a project of the caller's (the resolver checked the project: projectInput). */
export async function createTicket(em: EntityManager, viewer: Caller, input: CreateTicketCommand, now = new Date()): Promise<Ticket> {
  const projectId = input.projectId;
  const draft = {
    kind: input.kind,
    severity: input.severity ?? null,
    ownerName: input.ownerName?.trim() ?? '',
    unit: input.unit?.trim() ?? '',
    phone: textOrNull(input.phone),
    department: textOrNull(input.department),
    category: textOrNull(input.category),
    summary: input.summary?.trim() ?? '',
    receivedAt: input.receivedAt ?? now,
    contractStart: input.contractStart ?? null,
    contractEnd: input.contractEnd ?? null,
  };
  const errors = validateTicket(draft, now);
  if (!input.channel) errors.push({ field: 'channel', code: ErrorCode.BAD_USER_INPUT, message: '请选择受理渠道 (channel is required)' });
  if (errors.length) throw DomainError.fromFieldErrors(errors);
  return em.transactional(async (tx) => {
    const project = await tx.findOneOrFail(Project, projectId);
    const receivedOn = toLocalDate(draft.receivedAt);
    await assertOpen(tx, projectId, receivedOn, 'receivedAt');
    const department = await findDepartment(tx, projectId, draft.department);
    const phone = draft.phone ? normalisePhone(draft.phone) : null;
    const owner = await findOrCreateOwner(tx, projectId, draft.ownerName, draft.unit, phone);
    const sequence = await nextSequence(tx, projectId, COUNTER_SCOPE.ticket, receivedOn.replace(/-/g, ''));
    const ticket = tx.create(Ticket, {
      project,
      number: formatTicketNumber(project.code, receivedOn, sequence),
      kind: draft.kind,
      severity: draft.severity,
      owner,
      ownerName: draft.ownerName,
      unit: draft.unit,
      phone,
      channel: input.channel!,
      receivedAt: draft.receivedAt,
      department,
      category: draft.category,
      summary: draft.summary,
      handler: textOrNull(input.handler),
      handlingResult: textOrNull(input.handlingResult),
      contractStart: draft.contractStart,
      contractEnd: draft.contractEnd,
      // another system's ticket has no staff author; its history names the API token
      createdBy: isTokenCaller(viewer) ? null : tx.getReference(User, viewer.user.id),
    });
    await tx.flush();
    return ticket;
  });
}

export async function updateTicket(em: EntityManager, viewer: Viewer, input: UpdateTicketCommand, now = new Date()): Promise<Ticket> {
  return em.transactional(async (tx) => {
    const ticket = await lockForEdit(tx, Ticket, viewer, input);
    assertAllowed(TICKET_TRANSITIONS, TicketAction.UPDATE, ticket.status);
    await assertOpen(tx, ticket.project.id, ticketDays(ticket), 'id');
    if (input.receivedAt) await assertOpen(tx, ticket.project.id, toLocalDate(input.receivedAt), 'receivedAt');
    const department = input.department !== undefined ? textOrNull(input.department) : ((await ticket.department?.load())?.name ?? null);
    const draft = {
      kind: ticket.kind,
      severity: input.severity !== undefined ? input.severity : ticket.severity,
      ownerName: input.ownerName !== undefined ? (input.ownerName?.trim() ?? '') : ticket.ownerName,
      unit: input.unit !== undefined ? (input.unit?.trim() ?? '') : ticket.unit,
      phone: input.phone !== undefined ? textOrNull(input.phone) : ticket.phone,
      department,
      category: input.category !== undefined ? textOrNull(input.category) : ticket.category,
      summary: input.summary !== undefined ? (input.summary?.trim() ?? '') : ticket.summary,
      receivedAt: input.receivedAt ?? ticket.receivedAt,
      contractStart: input.contractStart !== undefined ? input.contractStart : ticket.contractStart,
      contractEnd: input.contractEnd !== undefined ? input.contractEnd : ticket.contractEnd,
    };
    const errors = validateTicket(draft, now);
    if (ticket.completedAt && draft.receivedAt > ticket.completedAt) {
      errors.push({ field: 'receivedAt', code: ErrorCode.BAD_USER_INPUT, message: '受理时间晚于完成时间 (received after completion)' });
    }
    if (errors.length) throw DomainError.fromFieldErrors(errors);
    const phone = draft.phone ? normalisePhone(draft.phone) : null;
    if (draft.ownerName !== ticket.ownerName || draft.unit !== ticket.unit || phone !== ticket.phone) {
      ticket.owner = ref(await findOrCreateOwner(tx, ticket.project.id, draft.ownerName, draft.unit, phone));
    }
    Object.assign(ticket, {
      severity: draft.severity,
      ownerName: draft.ownerName,
      unit: draft.unit,
      phone,
      category: draft.category,
      summary: draft.summary,
      receivedAt: draft.receivedAt,
      contractStart: draft.contractStart,
      contractEnd: draft.contractEnd,
    });
    const found = await findDepartment(tx, ticket.project.id, department);
    ticket.department = found ? ref(found) : null;
    if (input.handler !== undefined) ticket.handler = textOrNull(input.handler);
    if (input.handlingResult !== undefined) ticket.handlingResult = textOrNull(input.handlingResult);
    if (input.start && allows(TICKET_TRANSITIONS, TicketAction.START, ticket.status)) {
      ticket.status = transition(TICKET_TRANSITIONS, TicketAction.START, ticket.status);
      ticket.startedAt = now;
    }
    return ticket;
  });
}

/** 处理完毕: the ticket is done; the callbacks its policy and sampling call for are scheduled at once. */
export async function completeTicket(
  em: EntityManager,
  viewer: Viewer,
  input: CompleteTicketCommand,
  now = new Date(),
): Promise<{ ticket: Ticket; callbacks: Callback[] }> {
  return em.transactional(async (tx) => {
    const ticket = await lockForEdit(tx, Ticket, viewer, input);
    const completed = transition(TICKET_TRANSITIONS, TicketAction.COMPLETE, ticket.status);
    const completedAt = input.completedAt ?? now;
    const errors = validateCompletion(ticket.receivedAt, completedAt, now);
    if (errors.length) throw DomainError.fromFieldErrors(errors);
    // a ticket still open when its receiving period was archived carries over: its completion belongs to the new period
    await assertOpen(tx, ticket.project.id, toLocalDate(completedAt), 'completedAt');
    ticket.status = completed;
    ticket.completedAt = completedAt;
    ticket.startedAt ??= ticket.receivedAt;
    if (input.handler !== undefined) ticket.handler = textOrNull(input.handler);
    if (input.handlingResult !== undefined) ticket.handlingResult = textOrNull(input.handlingResult);
    const callbacks = await scheduleCallbacks(tx, ticket, viewer.user.id);
    await tx.flush();
    return { ticket, callbacks };
  });
}

export async function closeTicket(em: EntityManager, viewer: Viewer, id: number, version: number): Promise<Ticket> {
  return em.transactional(async (tx) => {
    const ticket = await lockForEdit(tx, Ticket, viewer, { id, version });
    const closed = transition(TICKET_TRANSITIONS, TicketAction.CLOSE, ticket.status);
    await assertOpen(tx, ticket.project.id, ticketDays(ticket), 'id');
    ticket.status = closed;
    return ticket;
  });
}

/** 作废: a ticket is never deleted; voiding keeps it (and its number) with the reason, and voids its open callbacks. */
export async function voidTicket(em: EntityManager, viewer: Viewer, input: VoidTicketCommand, now = new Date()): Promise<Ticket> {
  if (!input.reason.trim()) throw DomainError.of(ErrorCode.BAD_USER_INPUT, 'reason', '请填写作废原因 (give a reason)');
  return em.transactional(async (tx) => {
    const ticket = await lockForEdit(tx, Ticket, viewer, input);
    const voided = transition(TICKET_TRANSITIONS, TicketAction.VOID, ticket.status);
    await assertOpen(tx, ticket.project.id, ticketDays(ticket), 'id');
    ticket.status = voided;
    ticket.voidReason = input.reason.trim();
    ticket.voidedAt = now;
    await voidOpenCallbacksOfTicket(tx, ticket, `工单作废: ${ticket.voidReason}`, now);
    return ticket;
  });
}
