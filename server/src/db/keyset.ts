import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode } from '@hf/shared';
import { DomainError } from '../core/domain-error';

// Keyset pages read from PostgreSQL: the opaque cursor of a row and the page readers. No GraphQL here: the
// connection types (graphql/connection.ts) and the paginate helper (graphql/paginate.ts) build on it.

/** Opaque keyset cursor: the sort value and the id of the row. */
export function encodeCursor(value: unknown, id: number): string {
  return Buffer.from(JSON.stringify([value instanceof Date ? value.toISOString() : value, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): [string | number, number] {
  try {
    if (typeof cursor !== 'string' || cursor.length > 400) throw new Error('not a cursor');
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(parsed) && parsed.length === 2 && Number.isInteger(parsed[1]) && parsed[1] >= 0 && parsed[1] <= 2_147_483_647 &&
      ((typeof parsed[0] === 'string' && parsed[0].length <= 200) || Number.isFinite(parsed[0]))
    ) {
      return parsed as [string | number, number];
    }
  } catch {
    // fall through
  }
  throw badCursor();
}

const badCursor = () => DomainError.of(ErrorCode.BAD_USER_INPUT, ['after'], 'after is not a cursor from this list');

/** A cursor's sort value must fit the sort column (a forged one would otherwise reach SQL as a bad date). */
export function assertCursorValueFits(value: string | number, columnType: string | undefined): void {
  if (!columnType) return;
  if (columnType === 'date') {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) throw badCursor();
  } else if (columnType.startsWith('timestamp')) {
    const time = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : NaN;
    if (Number.isNaN(time)) throw badCursor();
  } else if (/^(int|integer|smallint|bigint|serial)/.test(columnType)) {
    if (!Number.isInteger(value)) throw badCursor();
  } else if (typeof value !== 'string') {
    throw badCursor();
  }
}

/** SQL with `?` placeholders, and its parameters. */
export interface RawQuery {
  sql: string;
  params: readonly unknown[];
}

/** A row of a page: its keys as selected by the keys query (column names), and the node. */
export interface PageRow<T> {
  keys: Record<string, unknown>;
  node: T;
}

/**
 * Reads a page given the query of its keys: `keys` selects the page's ids and sort values (named as their columns)
 * and "page$order", their position. A read model joins what the page shows to it and reads the page in one
 * statement; the rows come back in "page$order".
 */
export type PageReader<T> = (keys: RawQuery) => Promise<PageRow<T>[]>;

/** The default reader: the keys, then the entities by id through the ORM (two statements). */
export function readById<T extends { id: number }>(em: EntityManager, entity: EntityName<T>): PageReader<T> {
  return async (keys) => {
    const rows = await em.execute<Record<string, unknown>[]>(`${keys.sql} order by "page$order"`, [...keys.params]);
    if (rows.length === 0) return [];
    const nodes = await em.find(entity, { id: { $in: rows.map((k) => Number(k.id)) } } as unknown as FilterQuery<T>);
    const byId = new Map(nodes.map((node) => [node.id, node]));
    return rows.map((keys) => ({ keys, node: byId.get(Number(keys.id))! }));
  };
}

/** Where a page stands in its list (the shape of the connection's PageInfo). */
export interface PagePosition {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
