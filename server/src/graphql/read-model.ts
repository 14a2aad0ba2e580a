import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityMetadata, EntityProperty } from '@mikro-orm/core';

/**
 * Read model for big list pages: rows read with one SQL statement and turned into objects of the entity's
 * class (so the GraphQL types and field resolvers take them as they are) without the ORM's per-entity
 * bookkeeping, which the grid-page benchmark showed to cost most of a page. Only for reading: these
 * objects are not managed and must never be flushed.
 */

/** A relation that is already loaded, shaped like the MikroORM Ref the field resolvers use. */
export function loadedRef<T extends { id: number }>(value: T) {
  return { id: value.id, load: async () => value, loadOrFail: async () => value, getEntity: () => value, isInitialized: () => true, unwrap: () => value };
}

const readableCache = new WeakMap<EntityMetadata, EntityProperty[]>();

function readable(meta: EntityMetadata): EntityProperty[] {
  const cached = readableCache.get(meta);
  if (cached) return cached;
  const props = meta.props.filter((p) => (p.kind === 'scalar' || p.kind === 'm:1') && p.persist !== false && !p.lazy && !p.hidden && p.fieldNames?.length === 1);
  readableCache.set(meta, props);
  return props;
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
  for (const p of readable(meta)) {
    const value = row[`${prefix}${p.name}`];
    let converted: unknown;
    if (p.kind === 'm:1') {
      if (value === null || value === undefined) converted = null;
      else if (loaded[p.name]) converted = loadedRef(loaded[p.name]!);
      else converted = em.getReference(p.type, Number(value), { wrapped: true });
    } else if (p.runtimeType === 'Date') {
      converted = value === null || value === undefined ? null : new Date(Number(value));
    } else {
      converted = value;
    }
    object[p.name] = converted;
  }
  return object as T;
}
