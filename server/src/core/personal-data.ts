import { maskName, maskPhone, maskUnit } from '@hf/shared';
import type { ProjectAccess } from './caller';
import { canSeePersonalData } from './access';

/**
 * Residents' personal data (seed 001: 保护客户隐私，不得泄露个人信息): which fields of which types hold it, and how a
 * value is masked for a caller who may not read it. The GraphQL layer applies it to every field marked @PersonalData
 * (graphql/personal-data.ts); code that lays rows out elsewhere (the workbook, history) uses maskRow.
 */
export type PersonalDataKind = 'name' | 'phone' | 'unit';

const MASKS: Record<PersonalDataKind, (value: string) => string> = { name: maskName, phone: maskPhone, unit: maskUnit };

export function maskPersonalData(kind: PersonalDataKind, value: unknown): unknown {
  // a list of names (the owners of a repeated complaint) is masked name by name
  if (Array.isArray(value)) return value.map((item) => maskPersonalData(kind, item));
  return typeof value === 'string' && value !== '' ? MASKS[kind](value) : value;
}

/** type name → property → kind; filled by @PersonalData, read by history (old/new values) and exports */
const registry = new Map<string, Map<string, PersonalDataKind>>();

export function registerPersonalData(typeName: string, field: string, kind: PersonalDataKind): void {
  if (!registry.has(typeName)) registry.set(typeName, new Map());
  registry.get(typeName)!.set(field, kind);
}

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

/**
 * Personal data inside a JSON property that is not itself a field with @PersonalData (a report's frozen statistics):
 * the owning module registers how to mask it, so history old/new values of it are masked by the same rule.
 */
export type JsonPersonalDataMask = (access: ProjectAccess | null, projectId: number | null, value: unknown) => unknown;
const jsonMasks = new Map<string, JsonPersonalDataMask>();

export function registerJsonPersonalData(typeName: string, field: string, mask: JsonPersonalDataMask): void {
  jsonMasks.set(`${typeName}.${field}`, mask);
}

export function jsonPersonalDataMask(typeName: string, field: string): JsonPersonalDataMask | undefined {
  return jsonMasks.get(`${typeName}.${field}`);
}

export function jsonPersonalDataMasks(): ReadonlyMap<string, JsonPersonalDataMask> {
  return jsonMasks;
}
