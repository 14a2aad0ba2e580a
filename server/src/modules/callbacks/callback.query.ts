import type { FilterQuery } from '@mikro-orm/core';
import { CallbackPurpose, CallbackStatus, PeriodRange, TicketKind, toLocalDate } from '@hf/shared';
import type { ProjectAccess } from '../../core/caller';
import { likePattern, personalDataSearch } from '../../db/text-search';
import type { Callback } from './callback.entity';

/** The callbacks list's filter, decoded (graphql/arguments.ts): project ids the caller may see, a period, a user id. */
export interface CallbackQuery {
  projectIds: number[];
  kinds?: TicketKind[] | null;
  statuses?: CallbackStatus[] | null;
  purposes?: CallbackPurpose[] | null;
  /** anchor date in this period */
  period?: PeriodRange | null;
  /** 跨期: with the period, also these callbacks carried over into it from an earlier archived period */
  carriedInto?: readonly number[] | null;
  /** assigned (or co-assigned) to this user */
  assigneeId?: number | null;
  overdue?: boolean | null;
  due?: boolean | null;
  /** planned, window opening on or before this day */
  dueBy?: string | null;
  text?: string | null;
}

/** The filter of the callbacks list (《业主回访记录表》, the callback plan) as a MikroORM query. */
export function callbackWhere(access: ProjectAccess, query: CallbackQuery, now = new Date()): FilterQuery<Callback> {
  const and: FilterQuery<Callback>[] = [{ project: { $in: query.projectIds } }];
  if (query.kinds?.length) and.push({ ticket: { kind: { $in: query.kinds } } });
  if (query.statuses?.length) and.push({ status: { $in: query.statuses } });
  if (query.purposes?.length) and.push({ purpose: { $in: query.purposes } });
  if (query.period) {
    const inPeriod: FilterQuery<Callback> = { anchorDate: { $gte: query.period.from, $lte: query.period.to } };
    and.push(query.carriedInto?.length ? { $or: [inPeriod, { id: { $in: [...query.carriedInto] } }] } : inPeriod);
  }
  if (query.assigneeId) and.push({ $or: [{ assignee: query.assigneeId }, { coAssignee: query.assigneeId }] });
  const today = toLocalDate(now);
  if (query.overdue === true) and.push({ status: CallbackStatus.PLANNED, windowTo: { $lt: today } });
  if (query.overdue === false) and.push({ $or: [{ status: { $ne: CallbackStatus.PLANNED } }, { windowTo: { $gte: today } }] });
  if (query.due) and.push({ status: CallbackStatus.PLANNED, windowFrom: { $lte: today } });
  if (query.dueBy) and.push({ status: CallbackStatus.PLANNED, windowFrom: { $lte: query.dueBy } });
  if (query.text?.trim()) {
    const like = likePattern(query.text.trim());
    and.push({
      $or: [
        { serialCode: { $ilike: like } },
        { ticket: { number: { $ilike: like } } },
        { ticket: { summary: { $ilike: like } } },
        ...personalDataSearch<Callback>(access, (match) => ({ ticket: match }), like),
      ],
    });
  }
  return { $and: and };
}
