import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays, addMonths, apiMessage, archiveDueDate, CallbackStatus, currentPeriod, ErrorCode, PeriodRange, periodOf, toLocalDate, msg } from '@hf/shared';
import type { Viewer } from '../../core/caller';
import { encodeGlobalId } from '../../core/global-id';
import { DomainError, notFound } from '../../core/domain-error';
import { assertOpen } from './archive-guard';
import { ArchivedPeriod, sealOf } from './archived-period.entity';
import { catalogueText } from '../../graphql/catalogue-text';
import { checkSeal, lateRecordFigures, takeSeal } from './archive-seal';
import { isCarriedOverAtArchiving } from './carry-over.rules';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';
import type { ArchiveStatus, LateRecording } from './archive.types';

/** The period due for archiving now: the one before today's, in the project's setting. */
export function previousPeriod(project: Project, now: Date): string {
  const current = currentPeriod(project.statisticsPeriod, now);
  return periodOf(addDays(current.from, -1), project.statisticsPeriod);
}

/**
 * 补录: the addendum of an archived period's frozen report — its carried-over callbacks recorded after the archive,
 * who recorded them and when, oldest first (empty for a period not archived: nothing is carried over then).
 */
export async function lateRecordingsOf(em: EntityManager, projectId: number, span: { from: string; to: string }): Promise<LateRecording[]> {
  const rows = await em.getRepository(ArchivedPeriod).lateRecordings(projectId, span);
  const ids = [...new Set(rows.map((r) => r.recordedById).filter((id): id is number => id !== null))];
  const recorders = new Map((ids.length ? await em.find(User, { id: { $in: ids } }) : []).map((u) => [u.id, u]));
  return rows.map((r) => ({
    callbackId: encodeGlobalId('Callback', r.callbackId), serialCode: r.serialCode, status: r.status as CallbackStatus,
    recordedAt: r.recordedAt, recordedBy: r.recordedById === null ? null : recorders.get(r.recordedById) ?? null,
  }));
}

export async function archiveStatus(em: EntityManager, project: Project, range: PeriodRange, now = new Date()): Promise<ArchiveStatus> {
  const row = await em.getRepository(ArchivedPeriod).overlaps(project.id, [range]);
  const dueDate = archiveDueDate(range.key);
  const sealed = row ? sealOf(row) : null;
  const span = row ? { from: row.fromDate, to: row.toDate } : null;
  const problems = sealed && span ? await checkSeal(em, project.id, span, sealed) : [];
  const late = sealed && span ? await lateRecordFigures(em, project.id, span) : null;
  const lateRecordings = span ? await lateRecordingsOf(em, project.id, span) : [];
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
    lateRecordings,
    seal: sealed && late && { ...sealed, ...late, intact: problems.length === 0, problems: problems.map(apiMessage), problemTexts: problems.map(catalogueText) },
  };
}

/** 存档 by the service supervisor: from now on every record of the period is read-only for everyone. */
export async function archivePeriod(em: EntityManager, viewer: Viewer, projectId: number, range: PeriodRange, now = new Date()): Promise<ArchiveStatus> {
  if (range.to >= toLocalDate(now)) {
    throw DomainError.of(ErrorCode.INVALID_STATE, 'period', msg('archive.notEnded'));
  }
  return em.transactional(async (tx) => {
    // the project row serialises two supervisors archiving overlapping periods at once
    const project = await tx.findOne(Project, projectId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!project) throw notFound('projectId');
    await assertOpen(tx, projectId, range, 'period', (archived) =>
      DomainError.of(ErrorCode.INVALID_STATE, 'period', msg('archive.alreadyArchived', { period: archived.period })));
    // 跨期: the callbacks still open stay recordable (carry-over.rules.ts); kept before the seal, which digests them apart.
    // Every callback of the period is locked until the archive commits: an edit under way finishes first, a later one
    // waits and then meets the archive (the guard reads it after the lock) — the seal never misses a change.
    const callbacks = await tx.execute<{ id: number; status: CallbackStatus; window_to: string }[]>(
      `select id, status, window_to::text from callback where project_id = ? and anchor_date between ? and ? order by id for update`,
      [projectId, range.from, range.to],
    );
    const today = toLocalDate(now);
    const carried = callbacks.filter((c) => isCarriedOverAtArchiving({ status: c.status, windowTo: c.window_to }, today)).map((c) => Number(c.id));
    await tx.getRepository(ArchivedPeriod).recordCarryOver(projectId, range.key, carried);
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
