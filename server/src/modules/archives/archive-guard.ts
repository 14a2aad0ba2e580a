import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, type Message, toLocalDate } from '@hf/shared';
import { DomainError } from '../../core/domain-error';
import { ArchivedPeriod } from './archived-period.entity';
import type { DaySpan } from './archived-period.repository';
import { archivedCallbackRefusal, type CarryOverCallback } from './carry-over.rules';

/** A day (YYYY-MM-DD) or a span of days. */
export type Days = string | DaySpan;

const span = (days: Days): DaySpan => (typeof days === 'string' ? { from: days, to: days } : days);

/**
 * Refuses a change to a record that belongs to an archived period of its project (于下一季度10日前存档, then
 * read-only): ARCHIVED, naming the field that placed it there — unless the caller words the refusal itself
 * (archivePeriod: the period is already archived). A record may belong to several days (a ticket: the day it was
 * received and the day it was completed); one archived day is enough to refuse.
 */
export async function assertOpen(
  em: EntityManager,
  projectId: number,
  days: Days | readonly Days[],
  field: string | string[],
  refusal: (archived: ArchivedPeriod) => DomainError = () => DomainError.of(ErrorCode.ARCHIVED, field),
): Promise<void> {
  const spans = (Array.isArray(days) ? days : [days]).map(span);
  const archived = await em.getRepository(ArchivedPeriod).overlaps(projectId, spans);
  if (archived) throw refusal(archived);
}

/** What the callback guard reads of a callback (archives/ does not import the callbacks module's entity). */
export interface GuardedCallback extends CarryOverCallback {
  id: number;
  project: { id: number };
  /** decides its period */
  anchorDate: string;
}

/**
 * The archive guard of callbacks, for many at once (a paste): the archived days of their projects and which of them
 * were carried over are read once; the answer for one callback is the rule's (carry-over.rules.ts) — null when it may
 * be changed, else the ARCHIVED message.
 */
export async function callbackArchiveGuard(
  em: EntityManager,
  callbacks: readonly GuardedCallback[],
): Promise<(callback: GuardedCallback, today: string) => Message | null> {
  const repository = em.getRepository(ArchivedPeriod);
  const isArchived = await repository.archivedDays([...new Set(callbacks.map((c) => c.project.id))]);
  const archivedOnes = callbacks.filter((c) => isArchived(c.project.id, c.anchorDate));
  const carried = await repository.carriedOver(archivedOnes.map((c) => c.id));
  return (callback, today) =>
    archivedCallbackRefusal(callback, { archived: isArchived(callback.project.id, callback.anchorDate), carriedOver: carried.has(callback.id) }, today);
}

/** Refuses a change of one callback its period's archive does not allow (ARCHIVED on `field`, with the rule's message). */
export async function assertCallbackOpen(em: EntityManager, callback: GuardedCallback, now: Date, field = 'id'): Promise<void> {
  const refusal = (await callbackArchiveGuard(em, [callback]))(callback, toLocalDate(now));
  if (refusal) throw DomainError.of(ErrorCode.ARCHIVED, field, refusal);
}
