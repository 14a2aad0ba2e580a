import type { EntityManager } from '@mikro-orm/postgresql';
import { type ChangeNotice, EVENT_CHANNEL } from './event.rules';

/**
 * NOTIFY hf_events with a notice, on the entity manager's transaction when it has one (PostgreSQL then delivers it at
 * commit, never for a rollback): the one way a change is told to every process.
 */
export async function notifyChange(em: EntityManager, notice: ChangeNotice): Promise<void> {
  await em.getConnection().execute('select pg_notify(?, ?)', [EVENT_CHANNEL, JSON.stringify(notice)], 'run', em.getTransactionContext());
}
