import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays, addMonths, archiveDueDate, ErrorCode, parsePeriod, PeriodRange, periodOf, toLocalDate } from '@hf/shared';
import type { Viewer } from '../../core/caller';
import { encodeGlobalId } from '../../core/global-id';
import { DomainError } from '../../core/domain-error';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';
import type { ArchiveStatus } from './archive.types';

/** The period due for archiving now: the one before today's, in the project's setting. */
export function previousPeriod(project: Project, now: Date): string {
  const current = parsePeriod(periodOf(toLocalDate(now), project.statisticsPeriod));
  return periodOf(addDays(current.from, -1), project.statisticsPeriod);
}

export async function archiveStatus(em: EntityManager, project: Project, range: PeriodRange, now = new Date()): Promise<ArchiveStatus> {
  const [row] = await em.execute<{ archived_at: Date; archived_by_id: number | null }[]>(
    `select archived_at, archived_by_id from archived_period
      where project_id = ? and from_date <= ? and to_date >= ? order by archived_at limit 1`,
    [project.id, range.to, range.from],
  );
  const dueDate = archiveDueDate(range.key);
  return {
    projectId: encodeGlobalId('Project', project.id),
    period: range.key,
    from: range.from,
    to: range.to,
    archived: Boolean(row),
    archivedAt: row ? new Date(row.archived_at) : null,
    archivedBy: row?.archived_by_id ? await em.findOne(User, row.archived_by_id) : null,
    dueDate,
    reminder: !row && toLocalDate(now) > dueDate,
    retentionYears: project.retentionYears,
    keepUntil: addMonths(range.to, 12 * project.retentionYears),
  };
}

/** 存档 by the service supervisor: from now on every record of the period is read-only for everyone. */
export async function archivePeriod(em: EntityManager, viewer: Viewer, projectId: number, range: PeriodRange, now = new Date()): Promise<ArchiveStatus> {
  if (range.to >= toLocalDate(now)) {
    throw DomainError.of(ErrorCode.INVALID_STATE, 'period', '期间尚未结束，不能存档 (the period has not ended yet)');
  }
  return em.transactional(async (tx) => {
    // the project row serialises two supervisors archiving overlapping periods at once
    const [project] = await tx.execute<{ id: number }[]>('select id from project where id = ? for update', [projectId]);
    if (!project) throw DomainError.of(ErrorCode.NOT_FOUND, 'projectId', '记录不存在或无权访问 (not found)');
    const overlapping = await tx.execute<{ period: string }[]>(
      'select period from archived_period where project_id = ? and from_date <= ? and to_date >= ? limit 1',
      [projectId, range.to, range.from],
    );
    if (overlapping.length) {
      throw DomainError.of(ErrorCode.INVALID_STATE, 'period', `已存档 (${overlapping[0].period} is already archived)`);
    }
    await tx.execute(
      'insert into archived_period (project_id, period, from_date, to_date, archived_at, archived_by_id) values (?, ?, ?, ?, ?, ?)',
      [projectId, range.key, range.from, range.to, now, viewer.user.id],
    );
    return archiveStatus(tx, await tx.findOneOrFail(Project, projectId), range, now);
  });
}
