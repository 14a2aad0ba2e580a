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

const readableCache = new WeakMap<EntityMetadata, EntityProperty[]>();

function readable(meta: EntityMetadata): EntityProperty[] {
  const cached = readableCache.get(meta);
  if (cached) return cached;
  const props = meta.props.filter((p) => (p.kind === 'scalar' || p.kind === 'm:1') && p.persist !== false && !p.lazy && !p.hidden && p.fieldNames?.length === 1);
  readableCache.set(meta, props);
  return props;
}

/** The columns an entity is read with (no lazy or hidden ones: no password hash), for a hand-written SELECT. */
export function columnNames(meta: EntityMetadata): string[] {
  return readable(meta).map((p) => p.fieldNames[0]);
}

/** What a view object holds: the result row, and how to reach what it points to. */
interface View {
  $row: Record<string, unknown>;
  $em: EntityManager;
  $loaded: Record<string, { id: number } | null>;
}

const viewPrototypes = new WeakMap<EntityMetadata, Map<string, object>>();

/**
 * A prototype below the entity's whose entity properties are getters reading the row's column `${prefix}${property}`:
 * objects made from it are `instanceof` the entity class, cost one small object per row, and convert a value (a
 * timestamp to a Date, a foreign key to a reference) only when a resolver reads it. Written values stay on the object.
 */
function viewPrototype(meta: EntityMetadata, prefix: string): object {
  let byPrefix = viewPrototypes.get(meta);
  if (!byPrefix) viewPrototypes.set(meta, (byPrefix = new Map()));
  let proto = byPrefix.get(prefix);
  if (proto) return proto;
  const getters: PropertyDescriptorMap = {};
  for (const p of readable(meta)) {
    const key = `${prefix}${p.name}`;
    const name = p.name;
    const entity = p.type;
    let get: (this: View) => unknown;
    if (p.kind === 'm:1') {
      get = function (this: View) {
        const id = this.$row[key];
        if (id === null || id === undefined) return null;
        const preloaded = this.$loaded[name];
        return preloaded ? new LoadedRef(preloaded) : new LazyRef(this.$em, entity, Number(id));
      };
    } else if (p.runtimeType === 'Date') {
      get = function (this: View) {
        const value = this.$row[key];
        return value === null || value === undefined ? null : new Date(value as number);
      };
    } else {
      get = function (this: View) {
        const value = this.$row[key];
        return value === undefined ? null : value;
      };
    }
    getters[name] = {
      get,
      set(this: object, value: unknown) {
        Object.defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true });
      },
      enumerable: false,
      configurable: true,
    };
  }
  proto = Object.create(meta.prototype, getters) as object;
  byPrefix.set(prefix, proto);
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

/**
 * One row (as selected by selectList) as an object of the entity's class, reading the row as it is asked;
 * relations given in `loaded` are attached.
 */
export function materialise<T>(em: EntityManager, meta: EntityMetadata, row: Record<string, unknown>, prefix: string, loaded: Record<string, { id: number } | null> = {}): T {
  const view = Object.create(viewPrototype(meta, prefix)) as View;
  view.$row = row;
  view.$em = em;
  view.$loaded = loaded;
  return view as unknown as T;
}
