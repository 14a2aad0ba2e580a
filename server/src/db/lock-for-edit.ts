import { LockMode } from '@mikro-orm/core';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ProjectAccess } from '../core/caller';
import { canSeeProject } from '../core/access';
import { conflict, notFound } from '../core/domain-error';

/** A row people edit: optimistic locking on `version`; most rows belong to a project. */
export interface Editable {
  id: number;
  version: number;
  project?: { id: number };
}

/** Which row an edit is for, and the version it was based on (null: any; the row is only read for the change). */
export interface EditTarget {
  id: number;
  version: number | null;
}

export interface LockOptions<T> {
  /** where NOT_FOUND points (default ['id']) */
  idField?: string | string[];
  /** where CONFLICT points (default ['version']) */
  versionField?: string | string[];
  /** checked once the row is locked and current, before the change: e.g. that its period is not archived */
  whenLocked?: (row: T, em: EntityManager) => Promise<void>;
}

/**
 * Loads a row for a change, inside the caller's transaction: looked up and locked (SELECT … FOR UPDATE, so concurrent
 * edits of it queue), visible to the caller (a row of another project is NOT_FOUND, so nothing tells it exists), at the
 * version they read (else CONFLICT), and whatever `whenLocked` asks.
 */
export async function lockForEdit<T extends Editable>(
  em: EntityManager,
  entity: EntityClass<T>,
  access: ProjectAccess,
  target: EditTarget,
  options: LockOptions<T> = {},
): Promise<T> {
  const row = (await em.findOne(entity, { id: target.id } as FilterQuery<T>, { lockMode: LockMode.PESSIMISTIC_WRITE })) as T | null;
  if (!row || (row.project && !canSeeProject(access, row.project.id))) throw notFound(options.idField ?? 'id');
  if (target.version !== null && row.version !== target.version) throw conflict(options.versionField ?? 'version');
  await options.whenLocked?.(row, em);
  return row;
}

/** One change of one row in its own transaction: lockForEdit, the change, commit; the row as stored. */
export async function editLocked<T extends Editable>(
  em: EntityManager,
  entity: EntityClass<T>,
  access: ProjectAccess,
  target: EditTarget,
  options: LockOptions<T>,
  change: (tx: EntityManager, row: T) => Promise<void>,
): Promise<T> {
  return em.transactional(async (tx) => {
    const row = await lockForEdit(tx, entity, access, target, options);
    await change(tx, row);
    await tx.flush();
    return row;
  });
}
