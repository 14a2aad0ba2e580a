import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode } from '@hf/shared';
import { DomainError } from '../../graphql/user-error';

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
