import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, toLocalDate } from '@hf/shared';
import { DomainError } from '../../core/domain-error';

/** Whether a date of a project falls in an archived period (于下一季度10日前存档, then read-only). */
export async function isArchived(em: EntityManager, projectId: number, date: string): Promise<boolean> {
  const rows = await em.execute<{ period: string }[]>(
    'select period from archived_period where project_id = ? and ? between from_date and to_date limit 1',
    [projectId, date],
  );
  return rows.length > 0;
}

/** Refuses a change to a record of an archived period with ARCHIVED, naming the field that placed it there. */
export async function assertPeriodOpen(em: EntityManager, projectId: number, date: string, field: string): Promise<void> {
  if (await isArchived(em, projectId, date)) {
    throw DomainError.of(ErrorCode.ARCHIVED, field, '该期间已存档，记录只读 (the period is archived; records are read-only)');
  }
}

/** Whether any day of a range (e.g. a report's period) lies in an archived period of the project. */
export async function isRangeArchived(em: EntityManager, projectId: number, from: string, to: string): Promise<boolean> {
  const rows = await em.execute<{ period: string }[]>(
    'select period from archived_period where project_id = ? and from_date <= ? and to_date >= ? limit 1',
    [projectId, to, from],
  );
  return rows.length > 0;
}

/**
 * A ticket belongs to the period it was received in (the register, repeated complaints) and, once completed,
 * to the period of its completion (the statistics): it is read-only when either is archived.
 */
export async function assertTicketOpen(
  em: EntityManager,
  ticket: { project: { id: number }; receivedAt: Date; completedAt: Date | null },
  field: string,
): Promise<void> {
  await assertPeriodOpen(em, ticket.project.id, toLocalDate(ticket.receivedAt), field);
  if (ticket.completedAt) await assertPeriodOpen(em, ticket.project.id, toLocalDate(ticket.completedAt), field);
}
