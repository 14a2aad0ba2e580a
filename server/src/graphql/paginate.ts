import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import { ConnectionShape } from './connection';
import { assertCursorValueFits, decodeCursor, encodeCursor, readById, type PageReader, type RawQuery } from '../db/keyset';
export { readById, type PageReader, type PageRow, type RawQuery } from '../db/keyset';
import { SortDirection } from './enums';

export interface PageRequest {
  first: number;
  after?: string | null;
  /** an entity property whose values are never null */
  orderBy: string;
  direction: SortDirection;
}

/**
 * The SQL of a page's keys, in order: the ids and sort values (row_number() over () numbers the ordered subquery's
 * rows as they come). Kept for the same entity, filter and page: building it through the QueryBuilder was ~0.5 ms of
 * every grid request (issue 7), and a grid asks the same page again on every refresh. Few entries; a pure translation.
 */
const keysSqlCache = new Map<string, RawQuery>();
const KEYS_SQL_CACHE_SIZE = 500;

function keysSql<T extends object>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T>, page: PageRequest): RawQuery {
  const key = JSON.stringify([typeof entity === 'function' ? entity.name : String(entity), where, page.orderBy, page.direction, page.first]);
  const cached = keysSqlCache.get(key);
  if (cached) return cached;
  const dir = page.direction === SortDirection.ASC ? 'asc' : 'desc';
  const native = em
    .createQueryBuilder(entity)
    .select(['id', page.orderBy] as never)
    .where(where as never)
    .orderBy({ [page.orderBy]: dir, id: dir } as never)
    .limit(page.first + 1)
    .getKnexQuery()
    .toSQL();
  const query = { sql: `select k.*, row_number() over () as "page$order" from (${native.sql}) k`, params: native.bindings };
  if (keysSqlCache.size >= KEYS_SQL_CACHE_SIZE) keysSqlCache.clear();
  keysSqlCache.set(key, query);
  return query;
}

/**
 * Keyset pagination over (orderBy, id): stable while rows are added, and as fast on page 1000 as on page 1. One
 * more row than the page is read to know whether more follow.
 */
export async function paginate<T extends { id: number }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  page: PageRequest,
  read: PageReader<T> = readById(em, entity),
): Promise<ConnectionShape<T>> {
  const op = page.direction === SortDirection.ASC ? '$gt' : '$lt';
  const orderProperty = em.getMetadata().find(entity as string)?.properties[page.orderBy as never];
  let keyset: FilterQuery<T> | undefined;
  if (page.after) {
    const [value, id] = decodeCursor(page.after);
    assertCursorValueFits(value, orderProperty?.columnTypes?.[0]);
    keyset = { $or: [{ [page.orderBy]: { [op]: value } }, { [page.orderBy]: value, id: { [op]: id } }] } as unknown as FilterQuery<T>;
  }
  const keysQuery = keysSql(em, entity, (keyset ? { $and: [where, keyset] } : where) as FilterQuery<T>, page);
  const rows = await read(keysQuery);
  const hasNextPage = rows.length > page.first;
  const pageRows = hasNextPage ? rows.slice(0, page.first) : rows;
  const orderColumn = orderProperty?.fieldNames?.[0] ?? page.orderBy;
  const edges = pageRows.map((row) => ({ node: row.node, cursor: encodeCursor(row.keys[orderColumn], Number(row.keys.id)) }));
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
