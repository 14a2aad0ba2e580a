import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode } from '@hf/shared';
import { DomainError } from '../../core/domain-error';
import { ArchivedPeriod } from './archived-period.entity';
import type { DaySpan } from './archived-period.repository';

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
