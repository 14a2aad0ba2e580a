import { Arg, ClassType, Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import { encodeGlobalId } from '../../core/global-id';
import type { Context } from '../../graphql/context';
import { Connection, ConnectionShape, decodeCursor, encodeCursor } from '../../graphql/connection';
import { pageSizeFor } from '../../graphql/limits';
import { ApiToken } from '../api-tokens/api-token.entity';
import { User } from '../users/user.entity';
import { ChangeRecord } from './change-record.entity';

export const ChangeRecordConnection = Connection(ChangeRecord, 'ChangeRecord');

/** One page of a record's history, oldest first (keyset on the change_record id). */
export async function loadHistory(ctx: Context, entityType: string, entityId: number, first: number, after?: string | null): Promise<ConnectionShape<ChangeRecord>> {
  const afterId = after ? String(decodeCursor(after)[1]) : null;
  const where = { entityType, entityId, ...(afterId ? { id: { $gt: afterId } } : {}) };
  const rows = await ctx.em.find(ChangeRecord, where, { orderBy: { id: 'asc' }, limit: first + 1 });
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor('h', Number(node.id)) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: () => ctx.em.count(ChangeRecord, { entityType, entityId }),
  };
}

/**
 * Adds `history` (who, when, field, old → new; read-only — the table refuses UPDATE, DELETE and TRUNCATE) to a
 * type whose rows the HistorySubscriber audits (api/schema.ts adds it to the registry's history types). The row was
 * reachable, so its history is too; personal data in it is masked by the ChangeRecord fields themselves.
 */
export function historyResolverFor<T extends { id: number }>(type: ClassType<T>, entityType = type.name) {
  @Resolver(() => type)
  class HistoryResolver {
    @FieldResolver(() => ChangeRecordConnection, { description: '变更历史: every change of this record (who, when, field, old → new), oldest first' })
    history(
      @Root() row: T,
      @Ctx() ctx: Context,
      @Arg('first', () => Int, { nullable: true, description: '1–100 for API tokens, 1–500 for staff; default 50' }) first?: number,
      @Arg('after', () => String, { nullable: true }) after?: string,
    ) {
      return loadHistory(ctx, entityType, row.id, pageSizeFor(ctx, first), after);
    }
  }
  Object.defineProperty(HistoryResolver, 'name', { value: `${entityType}HistoryResolver` });
  return HistoryResolver;
}

@Resolver(() => ChangeRecord)
export class ChangeRecordResolver {
  @FieldResolver(() => User, { nullable: true, description: 'the member of staff who made the change' })
  changedBy(@Root() record: ChangeRecord, @Ctx() ctx: Context) {
    return record.changedById ? ctx.em.findOne(User, record.changedById) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'the other system (API token name) that made the change' })
  async changedByApiToken(@Root() record: ChangeRecord, @Ctx() ctx: Context): Promise<string | null> {
    return record.changedByTokenId ? ((await ctx.em.findOne(ApiToken, record.changedByTokenId))?.name ?? null) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'the owner made the change through this one-time link (OwnerLink id; the secret is never kept)' })
  changedByOwnerLink(@Root() record: ChangeRecord): string | null {
    return record.changedByOwnerLinkId ? encodeGlobalId('OwnerLink', record.changedByOwnerLinkId) : null;
  }
}
