import type { FilterQuery } from '@mikro-orm/core';
import type { ProjectAccess } from '../core/caller';
import type { Ticket } from '../modules/tickets/ticket.entity';

/** A contains-search for ILIKE: the caller's %, _ and \ match themselves. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Text search in residents' name and unit (on a ticket, or on what `wrap` reaches a ticket through) only where the
 * caller may read them: otherwise a search would tell a caller without pii:read whose ticket a row is
 * (seed 001: 保护客户隐私，不得泄露个人信息).
 */
export function personalDataSearch<T>(access: ProjectAccess, wrap: (match: FilterQuery<Ticket>) => FilterQuery<T>, like: string): FilterQuery<T>[] {
  const allowed = access.piiProjectIds?.filter((id) => access.projectIds.includes(id)) ?? [];
  if (allowed.length === 0) return [];
  return [wrap({ project: { $in: allowed }, $or: [{ ownerName: { $ilike: like } }, { unit: { $ilike: like } }] })];
}
