import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityMetadata, EntityProperty } from '@mikro-orm/core';

/**
 * Read model for big list pages: rows read with one SQL statement and turned into objects of the entity's
 * class (so the GraphQL types and field resolvers take them as they are) without the ORM's per-entity
 * bookkeeping, which the grid-page benchmark showed to cost most of a page. Only for reading: these
 * objects are not managed and must never be flushed.
 */

/** A relation that is already loaded, shaped like the MikroORM Ref the field resolvers use. */
export class LoadedRef<T extends { id: number }> {
  readonly id: number;
  constructor(private readonly value: T) {
    this.id = value.id;
  }
  isInitialized() {
    return true;
  }
  unwrap() {
    return this.value;
  }
  getEntity() {
    return this.value;
  }
  async load() {
    return this.value;
  }
  async loadOrFail() {
    return this.value;
  }
}

/**
 * A relation that is not loaded: its id, and the ORM's reference made only when a resolver asks for the row
 * (making one per relation per row cost a fifth of the grid page, issue 7).
 */
export class LazyRef {
  constructor(private readonly em: EntityManager, private readonly entity: string, readonly id: number) {}
  private reference() {
    return this.em.getReference(this.entity, this.id, { wrapped: true });
  }
  isInitialized() {
    return false;
  }
  load() {
    return this.reference().load();
  }
  loadOrFail() {
    return this.reference().loadOrFail();
  }
}

/** The row a relation points to: at once when it is loaded, else a promise of it. */
export function related<T extends object>(ref: { isInitialized(): boolean; unwrap(): T; loadOrFail(): Promise<T> }): T | Promise<T> {
  return ref.isInitialized() ? ref.unwrap() : ref.loadOrFail();
}

/** The same, for a nullable relation. */
export function relatedOrNull<T extends object>(ref: { isInitialized(): boolean; unwrap(): T; load(): Promise<T | null> } | null | undefined): T | null | Promise<T | null> {
  if (!ref) return null;
  return ref.isInitialized() ? ref.unwrap() : ref.load();
}

type Conversion = 'value' | 'date' | 'relation';

interface Column {
  property: string;
  /** the name of the column in the result row: `${prefix}${property}` */
  key: string;
  conversion: Conversion;
  /** the related entity, for relations */
  entity: string;
}

const readableCache = new WeakMap<EntityMetadata, EntityProperty[]>();

function readable(meta: EntityMetadata): EntityProperty[] {
  const cached = readableCache.get(meta);
  if (cached) return cached;
  const props = meta.props.filter((p) => (p.kind === 'scalar' || p.kind === 'm:1') && p.persist !== false && !p.lazy && !p.hidden && p.fieldNames?.length === 1);
  readableCache.set(meta, props);
  return props;
}

const columnCache = new WeakMap<EntityMetadata, Map<string, Column[]>>();

/** The columns of an entity under a prefix, worked out once (not a string concatenation per cell). */
function columns(meta: EntityMetadata, prefix: string): Column[] {
  let byPrefix = columnCache.get(meta);
  if (!byPrefix) columnCache.set(meta, (byPrefix = new Map()));
  let list = byPrefix.get(prefix);
  if (!list) {
    list = readable(meta).map((p) => ({
      property: p.name,
      key: `${prefix}${p.name}`,
      conversion: p.kind === 'm:1' ? 'relation' : p.runtimeType === 'Date' ? 'date' : 'value',
      entity: p.type,
    }));
    byPrefix.set(prefix, list);
  }
  return list;
}

const viewPrototypes = new WeakMap<EntityMetadata, object>();

/**
 * A prototype below the entity's, where the ORM's change-tracking accessors of the entity properties are
 * replaced by plain writable slots: objects made from it are `instanceof` the entity class, and setting their
 * properties costs what it costs on a plain object.
 */
function viewPrototype(meta: EntityMetadata): object {
  let proto = viewPrototypes.get(meta);
  if (!proto) {
    const slots: PropertyDescriptorMap = {};
    for (const p of readable(meta)) slots[p.name] = { value: undefined, writable: true, enumerable: false, configurable: true };
    proto = Object.create(meta.prototype, slots) as object;
    viewPrototypes.set(meta, proto);
  }
  return proto;
}

/** The SELECT list of an entity's columns under an alias, named `${prefix}${property}`. */
export function selectList(meta: EntityMetadata, alias: string, prefix: string): string {
  return readable(meta)
    .map((p) => {
      const column = `${alias}."${p.fieldNames[0]}"`;
      const expression = p.columnTypes?.[0]?.startsWith('timestamp') ? `(extract(epoch from ${column}) * 1000)::float8` : column;
      return `${expression} as "${prefix}${p.name}"`;
    })
    .join(', ');
}

/** One row (as selected by selectList) as an object of the entity's class; relations given in `loaded` are attached. */
export function materialise<T>(em: EntityManager, meta: EntityMetadata, row: Record<string, unknown>, prefix: string, loaded: Record<string, { id: number } | null> = {}): T {
  const object = Object.create(viewPrototype(meta)) as Record<string, unknown>;
  for (const column of columns(meta, prefix)) {
    const value = row[column.key];
    if (value === null || value === undefined) object[column.property] = null;
    else if (column.conversion === 'value') object[column.property] = value;
    else if (column.conversion === 'date') object[column.property] = new Date(value as number);
    else {
      const preloaded = loaded[column.property];
      object[column.property] = preloaded ? new LoadedRef(preloaded) : new LazyRef(em, column.entity, Number(value));
    }
  }
  return object as T;
}
