import type { FilterQuery } from '@mikro-orm/core';
import { CallbackStatus, ErrorCode, isPeriodKey, parsePeriod, toLocalDate } from '@hf/shared';
import { GraphQLError } from 'graphql';
import type { ProjectAccess } from '../../core/caller';
import { decodeGlobalId } from '../../core/global-id';
import { projectArgument } from '../../graphql/arguments';
import type { Callback } from './callback.entity';
import type { Ticket } from '../tickets/ticket.entity';
import type { CallbackFilter } from './callback.types';

export function periodRange(period: string): { from: string; to: string } {
  if (!isPeriodKey(period)) {
    throw new GraphQLError('period must look like 2026Q3 or 2026-07', { extensions: { code: ErrorCode.BAD_USER_INPUT, field: ['filter', 'period'] } });
  }
  return parsePeriod(period);
}

export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Text search in residents' name and unit only where the caller may read them: otherwise a search would tell
 * a caller without pii:read whose ticket a row is (seed 001: 保护客户隐私，不得泄露个人信息).
 */
export function personalDataSearch<T>(access: ProjectAccess, wrap: (match: FilterQuery<Ticket>) => FilterQuery<T>, like: string): FilterQuery<T>[] {
  const allowed = access.piiProjectIds?.filter((id) => access.projectIds.includes(id)) ?? [];
  if (allowed.length === 0) return [];
  return [wrap({ project: { $in: allowed }, $or: [{ ownerName: { $ilike: like } }, { unit: { $ilike: like } }] })];
}

/** The filter of the callbacks list as a MikroORM query, always limited to the viewer's projects. */
export function callbackWhere(viewer: ProjectAccess, filter: CallbackFilter | null | undefined, now = new Date()): FilterQuery<Callback> {
  const and: FilterQuery<Callback>[] = [{ project: { $in: projectArgument(viewer, filter?.projectId) } }];
  if (filter?.kinds?.length) and.push({ ticket: { kind: { $in: filter.kinds } } });
  if (filter?.statuses?.length) and.push({ status: { $in: filter.statuses } });
  if (filter?.purposes?.length) and.push({ purpose: { $in: filter.purposes } });
  if (filter?.period) {
    const range = periodRange(filter.period);
    and.push({ anchorDate: { $gte: range.from, $lte: range.to } });
  }
  if (filter?.assigneeId) {
    const decoded = decodeGlobalId(filter.assigneeId);
    if (!decoded || decoded.typeName !== 'User') {
      throw new GraphQLError('assigneeId is not a User id', { extensions: { code: ErrorCode.BAD_USER_INPUT, field: ['filter', 'assigneeId'] } });
    }
    and.push({ $or: [{ assignee: decoded.id }, { coAssignee: decoded.id }] });
  }
  const today = toLocalDate(now);
  if (filter?.overdue === true) and.push({ status: CallbackStatus.PLANNED, windowTo: { $lt: today } });
  if (filter?.overdue === false) and.push({ $or: [{ status: { $ne: CallbackStatus.PLANNED } }, { windowTo: { $gte: today } }] });
  if (filter?.due) and.push({ status: CallbackStatus.PLANNED, windowFrom: { $lte: today } });
  if (filter?.text?.trim()) {
    const like = likePattern(filter.text.trim());
    and.push({
      $or: [
        { serialCode: { $ilike: like } },
        { ticket: { number: { $ilike: like } } },
        { ticket: { summary: { $ilike: like } } },
        ...personalDataSearch<Callback>(viewer, (match) => ({ ticket: match }), like),
      ],
    });
  }
  return { $and: and };
}
