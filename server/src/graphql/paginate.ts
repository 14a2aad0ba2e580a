import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import { assertCursorValueFits, ConnectionShape, decodeCursor, encodeCursor } from './connection';
import { SortDirection } from './enums';

export interface PageRequest {
  first: number;
  after?: string | null;
  /** an entity property whose values are never null */
  orderBy: string;
  direction: SortDirection;
}

/** Loads the rows of a page by id, in any order. */
export type PageLoader<T> = (ids: number[]) => Promise<T[]>;

/**
 * Keyset pagination over (orderBy, id): one statement finds the page's ids (+1 to know whether more
 * follow), one loads the rows — stable while rows are added, and as fast on page 1000 as on page 1.
 */
export async function paginate<T extends { id: number }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  page: PageRequest,
  load: PageLoader<T> = (ids) => em.find(entity, { id: { $in: ids } } as unknown as FilterQuery<T>),
): Promise<ConnectionShape<T>> {
  const op = page.direction === SortDirection.ASC ? '$gt' : '$lt';
  let keyset: FilterQuery<T> | undefined;
  if (page.after) {
    const [value, id] = decodeCursor(page.after);
    assertCursorValueFits(value, em.getMetadata().find(entity as string)?.properties[page.orderBy as never]?.columnTypes?.[0]);
    keyset = { $or: [{ [page.orderBy]: { [op]: value } }, { [page.orderBy]: value, id: { [op]: id } }] } as unknown as FilterQuery<T>;
  }
  const dir = page.direction === SortDirection.ASC ? 'asc' : 'desc';
  const keys = (await em
    .createQueryBuilder(entity)
    .select(['id', page.orderBy] as never)
    .where((keyset ? { $and: [where, keyset] } : where) as never)
    .orderBy({ [page.orderBy]: dir, id: dir } as never)
    .limit(page.first + 1)
    .execute('all', true)) as unknown as Record<string, unknown>[];
  const hasNextPage = keys.length > page.first;
  const pageKeys = hasNextPage ? keys.slice(0, page.first) : keys;
  const byId = new Map((await load(pageKeys.map((k) => Number(k.id)))).map((node) => [node.id, node]));
  const edges = pageKeys.map((k) => ({ node: byId.get(Number(k.id))!, cursor: encodeCursor(k[page.orderBy], Number(k.id)) }));
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
