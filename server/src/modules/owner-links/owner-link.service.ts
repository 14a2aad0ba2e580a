import crypto from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  addMonths, CallbackPurpose, CallbackStatus, ErrorCode, fieldError, type FieldError, maskUnit, msg, MAX_TEXT_LENGTH, OWNER_ANSWER_RECORD,
  OWNER_EVALUATION_CHOICES, OWNER_LINK_TOKEN_BYTES, OwnerLinkPurpose, OwnerLinkState, ownerAnswerResult, ownerLinkExpiry, ownerLinkRefusal,
  ownerLinkState, OwnerVerdict, Role, Satisfaction, TICKET_KIND_LABELS, textOrNull, toLocalDate,
} from '@hf/shared';
import { textProblem } from '../../core/acceptable-text';
import type { Caller } from '../../core/caller';
import { isTokenCaller } from '../../core/caller';
import { DomainError } from '../../core/domain-error';
import { assertCallbackOpen } from '../archives/archive-guard';
import { actorStorage } from '../audit/actor';
import { createCallbackRow, projectStaff } from '../callbacks/callback-scheduler';
import { Callback } from '../callbacks/callback.entity';
import { recordRefusals, stampRecorded } from '../callbacks/callback.service';
import { Project } from '../projects/project.entity';
import { Ticket } from '../tickets/ticket.entity';
import { User } from '../users/user.entity';
import { OwnerLink } from './owner-link.entity';

/** SHA-256 (hex) of a link's secret: the only form it is kept in. */
export function hashOwnerToken(token: string): string {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A secret is base64url of OWNER_LINK_TOKEN_BYTES random bytes; anything else is not worth a database lookup. */
export function looksLikeOwnerToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{22}$/.test(token);
}

/**
 * 发送回访链接 / 发送确认链接: a new one-time link for the callback's owner. A new link of the same purpose replaces
 * (revokes) the previous unused one, so only the last link sent works. Returns the secret once; it is not kept.
 */
export async function createOwnerLink(
  em: EntityManager,
  caller: Caller,
  input: { callbackId: number; purpose: OwnerLinkPurpose },
  now = new Date(),
): Promise<{ link: OwnerLink; token: string; callback: Callback; project: Project }> {
  return em.transactional(async (tx) => {
    const callback = await tx.findOne(Callback, input.callbackId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!callback || !caller.projectIds.includes(callback.project.id)) throw DomainError.of(ErrorCode.NOT_FOUND, 'callbackId');
    await assertCallbackOpen(tx, callback, now, 'callbackId');
    const refusal = ownerLinkRefusal(input.purpose, {
      status: callback.status, windowTo: callback.windowTo, methods: callback.methods, ownerVerdict: callback.ownerVerdict,
    }, now);
    if (refusal) throw DomainError.of(ErrorCode.INVALID_STATE, 'callbackId', refusal);
    const byUser = isTokenCaller(caller) ? null : caller.user.id;
    await tx.nativeUpdate(
      OwnerLink,
      { callback: callback.id, purpose: input.purpose, usedAt: null, revokedAt: null },
      { revokedAt: now, revokedBy: byUser === null ? null : tx.getReference(User, byUser) },
    );
    const token = crypto.randomBytes(OWNER_LINK_TOKEN_BYTES).toString('base64url');
    const link = tx.create(OwnerLink, {
      project: callback.project,
      callback,
      purpose: input.purpose,
      tokenHash: hashOwnerToken(token),
      createdBy: byUser === null ? null : tx.getReference(User, byUser),
      createdByTokenId: isTokenCaller(caller) ? caller.token.id : null,
      createdAt: now,
      expiresAt: ownerLinkExpiry(input.purpose, callback.windowTo, now),
    });
    await tx.flush();
    return { link, token, callback, project: await tx.findOneOrFail(Project, callback.project.id) };
  });
}

/** 撤销: the link stops working at once (a used or expired one stays as it was). */
export async function revokeOwnerLink(em: EntityManager, caller: Caller, id: number, now = new Date()): Promise<OwnerLink> {
  return em.transactional(async (tx) => {
    const link = await tx.findOne(OwnerLink, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!link || !caller.projectIds.includes(link.project.id)) throw DomainError.of(ErrorCode.NOT_FOUND, 'id', msg('ownerLink.notFound'));
    if (ownerLinkState(link, now) === OwnerLinkState.ACTIVE) {
      link.revokedAt = now;
      link.revokedBy = isTokenCaller(caller) ? null : tx.getReference(User, caller.user.id, { wrapped: true });
    }
    return link;
  });
}

/** Why the owner's page shows no form: the same page for unknown, used, revoked and expired links (no enumeration). */
export enum OwnerPageRefusal {
  UNAVAILABLE = 'UNAVAILABLE',
  ARCHIVED = 'ARCHIVED',
}

export class OwnerPageError extends Error {
  constructor(readonly refusal: OwnerPageRefusal, readonly fieldErrors: FieldError[] = []) {
    super(refusal);
  }
}

/** What the owner's page shows: no personal data beyond what the owner knows (a masked unit, no name, no phone). */
export interface OwnerPageView {
  purpose: OwnerLinkPurpose;
  projectName: string;
  kind: string;
  summary: string;
  /** the service's date (completed, else received), YYYY-MM-DD */
  date: string;
  unit: string;
  expiresAt: string;
  evaluationChoices: readonly string[];
  commonShortcomings: readonly string[];
  /** CONFIRM: what the clerk recorded */
  recorded: {
    performedAt: string | null;
    satisfaction: Satisfaction | null;
    satisfactionScore: number | null;
    qualityEvaluation: string | null;
    serviceEvaluation: string | null;
    shortcomings: string | null;
    suggestions: string | null;
  } | null;
}

/** The active link of this secret, locked for the answer (or for reading the page). */
async function activeLink(em: EntityManager, token: string, now: Date, lock: boolean): Promise<{ link: OwnerLink; callback: Callback }> {
  if (!looksLikeOwnerToken(token)) throw new OwnerPageError(OwnerPageRefusal.UNAVAILABLE);
  const link = await em.findOne(OwnerLink, { tokenHash: hashOwnerToken(token) }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  if (!link || ownerLinkState(link, now) !== OwnerLinkState.ACTIVE) throw new OwnerPageError(OwnerPageRefusal.UNAVAILABLE);
  const callback = await em.findOneOrFail(Callback, link.callback.id, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  // the callback moved on without the owner (a clerk recorded it, it was voided): the link has nothing left to answer
  const stillAnswerable = ownerLinkRefusal(link.purpose, {
    status: callback.status, windowTo: callback.windowTo, methods: callback.methods, ownerVerdict: callback.ownerVerdict,
  }, now) === null;
  if (!stillAnswerable) throw new OwnerPageError(OwnerPageRefusal.UNAVAILABLE);
  try {
    await assertCallbackOpen(em, callback, now);
  } catch (error) {
    if (error instanceof DomainError && error.extensions.code === ErrorCode.ARCHIVED) throw new OwnerPageError(OwnerPageRefusal.ARCHIVED);
    throw error;
  }
  return { link, callback };
}

export async function ownerPageView(em: EntityManager, token: string, now = new Date()): Promise<OwnerPageView> {
  const { link, callback } = await activeLink(em, token, now, false);
  const [ticket, project] = await Promise.all([em.findOneOrFail(Ticket, callback.ticket.id), em.findOneOrFail(Project, callback.project.id)]);
  return {
    purpose: link.purpose,
    projectName: project.name,
    kind: TICKET_KIND_LABELS[ticket.kind]['zh-CN'],
    summary: ticket.summary,
    date: toLocalDate(ticket.completedAt ?? ticket.receivedAt),
    unit: maskUnit(ticket.unit),
    expiresAt: link.expiresAt.toISOString(),
    evaluationChoices: OWNER_EVALUATION_CHOICES,
    commonShortcomings: project.commonShortcomings,
    recorded: link.purpose === OwnerLinkPurpose.CONFIRM
      ? {
          performedAt: callback.performedAt?.toISOString() ?? null,
          satisfaction: callback.satisfaction,
          satisfactionScore: callback.satisfactionScore,
          qualityEvaluation: callback.qualityEvaluation,
          serviceEvaluation: callback.serviceEvaluation,
          shortcomings: callback.shortcomings,
          suggestions: callback.suggestions,
        }
      : null,
  };
}

/** The owner's form as posted (JSON): every field checked here, nothing trusted. */
export interface OwnerSurveyAnswer {
  satisfaction?: unknown;
  satisfactionScore?: unknown;
  qualityEvaluation?: unknown;
  serviceEvaluation?: unknown;
  /** picked from the common reasons */
  reasons?: unknown;
  /** 缺点与不足 in the owner's words */
  shortcomings?: unknown;
  suggestions?: unknown;
}

export interface OwnerVerdictAnswer {
  verdict?: unknown;
  comment?: unknown;
}

const SATISFACTIONS = new Set<string>(Object.values(Satisfaction));

/** Free text of the owner: trimmed, at most MAX_TEXT_LENGTH, no control characters; absent or blank is null. */
function ownerText(field: string, value: unknown, errors: FieldError[]): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    errors.push(fieldError(field, ErrorCode.BAD_USER_INPUT, msg('ownerLink.badRequest')));
    return null;
  }
  const problem = textProblem(value);
  if (problem) errors.push(fieldError(field, ErrorCode.BAD_USER_INPUT, problem));
  else if (Array.from(value).length > MAX_TEXT_LENGTH) errors.push(fieldError(field, ErrorCode.BAD_USER_INPUT, msg('text.tooLong', { max: MAX_TEXT_LENGTH })));
  return textOrNull(value);
}

/** The owner's answer as the record's columns (before the record's own checks, which are the clerk's: recordRefusals). */
export function surveyRecord(answer: OwnerSurveyAnswer, commonShortcomings: readonly string[]): { errors: FieldError[]; values: {
  satisfaction: Satisfaction | null; satisfactionScore: number | null; qualityEvaluation: string | null; serviceEvaluation: string | null;
  shortcomings: string | null; suggestions: string | null;
} } {
  const errors: FieldError[] = [];
  const satisfaction = typeof answer.satisfaction === 'string' && SATISFACTIONS.has(answer.satisfaction) ? (answer.satisfaction as Satisfaction) : null;
  if (!satisfaction) errors.push(fieldError('satisfaction', ErrorCode.BAD_USER_INPUT, msg('ownerLink.satisfactionRequired')));
  let satisfactionScore: number | null = null;
  if (answer.satisfactionScore !== undefined && answer.satisfactionScore !== null && answer.satisfactionScore !== '') {
    satisfactionScore = typeof answer.satisfactionScore === 'number' ? answer.satisfactionScore : Number.NaN;
  }
  const reasons = Array.isArray(answer.reasons) ? answer.reasons : answer.reasons === undefined || answer.reasons === null ? [] : null;
  if (reasons === null || reasons.some((r) => typeof r !== 'string' || !commonShortcomings.includes(r)) || (reasons && reasons.length > commonShortcomings.length)) {
    errors.push(fieldError('reasons', ErrorCode.BAD_USER_INPUT, msg('ownerLink.badRequest')));
  }
  const ownWords = ownerText('shortcomings', answer.shortcomings, errors);
  const picked = [...new Set((reasons ?? []).filter((r): r is string => typeof r === 'string' && commonShortcomings.includes(r)))];
  const shortcomings = textOrNull([...picked, ...(ownWords ? [ownWords] : [])].join('；'));
  return {
    errors,
    values: {
      satisfaction,
      satisfactionScore,
      qualityEvaluation: ownerText('qualityEvaluation', answer.qualityEvaluation, errors),
      serviceEvaluation: ownerText('serviceEvaluation', answer.serviceEvaluation, errors),
      shortcomings,
      suggestions: ownerText('suggestions', answer.suggestions, errors),
    },
  };
}

/** Runs `work` as the owner of this link: history records the link's id as who made the change. */
function asOwner<T>(linkId: number, work: () => Promise<T>): Promise<T> {
  return actorStorage.run({ userId: null, apiTokenId: null, ownerLinkId: linkId }, work);
}

/**
 * 业主线上回访: the owner's own answer records the callback like a clerk's record — the same checks (recordRefusals),
 * the same change to DONE, the handler snapshot — with method 线上, 签名确认 = 业主线上确认, performed now, and the
 * result 合格 unless the owner is dissatisfied (an unqualified record then goes to the project manager at review,
 * as every unqualified record does). The link is used up in the same transaction.
 */
export async function answerOwnerSurvey(em: EntityManager, token: string, answer: OwnerSurveyAnswer, now = new Date()): Promise<void> {
  await em.transactional(async (tx) => {
    const { link, callback } = await activeLink(tx, token, now, true);
    if (link.purpose !== OwnerLinkPurpose.SURVEY) throw new OwnerPageError(OwnerPageRefusal.UNAVAILABLE);
    const project = await tx.findOneOrFail(Project, callback.project.id);
    const { errors, values } = surveyRecord(answer, project.commonShortcomings);
    const merged = {
      methods: [...OWNER_ANSWER_RECORD.methods],
      performedAt: now,
      satisfaction: values.satisfaction,
      satisfactionScore: values.satisfactionScore,
      shortcomings: values.shortcomings,
      result: values.satisfaction ? ownerAnswerResult(values.satisfaction) : null,
    };
    for (const problem of await recordRefusals(tx, callback, merged, now, true)) {
      // the result follows from the satisfaction: without one, the satisfaction's own refusal says it
      if (problem.field === 'result' && !values.satisfaction) continue;
      if (!errors.some((e) => e.field === problem.field)) errors.push(problem);
    }
    if (errors.length) throw new OwnerPageError(OwnerPageRefusal.UNAVAILABLE, errors);
    await asOwner(link.id, async () => {
      Object.assign(callback, merged, {
        qualityEvaluation: values.qualityEvaluation,
        serviceEvaluation: values.serviceEvaluation,
        suggestions: values.suggestions,
        ownerConfirmation: OWNER_ANSWER_RECORD.ownerConfirmation,
      });
      await stampRecorded(tx, callback, true, { userId: null, visitors: OWNER_ANSWER_RECORD.visitors }, now);
      callback.visitors = OWNER_ANSWER_RECORD.visitors;
      link.usedAt = now;
      await tx.flush();
    });
  });
}

/**
 * 业主确认: the owner confirms or disputes a result recorded by phone. A dispute (with the owner's comment) opens a spot
 * check (抽查回访) of the record for the project's service supervisor, unless one is already planned.
 */
export async function answerOwnerConfirmation(em: EntityManager, token: string, answer: OwnerVerdictAnswer, now = new Date()): Promise<{ spotCheck: Callback | null }> {
  return em.transactional(async (tx) => {
    const { link, callback } = await activeLink(tx, token, now, true);
    if (link.purpose !== OwnerLinkPurpose.CONFIRM) throw new OwnerPageError(OwnerPageRefusal.UNAVAILABLE);
    const errors: FieldError[] = [];
    const verdict = answer.verdict === OwnerVerdict.CONFIRMED || answer.verdict === OwnerVerdict.DISPUTED ? answer.verdict : null;
    if (!verdict) errors.push(fieldError('verdict', ErrorCode.BAD_USER_INPUT, msg('ownerLink.verdictRequired')));
    const comment = ownerText('comment', answer.comment, errors);
    if (verdict === OwnerVerdict.DISPUTED && !comment && !errors.some((e) => e.field === 'comment')) {
      errors.push(fieldError('comment', ErrorCode.BAD_USER_INPUT, msg('ownerLink.disputeComment')));
    }
    if (errors.length || !verdict) throw new OwnerPageError(OwnerPageRefusal.UNAVAILABLE, errors);
    return asOwner(link.id, async () => {
      callback.ownerVerdict = verdict;
      callback.ownerVerdictComment = comment;
      callback.ownerVerdictAt = now;
      link.usedAt = now;
      let spotCheck: Callback | null = null;
      if (verdict === OwnerVerdict.DISPUTED) spotCheck = await openDisputeSpotCheck(tx, callback, now);
      await tx.flush();
      return { spotCheck };
    });
  });
}

/** The dispute's spot check: anchored like the record (same period), for the supervisor, its window a month from today. */
async function openDisputeSpotCheck(em: EntityManager, original: Callback, now: Date): Promise<Callback | null> {
  const existing = await em.count(Callback, { spotCheckOf: original.id, status: { $ne: CallbackStatus.VOIDED } });
  if (existing) return null;
  const staff = await projectStaff(em, original.project.id);
  const supervisor = staff.find((s) => s.role === Role.SUPERVISOR) ?? null;
  const [project, ticket] = await Promise.all([em.findOneOrFail(Project, original.project.id), em.findOneOrFail(Ticket, original.ticket.id)]);
  const today = toLocalDate(now);
  return createCallbackRow(em, {
    project, ticket, stageIndex: null, purpose: CallbackPurpose.SPOT_CHECK, anchor: original.anchor,
    window: { anchorDate: original.anchorDate, from: today, to: addMonths(today, 1) },
    assigneeId: supervisor?.id ?? null, coAssigneeId: null, actorId: null, spotCheckOfId: original.id, now,
  });
}
