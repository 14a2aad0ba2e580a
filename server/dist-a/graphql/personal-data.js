"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.maskHistoryValue = void 0;
exports.maskPersonalData = maskPersonalData;
exports.personalDataFields = personalDataFields;
exports.projectIdOf = projectIdOf;
exports.maskRow = maskRow;
exports.PersonalData = PersonalData;
exports.maskPersonalDataFields = maskPersonalDataFields;
exports.registerJsonPersonalData = registerJsonPersonalData;
const shared_1 = require("@hf/shared");
const graphql_1 = require("graphql");
const type_graphql_1 = require("type-graphql");
const access_1 = require("../modules/users/access");
const MASKS = { name: shared_1.maskName, phone: shared_1.maskPhone, unit: shared_1.maskUnit };
function maskPersonalData(kind, value) {
    // a list of names (the owners of a repeated complaint) is masked name by name
    if (Array.isArray(value))
        return value.map((item) => maskPersonalData(kind, item));
    return typeof value === 'string' && value !== '' ? MASKS[kind](value) : value;
}
/** type name → property → kind; filled by the decorator, read by history (old/new values) and exports */
const registry = new Map();
function personalDataFields(typeName) {
    return registry.get(typeName);
}
/** The project a row belongs to: `project` (a Ref or entity) or a plain `projectId`. */
function projectIdOf(row) {
    const r = row;
    return r?.project?.id ?? r?.projectId ?? null;
}
/** A row of `typeName` as the caller may see it: personal fields masked unless allowed for the row's project. */
function maskRow(access, typeName, projectId, row) {
    const fields = registry.get(typeName);
    if (!fields || (0, access_1.canSeePersonalData)(access, projectId))
        return row;
    const copy = { ...row };
    for (const [field, kind] of fields)
        if (field in copy)
            copy[field] = maskPersonalData(kind, copy[field]);
    return copy;
}
/** Marks a GraphQL field as personal data of a resident; put it next to @Field. */
function PersonalData(kind) {
    const extension = (0, type_graphql_1.Extensions)({ personalData: kind });
    return (target, propertyKey, descriptor) => {
        const typeName = target.constructor.name;
        if (!registry.has(typeName))
            registry.set(typeName, new Map());
        registry.get(typeName).set(String(propertyKey), kind);
        extension(target, propertyKey, descriptor);
    };
}
const isPromise = (value) => typeof value?.then === 'function';
/**
 * Puts the mask into the resolver of every field marked @PersonalData, once the schema is built. A plain wrapper
 * rather than a type-graphql middleware: middlewares are async, and three promise chains per row made the grid
 * page's execution several times slower (issue 7); a field that was synchronous stays synchronous.
 */
function maskPersonalDataFields(schema) {
    for (const type of Object.values(schema.getTypeMap())) {
        if (!(0, graphql_1.isObjectType)(type))
            continue;
        for (const field of Object.values(type.getFields())) {
            const kind = field.extensions?.personalData;
            if (!kind)
                continue;
            const resolve = field.resolve ?? graphql_1.defaultFieldResolver;
            field.resolve = (root, args, context, info) => {
                const value = resolve(root, args, context, info);
                if ((0, access_1.canSeePersonalData)(context.caller, projectIdOf(root)))
                    return value;
                return isPromise(value) ? value.then((v) => maskPersonalData(kind, v)) : maskPersonalData(kind, value);
            };
        }
    }
    return schema;
}
const jsonMasks = new Map();
function registerJsonPersonalData(typeName, field, mask) {
    jsonMasks.set(`${typeName}.${field}`, mask);
}
/**
 * History keeps old and new values of every field, personal ones included: they are masked by the same rule,
 * using the fields marked @PersonalData on the changed type (an UPDATE names the field; a CREATE holds the row).
 */
const maskHistoryValue = async ({ root, context }, next) => {
    const value = await next();
    const record = root;
    if (value === null || (0, access_1.canSeePersonalData)(context.caller, record.projectId))
        return value;
    if (record.field) {
        const jsonMask = jsonMasks.get(`${record.entityType}.${record.field}`);
        if (jsonMask)
            return jsonMask(null, record.projectId, value);
        const kind = registry.get(record.entityType)?.get(record.field);
        return kind ? maskPersonalData(kind, value) : value;
    }
    if (typeof value !== 'object' || Array.isArray(value))
        return value;
    const row = maskRow(null, record.entityType, record.projectId, value);
    const masked = { ...row };
    for (const [key, mask] of jsonMasks) {
        const [typeName, field] = key.split('.');
        if (typeName === record.entityType && masked[field] != null)
            masked[field] = mask(null, record.projectId, masked[field]);
    }
    return masked;
};
exports.maskHistoryValue = maskHistoryValue;
//# sourceMappingURL=personal-data.js.map