import { maskName, maskPhone, maskUnit } from '@hf/shared';
import { defaultFieldResolver, GraphQLSchema, isObjectType } from 'graphql';
import { Extensions, MiddlewareFn } from 'type-graphql';
import { canSeePersonalData } from '../core/access';
import type { Context } from './context';
import type { ProjectAccess } from '../core/caller';

/**
 * Residents' personal data (seed 001: 保护客户隐私，不得泄露个人信息). A field marked @PersonalData is masked in the
 * schema layer — by the field's own resolver — unless the caller is staff of the row's project or a token with
 * pii:read. Every path to the field (a list, node(id), a nested object, history, an export that resolves the
 * same fields) therefore gets the same answer; nothing needs to remember to mask.
 */
export type PersonalDataKind = 'name' | 'phone' | 'unit';

const MASKS: Record<PersonalDataKind, (value: string) => string> = { name: maskName, phone: maskPhone, unit: maskUnit };

export function maskPersonalData(kind: PersonalDataKind, value: unknown): unknown {
  // a list of names (the owners of a repeated complaint) is masked name by name
  if (Array.isArray(value)) return value.map((item) => maskPersonalData(kind, item));
  return typeof value === 'string' && value !== '' ? MASKS[kind](value) : value;
}

/** type name → property → kind; filled by the decorator, read by history (old/new values) and exports */
const registry = new Map<string, Map<string, PersonalDataKind>>();

export function personalDataFields(typeName: string): ReadonlyMap<string, PersonalDataKind> | undefined {
  return registry.get(typeName);
}

/** The project a row belongs to: `project` (a Ref or entity) or a plain `projectId`. */
export function projectIdOf(row: unknown): number | null {
  const r = row as { project?: { id?: number } | null; projectId?: number | null } | null;
  return r?.project?.id ?? r?.projectId ?? null;
}

/** A row of `typeName` as the caller may see it: personal fields masked unless allowed for the row's project. */
export function maskRow<T extends object>(access: ProjectAccess | null, typeName: string, projectId: number | null, row: T): T {
  const fields = registry.get(typeName);
  if (!fields || canSeePersonalData(access, projectId)) return row;
  const copy = { ...row } as Record<string, unknown>;
  for (const [field, kind] of fields) if (field in copy) copy[field] = maskPersonalData(kind, copy[field]);
  return copy as T;
}

/** Marks a GraphQL field as personal data of a resident; put it next to @Field. */
export function PersonalData(kind: PersonalDataKind): PropertyDecorator & MethodDecorator {
  const extension = Extensions({ personalData: kind });
  return (target: object, propertyKey: string | symbol, descriptor?: PropertyDescriptor) => {
    const typeName = target.constructor.name;
    if (!registry.has(typeName)) registry.set(typeName, new Map());
    registry.get(typeName)!.set(String(propertyKey), kind);
    (extension as (t: object, k: string | symbol, d?: PropertyDescriptor) => void)(target, propertyKey, descriptor);
  };
}

const isPromise = (value: unknown): value is Promise<unknown> => typeof (value as Promise<unknown> | null)?.then === 'function';

/**
 * Puts the mask into the resolver of every field marked @PersonalData, once the schema is built. A plain wrapper
 * rather than a type-graphql middleware: middlewares are async, and three promise chains per row made the grid
 * page's execution several times slower (issue 7); a field that was synchronous stays synchronous.
 */
export function maskPersonalDataFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const kind = field.extensions?.personalData as PersonalDataKind | undefined;
      if (!kind) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context: Context, info) => {
        const value: unknown = resolve(root, args, context, info);
        if (canSeePersonalData(context.caller, projectIdOf(root))) return value;
        return isPromise(value) ? value.then((v) => maskPersonalData(kind, v)) : maskPersonalData(kind, value);
      };
    }
  }
  return schema;
}

/**
 * Personal data inside a JSON property that is not itself a GraphQL field with @PersonalData (a report's frozen
 * statistics): the owning module registers how to mask it, so history old/new values of it are masked by the same rule.
 */
export type JsonPersonalDataMask = (access: ProjectAccess | null, projectId: number | null, value: unknown) => unknown;
const jsonMasks = new Map<string, JsonPersonalDataMask>();

export function registerJsonPersonalData(typeName: string, field: string, mask: JsonPersonalDataMask): void {
  jsonMasks.set(`${typeName}.${field}`, mask);
}

/**
 * History keeps old and new values of every field, personal ones included: they are masked by the same rule,
 * using the fields marked @PersonalData on the changed type (an UPDATE names the field; a CREATE holds the row).
 */
export const maskHistoryValue: MiddlewareFn<Context> = async ({ root, context }, next) => {
  const value: unknown = await next();
  const record = root as { entityType: string; field: string | null; projectId: number | null };
  if (value === null || canSeePersonalData(context.caller, record.projectId)) return value;
  if (record.field) {
    const jsonMask = jsonMasks.get(`${record.entityType}.${record.field}`);
    if (jsonMask) return jsonMask(null, record.projectId, value);
    const kind = registry.get(record.entityType)?.get(record.field);
    return kind ? maskPersonalData(kind, value) : value;
  }
  if (typeof value !== 'object' || Array.isArray(value)) return value;
  const row = maskRow(null, record.entityType, record.projectId, value as Record<string, unknown>);
  const masked: Record<string, unknown> = { ...row };
  for (const [key, mask] of jsonMasks) {
    const [typeName, field] = key.split('.');
    if (typeName === record.entityType && masked[field] != null) masked[field] = mask(null, record.projectId, masked[field]);
  }
  return masked;
};
