import type { FilterQuery } from '@mikro-orm/core';
import { addDays, PeriodRange, startOfLocalDate, TicketKind, TicketStatus } from '@hf/shared';
import type { ProjectAccess } from '../../core/caller';
import { likePattern, personalDataSearch } from '../../db/text-search';
import type { Ticket } from './ticket.entity';

/** The tickets list's filter, decoded (graphql/arguments.ts): project ids the caller may see, the period as dates. */
export interface TicketQuery {
  projectIds: number[];
  kinds?: TicketKind[] | null;
  statuses?: TicketStatus[] | null;
  /** received in this period */
  period?: PeriodRange | null;
  /** number, category or summary contains it (owner and unit where the caller may read them) */
  text?: string | null;
}

/** The filter of the tickets list (工单登记, 《客户投诉登记表》) as a MikroORM query. */
export function ticketWhere(access: ProjectAccess, query: TicketQuery): FilterQuery<Ticket> {
  const and: FilterQuery<Ticket>[] = [{ project: { $in: query.projectIds } }];
  if (query.kinds?.length) and.push({ kind: { $in: query.kinds } });
  if (query.statuses?.length) and.push({ status: { $in: query.statuses } });
  if (query.period) {
    and.push({ receivedAt: { $gte: startOfLocalDate(query.period.from), $lt: startOfLocalDate(addDays(query.period.to, 1)) } });
  }
  if (query.text?.trim()) {
    const like = likePattern(query.text.trim());
    and.push({
      $or: [{ number: { $ilike: like } }, { category: { $ilike: like } }, { summary: { $ilike: like } }, ...personalDataSearch<Ticket>(access, (p) => p, like)],
    });
  }
  return { $and: and };
}
