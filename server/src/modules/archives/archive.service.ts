import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays, addMonths, archiveDueDate, currentPeriod, ErrorCode, PeriodRange, periodOf, toLocalDate } from '@hf/shared';
import type { Viewer } from '../../core/caller';
import { encodeGlobalId } from '../../core/global-id';
import { DomainError, notFound } from '../../core/domain-error';
import { assertOpen } from './archive-guard';
import { ArchivedPeriod, sealOf } from './archived-period.entity';
import { checkSeal, takeSeal } from './archive-seal';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';
import type { ArchiveStatus } from './archive.types';

/** The period due for archiving now: the one before today's, in the project's setting. */
export function previousPeriod(project: Project, now: Date): string {
  const current = currentPeriod(project.statisticsPeriod, now);
  return periodOf(addDays(current.from, -1), project.statisticsPeriod);
}

export async function archiveStatus(em: EntityManager, project: Project, range: PeriodRange, now = new Date()): Promise<ArchiveStatus> {
  const row = await em.getRepository(ArchivedPeriod).overlaps(project.id, [range]);
  const dueDate = archiveDueDate(range.key);
  const sealed = row ? sealOf(row) : null;
  const problems = sealed && row ? await checkSeal(em, project.id, { from: row.fromDate, to: row.toDate }, sealed) : [];
  return {
    projectId: encodeGlobalId('Project', project.id),
    period: range.key,
    from: range.from,
    to: range.to,
    archived: Boolean(row),
    archivedAt: row?.archivedAt ?? null,
    archivedBy: row?.archivedBy ? await em.findOne(User, row.archivedBy.id) : null,
    dueDate,
    reminder: !row && toLocalDate(now) > dueDate,
    retentionYears: project.retentionYears,
    keepUntil: addMonths(range.to, 12 * project.retentionYears),
    seal: sealed && { ...sealed, intact: problems.length === 0, problems },
  };
}

/** 存档 by the service supervisor: from now on every record of the period is read-only for everyone. */
export async function archivePeriod(em: EntityManager, viewer: Viewer, projectId: number, range: PeriodRange, now = new Date()): Promise<ArchiveStatus> {
  if (range.to >= toLocalDate(now)) {
    throw DomainError.of(ErrorCode.INVALID_STATE, 'period', '期间尚未结束，不能存档 (the period has not ended yet)');
  }
  return em.transactional(async (tx) => {
    // the project row serialises two supervisors archiving overlapping periods at once
    const project = await tx.findOne(Project, projectId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!project) throw notFound('projectId');
    await assertOpen(tx, projectId, range, 'period', (archived) =>
      DomainError.of(ErrorCode.INVALID_STATE, 'period', `已存档 (${archived.period} is already archived)`));
    const seal = await takeSeal(tx, projectId, range);
    tx.create(ArchivedPeriod, {
      project: tx.getReference(Project, projectId, { wrapped: true }),
      period: range.key,
      fromDate: range.from,
      toDate: range.to,
      archivedAt: now,
      archivedBy: tx.getReference(User, viewer.user.id, { wrapped: true }),
      sealChainLength: String(seal.chainLength),
      sealChainHash: seal.chainHash,
      sealTickets: seal.tickets,
      sealCallbacks: seal.callbacks,
      sealRecordsDigest: seal.recordsDigest,
    });
    await tx.flush();
    return archiveStatus(tx, project, range, now);
  });
}
