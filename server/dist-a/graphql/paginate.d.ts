import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import { ConnectionShape } from './connection';
import { SortDirection } from './enums';
export interface PageRequest {
    first: number;
    after?: string | null;
    /** an entity property whose values are never null */
    orderBy: string;
    direction: SortDirection;
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
export declare function readById<T extends {
    id: number;
}>(em: EntityManager, entity: EntityName<T>): PageReader<T>;
/**
 * Keyset pagination over (orderBy, id): stable while rows are added, and as fast on page 1000 as on page 1. One
 * more row than the page is read to know whether more follow.
 */
export declare function paginate<T extends {
    id: number;
}>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T>, page: PageRequest, read?: PageReader<T>): Promise<ConnectionShape<T>>;
