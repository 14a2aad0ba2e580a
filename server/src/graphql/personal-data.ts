import { defaultFieldResolver, GraphQLSchema, isObjectType } from 'graphql';
import { Extensions, MiddlewareFn } from 'type-graphql';
import { canSeePersonalData } from '../core/access';
import {
  jsonPersonalDataMask, jsonPersonalDataMasks, maskPersonalData, maskRow, PersonalDataKind, personalDataFields, projectIdOf,
  registerPersonalData,
} from '../core/personal-data';
import type { Context } from './context';

/**
 * Residents' personal data (seed 001: 保护客户隐私，不得泄露个人信息) in the schema. A field marked @PersonalData is
 * masked by the field's own resolver (the rule: core/personal-data.ts) unless the caller is staff of the row's project or
 * a token with pii:read. Every path to the field (a list, node(id), a nested object, history, an export that resolves
 * the same fields) therefore gets the same answer; nothing needs to remember to mask.
 */

/** Marks a GraphQL field as personal data of a resident; put it next to @Field. */
export function PersonalData(kind: PersonalDataKind): PropertyDecorator & MethodDecorator {
  const extension = Extensions({ personalData: kind });
  return (target: object, propertyKey: string | symbol, descriptor?: PropertyDescriptor) => {
    registerPersonalData(target.constructor.name, String(propertyKey), kind);
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
 * History keeps old and new values of every field, personal ones included: they are masked by the same rule,
 * using the fields marked @PersonalData on the changed type (an UPDATE names the field; a CREATE holds the row).
 */
export const maskHistoryValue: MiddlewareFn<Context> = async ({ root, context }, next) => {
  const value: unknown = await next();
  const record = root as { entityType: string; field: string | null; projectId: number | null };
  if (value === null || canSeePersonalData(context.caller, record.projectId)) return value;
  if (record.field) {
    const jsonMask = jsonPersonalDataMask(record.entityType, record.field);
    if (jsonMask) return jsonMask(null, record.projectId, value);
    const kind = personalDataFields(record.entityType)?.get(record.field);
    return kind ? maskPersonalData(kind, value) : value;
  }
  if (typeof value !== 'object' || Array.isArray(value)) return value;
  const row = maskRow(null, record.entityType, record.projectId, value as Record<string, unknown>);
  const masked: Record<string, unknown> = { ...row };
  for (const [key, mask] of jsonPersonalDataMasks()) {
    const [typeName, field] = key.split('.');
    if (typeName === record.entityType && masked[field] != null) masked[field] = mask(null, record.projectId, masked[field]);
  }
  return masked;
};
