import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ArchivedPeriod } from './archived-period.entity';

const loaders = new WeakMap<EntityManager, DataLoader<number, string | null>>();

/**
 * 跨期 of many callbacks in one statement: the archived period each was carried over from (null: not carried over).
 * One loader per request's EntityManager, so a grid page of 500 rows asks once.
 */
export function carryOverLoader(em: EntityManager): DataLoader<number, string | null> {
  let loader = loaders.get(em);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const carried = await em.getRepository(ArchivedPeriod).carriedOver(ids);
      return ids.map((id) => carried.get(id) ?? null);
    });
    loaders.set(em, loader);
  }
  return loader;
}
