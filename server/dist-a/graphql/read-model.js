"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LazyRef = exports.LoadedRef = void 0;
exports.related = related;
exports.relatedOrNull = relatedOrNull;
exports.selectList = selectList;
exports.materialise = materialise;
/**
 * Read model for big list pages: rows read with one SQL statement and turned into objects of the entity's
 * class (so the GraphQL types and field resolvers take them as they are) without the ORM's per-entity
 * bookkeeping, which the grid-page benchmark showed to cost most of a page. Only for reading: these
 * objects are not managed and must never be flushed.
 */
/** A relation that is already loaded, shaped like the MikroORM Ref the field resolvers use. */
class LoadedRef {
    constructor(value) {
        this.value = value;
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
exports.LoadedRef = LoadedRef;
/**
 * A relation that is not loaded: its id, and the ORM's reference made only when a resolver asks for the row
 * (making one per relation per row cost a fifth of the grid page, issue 7).
 */
class LazyRef {
    constructor(em, entity, id) {
        this.em = em;
        this.entity = entity;
        this.id = id;
    }
    reference() {
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
exports.LazyRef = LazyRef;
/** The row a relation points to: at once when it is loaded, else a promise of it. */
function related(ref) {
    return ref.isInitialized() ? ref.unwrap() : ref.loadOrFail();
}
/** The same, for a nullable relation. */
function relatedOrNull(ref) {
    if (!ref)
        return null;
    return ref.isInitialized() ? ref.unwrap() : ref.load();
}
const readableCache = new WeakMap();
function readable(meta) {
    const cached = readableCache.get(meta);
    if (cached)
        return cached;
    const props = meta.props.filter((p) => (p.kind === 'scalar' || p.kind === 'm:1') && p.persist !== false && !p.lazy && !p.hidden && p.fieldNames?.length === 1);
    readableCache.set(meta, props);
    return props;
}
const viewPrototypes = new WeakMap();
/**
 * A prototype below the entity's whose entity properties are getters reading the row's column `${prefix}${property}`:
 * objects made from it are `instanceof` the entity class, cost one small object per row, and convert a value (a
 * timestamp to a Date, a foreign key to a reference) only when a resolver reads it. Written values stay on the object.
 */
function viewPrototype(meta, prefix) {
    let byPrefix = viewPrototypes.get(meta);
    if (!byPrefix)
        viewPrototypes.set(meta, (byPrefix = new Map()));
    let proto = byPrefix.get(prefix);
    if (proto)
        return proto;
    const getters = {};
    for (const p of readable(meta)) {
        const key = `${prefix}${p.name}`;
        const name = p.name;
        const entity = p.type;
        let get;
        if (p.kind === 'm:1') {
            get = function () {
                const id = this.$row[key];
                if (id === null || id === undefined)
                    return null;
                const preloaded = this.$loaded[name];
                return preloaded ? new LoadedRef(preloaded) : new LazyRef(this.$em, entity, Number(id));
            };
        }
        else if (p.runtimeType === 'Date') {
            get = function () {
                const value = this.$row[key];
                return value === null || value === undefined ? null : new Date(value);
            };
        }
        else {
            get = function () {
                const value = this.$row[key];
                return value === undefined ? null : value;
            };
        }
        getters[name] = {
            get,
            set(value) {
                Object.defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true });
            },
            enumerable: false,
            configurable: true,
        };
    }
    proto = Object.create(meta.prototype, getters);
    byPrefix.set(prefix, proto);
    return proto;
}
/** The SELECT list of an entity's columns under an alias, named `${prefix}${property}`. */
function selectList(meta, alias, prefix) {
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
function materialise(em, meta, row, prefix, loaded = {}) {
    const view = Object.create(viewPrototype(meta, prefix));
    view.$row = row;
    view.$em = em;
    view.$loaded = loaded;
    return view;
}
//# sourceMappingURL=read-model.js.map