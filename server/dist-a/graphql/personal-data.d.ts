import { GraphQLSchema } from 'graphql';
import { MiddlewareFn } from 'type-graphql';
import type { Context, ProjectAccess } from './context';
/**
 * Residents' personal data (seed 001: 保护客户隐私，不得泄露个人信息). A field marked @PersonalData is masked in the
 * schema layer — by the field's own resolver — unless the caller is staff of the row's project or a token with
 * pii:read. Every path to the field (a list, node(id), a nested object, history, an export that resolves the
 * same fields) therefore gets the same answer; nothing needs to remember to mask.
 */
export type PersonalDataKind = 'name' | 'phone' | 'unit';
export declare function maskPersonalData(kind: PersonalDataKind, value: unknown): unknown;
export declare function personalDataFields(typeName: string): ReadonlyMap<string, PersonalDataKind> | undefined;
/** The project a row belongs to: `project` (a Ref or entity) or a plain `projectId`. */
export declare function projectIdOf(row: unknown): number | null;
/** A row of `typeName` as the caller may see it: personal fields masked unless allowed for the row's project. */
export declare function maskRow<T extends object>(access: ProjectAccess | null, typeName: string, projectId: number | null, row: T): T;
/** Marks a GraphQL field as personal data of a resident; put it next to @Field. */
export declare function PersonalData(kind: PersonalDataKind): PropertyDecorator & MethodDecorator;
/**
 * Puts the mask into the resolver of every field marked @PersonalData, once the schema is built. A plain wrapper
 * rather than a type-graphql middleware: middlewares are async, and three promise chains per row made the grid
 * page's execution several times slower (issue 7); a field that was synchronous stays synchronous.
 */
export declare function maskPersonalDataFields(schema: GraphQLSchema): GraphQLSchema;
/**
 * Personal data inside a JSON property that is not itself a GraphQL field with @PersonalData (a report's frozen
 * statistics): the owning module registers how to mask it, so history old/new values of it are masked by the same rule.
 */
export type JsonPersonalDataMask = (access: ProjectAccess | null, projectId: number | null, value: unknown) => unknown;
export declare function registerJsonPersonalData(typeName: string, field: string, mask: JsonPersonalDataMask): void;
/**
 * History keeps old and new values of every field, personal ones included: they are masked by the same rule,
 * using the fields marked @PersonalData on the changed type (an UPDATE names the field; a CREATE holds the row).
 */
export declare const maskHistoryValue: MiddlewareFn<Context>;
