import { EventArgs, EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { currentActorId, isHistoricalLoad } from '../audit/actor';
import { ChangeNotice, eventsOf, LIVE_ENTITIES } from './event.rules';
import { notifyChange } from './notify';

interface Changed {
  status?: string | null;
  project?: { id?: number } | null;
  period?: string;
}

/**
 * The outbox: a business event (event.rules.ts) is a domain_event row written in the transaction of the change, so it
 * exists exactly when the change does — a crash after the commit loses none, a rolled-back change leaves none.
 * NOTIFY in the same transaction tells every process (delivered at commit, never for a rollback): the dispatch job
 * and the open sheets (a live row).
 */
export class EventsSubscriber implements EventSubscriber {
  /** rows changed by a flush, told in one NOTIFY after it (a paste of 500 rows is one statement, not 500) */
  private readonly kinds = new WeakMap<object, Map<string, { projectId: number | null; ids: number[] }>>();

  async afterCreate(args: EventArgs<object>): Promise<void> {
    await this.record(args, true);
  }

  async afterUpdate(args: EventArgs<object>): Promise<void> {
    await this.record(args, false);
  }

  private async record(args: EventArgs<object>, created: boolean): Promise<void> {
    const entityType = args.meta.className;
    const entity = args.entity as Changed & { id?: number };
    const before = args.changeSet?.originalEntity as Changed | undefined;
    // records imported from an old ledger are history, not news: the sheets hear of them, other systems do not
    const events = isHistoricalLoad() ? [] : eventsOf({ entityType, created, statusBefore: before?.status ?? null, statusAfter: entity.status ?? null });
    const live = LIVE_ENTITIES.has(entityType);
    if (!events.length && !live) return;
    const em = args.em as EntityManager;
    const connection = em.getConnection();
    const tx = em.getTransactionContext();
    const projectId = entityType === 'Project' ? null : (entity.project?.id ?? null);
    // an archived period's key is its project and period
    const entityId = entityType === 'ArchivedPeriod' ? projectId! : entity.id!;
    const period = entityType === 'ArchivedPeriod' ? (entity.period ?? null) : null;
    for (const type of events) {
      await connection.execute(
        `insert into domain_event (type, project_id, entity_type, entity_id, period, actor_id) values (?, ?, ?, ?, ?, ?)`,
        [type, projectId, entityType, entityId, period, currentActorId()], 'run', tx,
      );
    }
    if (events.length) await notifyChange(em, { kind: 'event' });
    if (live) {
      const byKind = this.kinds.get(em) ?? new Map<string, { projectId: number | null; ids: number[] }>();
      this.kinds.set(em, byKind);
      const key = `${entityType}:${projectId}`;
      const entry = byKind.get(key) ?? { projectId, ids: [] };
      entry.ids.push(entityId);
      byKind.set(key, entry);
    }
  }

  /**
   * Inside the caller's transaction when there is one (then PostgreSQL delivers it at commit), after the flush's own
   * commit otherwise: either way a sheet hears of a row only once it is saved.
   */
  async afterFlush(args: FlushEventArgs): Promise<void> {
    const byKind = this.kinds.get(args.em);
    if (!byKind?.size) return;
    this.kinds.delete(args.em);
    const em = args.em as EntityManager;
    for (const [key, { projectId, ids }] of byKind) {
      const entityType = key.split(':')[0];
      // a NOTIFY payload holds at most 8,000 bytes: 500 ids a notice
      for (let i = 0; i < ids.length; i += 500) {
        const notice: ChangeNotice = { kind: 'row', entityType, ids: ids.slice(i, i + 500), projectId };
        await notifyChange(em, notice);
      }
    }
  }
}
