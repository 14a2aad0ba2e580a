import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CallbackStatus, ErrorCode, textOrNull } from '@hf/shared';
import type { Viewer } from '../../core/caller';
import { DomainError, type Failure } from '../../core/domain-error';
import { ArchivedPeriod } from '../archives/archived-period.entity';
import { Callback } from './callback.entity';
import { projectManagerOf, review } from './callback.service';
import { CallbackAction } from './callback.transitions';
import { reviewRefusal } from './review-batch.rules';

/** The batch with its ids decoded at the edge (graphql/arguments.ts). */
export interface ReviewCallbacksCommand {
  rows: { id: number; version: number }[];
  opinion?: string | null;
}

/**
 * 审核 of many records in one mutation (select rows → 审核通过 with one opinion): every row is locked (in id order, so
 * two batches never deadlock) and judged on its own — a record changed since the supervisor read it is reported and
 * left as it is; the others are reviewed with the opinion, unqualified ones escalated to the project manager, in one
 * transaction with their history.
 */
export async function reviewCallbacks(
  em: EntityManager,
  viewer: Viewer,
  input: ReviewCallbacksCommand,
  now = new Date(),
): Promise<{ callbacks: Callback[]; reviewedCount: number; escalatedCount: number; userErrors: Failure[] }> {
  const ids = input.rows.map((row) => row.id);
  if (new Set(ids).size !== ids.length) {
    throw DomainError.of(ErrorCode.BAD_USER_INPUT, 'rows', '同一记录出现多次 (a record appears twice)');
  }
  const opinion = textOrNull(input.opinion);
  return em.transactional(async (tx) => {
    const locked = await tx.find(Callback, { id: { $in: ids } }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } });
    const byId = new Map(locked.filter((c) => viewer.projectIds.includes(c.project.id)).map((c) => [c.id, c]));
    const managers = new Map<number, Promise<{ id: number } | null>>();
    const managerOf = (projectId: number) => {
      if (!managers.has(projectId)) managers.set(projectId, projectManagerOf(tx, projectId));
      return managers.get(projectId)!;
    };
    const isArchived = await tx.getRepository(ArchivedPeriod).archivedDays([...new Set([...byId.values()].map((c) => c.project.id))]);
    const userErrors: Failure[] = [];
    let reviewedCount = 0;
    let escalatedCount = 0;
    for (const [index, row] of input.rows.entries()) {
      const callback = byId.get(ids[index]);
      if (!callback) {
        userErrors.push({ field: ['rows', String(index), 'id'], code: ErrorCode.NOT_FOUND, message: '记录不存在或无权访问 (not found)' });
        continue;
      }
      const refusal = reviewRefusal(callback, row.version, isArchived(callback.project.id, callback.anchorDate));
      if (refusal) {
        userErrors.push({ field: ['rows', String(index), refusal.field], code: refusal.code, message: refusal.message });
        continue;
      }
      await review(tx, callback, viewer, opinion, now, CallbackAction.REVIEW, managerOf);
      reviewedCount += 1;
      if (callback.status === CallbackStatus.ESCALATED) escalatedCount += 1;
    }
    await tx.flush();
    return { callbacks: ids.map((id) => byId.get(id)).filter((c): c is Callback => Boolean(c)), reviewedCount, escalatedCount, userErrors };
  });
}
