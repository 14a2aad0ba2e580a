import 'reflect-metadata';
import { DataloaderType, MikroORM, Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
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
export async function initOrm(clientUrl: string, overrides: Partial<Options> = {}): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(clientUrl, overrides));
  await orm.getMigrator().up();
  return orm;
}
