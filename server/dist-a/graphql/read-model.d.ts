import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityMetadata } from '@mikro-orm/core';
/**
 * Read model for big list pages: rows read with one SQL statement and turned into objects of the entity's
 * class (so the GraphQL types and field resolvers take them as they are) without the ORM's per-entity
 * bookkeeping, which the grid-page benchmark showed to cost most of a page. Only for reading: these
 * objects are not managed and must never be flushed.
 */
/** A relation that is already loaded, shaped like the MikroORM Ref the field resolvers use. */
export declare class LoadedRef<T extends {
    id: number;
}> {
    private readonly value;
    readonly id: number;
    constructor(value: T);
    isInitialized(): boolean;
    unwrap(): T;
    getEntity(): T;
    load(): Promise<T>;
    loadOrFail(): Promise<T>;
}
/**
 * A relation that is not loaded: its id, and the ORM's reference made only when a resolver asks for the row
 * (making one per relation per row cost a fifth of the grid page, issue 7).
 */
export declare class LazyRef {
    private readonly em;
    private readonly entity;
    readonly id: number;
    constructor(em: EntityManager, entity: string, id: number);
    private reference;
    isInitialized(): boolean;
    load(): Promise<import("@mikro-orm/postgresql").Loaded<object, never, "*", never> | null>;
    loadOrFail(): Promise<import("@mikro-orm/postgresql").Loaded<object, never, "*", never>>;
}
/** The row a relation points to: at once when it is loaded, else a promise of it. */
export declare function related<T extends object>(ref: {
    isInitialized(): boolean;
    unwrap(): T;
    loadOrFail(): Promise<T>;
}): T | Promise<T>;
/** The same, for a nullable relation. */
export declare function relatedOrNull<T extends object>(ref: {
    isInitialized(): boolean;
    unwrap(): T;
    load(): Promise<T | null>;
} | null | undefined): T | null | Promise<T | null>;
/** The SELECT list of an entity's columns under an alias, named `${prefix}${property}`. */
export declare function selectList(meta: EntityMetadata, alias: string, prefix: string): string;
/**
 * One row (as selected by selectList) as an object of the entity's class, reading the row as it is asked;
 * relations given in `loaded` are attached.
 */
export declare function materialise<T>(em: EntityManager, meta: EntityMetadata, row: Record<string, unknown>, prefix: string, loaded?: Record<string, {
    id: number;
} | null>): T;
