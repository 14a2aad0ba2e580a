import 'reflect-metadata';
import { DataloaderType, MikroORM, Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import pg from 'pg';
import { HistorySubscriber } from '../modules/audit/history.subscriber';
import { EventsSubscriber } from '../modules/events/events.subscriber';
import { auditedEntityNames, entities } from './entities';
import { migrationsList } from './migrations';

export function ormOptions(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return {
    clientUrl,
    entities,
    extensions: [Migrator],
    subscribers: [new HistorySubscriber(auditedEntityNames()), new EventsSubscriber()],
    // relations are loaded in batches (one query per relation per page, never per row)
    dataloader: DataloaderType.ALL,
    loadStrategy: 'select-in',
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: false,
    pool: { min: 0, max: 20 },
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    ...overrides,
  };
}

/** Connects and brings the schema up to date with the migrations (never schema.update). */
/** an advisory lock key of our own: held while a process migrates or seeds */
const STARTUP_LOCK = 72_650_301;

/**
 * Runs `work` while holding the database's startup lock (a session advisory lock on a connection of its own, let go
 * when that connection ends): replicas starting together migrate and seed one after the other.
 */
export async function withStartupLock<T>(clientUrl: string, work: () => Promise<T>): Promise<T> {
  const lock = new pg.Client({ connectionString: clientUrl });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [STARTUP_LOCK]);
    return await work();
  } finally {
    await lock.end();
  }
}

export async function initOrm(clientUrl: string, overrides: Partial<Options> = {}): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(clientUrl, overrides));
  // processes starting together on one database migrate one after the other (the others then find nothing to do)
  await withStartupLock(clientUrl, () => orm.getMigrator().up());
  return orm;
}
