import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName, FilterQuery, FindOptions } from '@mikro-orm/core';
import { ConnectionShape, decodeCursor, encodeCursor } from './connection';
import { SortDirection } from './enums';

export interface PageRequest {
  first: number;
  after?: string | null;
  /** an entity property whose values are never null */
  orderBy: string;
  direction: SortDirection;
}

/**
 * Keyset pagination over (orderBy, id): one query for the page (+1 row to know whether more follow),
 * stable while rows are added, and as fast on page 1000 as on page 1.
 */
export async function paginate<T extends { id: number }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  page: PageRequest,
  options: FindOptions<T, never> = {},
): Promise<ConnectionShape<T>> {
  const op = page.direction === SortDirection.ASC ? '$gt' : '$lt';
  let keyset: FilterQuery<T> | undefined;
  if (page.after) {
    const [value, id] = decodeCursor(page.after);
    keyset = {
      $or: [{ [page.orderBy]: { [op]: value } }, { [page.orderBy]: value, id: { [op]: id } }],
    } as unknown as FilterQuery<T>;
  }
  const dir = page.direction === SortDirection.ASC ? 'asc' : 'desc';
  const rows = await em.find(entity, (keyset ? { $and: [where, keyset] } : where) as FilterQuery<T>, {
    ...options,
    orderBy: { [page.orderBy]: dir, id: dir } as never,
    limit: page.first + 1,
  } as FindOptions<T, never>);
  const hasNextPage = rows.length > page.first;
  const nodes = hasNextPage ? rows.slice(0, page.first) : rows;
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor((node as Record<string, unknown>)[page.orderBy], node.id) }));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(page.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: () => em.count(entity, where),
  };
}
