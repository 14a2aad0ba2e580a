import { ChangeSetType, EventArgs, EventSubscriber, FlushEventArgs, wrap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { currentActorId, currentActorOwnerLinkId, currentActorTokenId, currentCreateCollector } from './actor';
import { ChangeRecord } from './change-record.entity';

const IGNORED_FIELDS = new Set(['version', 'updatedAt', 'passwordHash']);

function plain(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object' && 'id' in (value as Record<string, unknown>)) {
    return (value as { id: unknown }).id;
  }
  return value;
}

const CREATE_RECORD = `insert into change_record (entity_type, entity_id, project_id, action, field, old_value, new_value, changed_by_id, changed_by_token_id, changed_by_owner_link_id, changed_at)`;
const CREATE_VALUES = `(?, ?, ?, 'CREATE', null, null, ?, ?, ?, ?, now())`;

/**
 * The CREATE records a bulk write collected (Actor.collectedCreates), in order: change_records_append links a whole
 * chunk from the chain's head in one call (migration …ChainHead), the same links the insert trigger would make.
 */
export async function writeCollectedCreates(em: EntityManager, rows: unknown[][]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000).map(([entityType, entityId, projectId, snapshot, changedById, changedByTokenId, changedByOwnerLinkId]) => ({
      entity_type: entityType, entity_id: entityId, project_id: projectId, action: 'CREATE', field: null, old_value: null,
      new_value: JSON.parse(snapshot as string), changed_by_id: changedById, changed_by_token_id: changedByTokenId, changed_by_owner_link_id: changedByOwnerLinkId,
    }));
    await em.getConnection().execute('select change_records_append(?::jsonb)', [JSON.stringify(chunk)], 'run', em.getTransactionContext());
  }
  rows.length = 0;
}

/**
 * Writes history rows inside the same flush (so the same transaction) as the change itself, for the entities whose
 * every change is kept (who, when, field, old → new): the audited ones of the entity registry (db/entities.ts).
 */
export class HistorySubscriber implements EventSubscriber {
  constructor(private readonly audited: ReadonlySet<string>) {}

  /** The creation itself, with the row as first written; the id exists only after the insert. */
  async afterCreate(args: EventArgs<object>): Promise<void> {
    const name = args.meta.className;
    if (!this.audited.has(name)) return;
    const entity = args.entity as Record<string, unknown>;
    const projectRef = entity.project as { id?: number } | undefined;
    const snapshot: Record<string, unknown> = {};
    for (const prop of args.meta.props) {
      if (IGNORED_FIELDS.has(prop.name) || prop.hidden || prop.kind === '1:m' || prop.kind === 'm:n') continue;
      snapshot[prop.name] = plain(entity[prop.name]);
    }
    const params = [name, Number(wrap(args.entity, true).getPrimaryKey()), name === 'Project' ? null : (projectRef?.id ?? null), JSON.stringify(snapshot), currentActorId(), currentActorTokenId(), currentActorOwnerLinkId()];
    const collector = currentCreateCollector();
    if (collector) {
      collector.push(params);
      return;
    }
    const em = args.em as EntityManager;
    await em.getConnection().execute(`${CREATE_RECORD} values ${CREATE_VALUES}`, params, 'run', em.getTransactionContext());
  }

  async onFlush(args: FlushEventArgs): Promise<void> {
    const uow = args.uow;
    const actor = currentActorId();
    const tokenActor = currentActorTokenId();
    const ownerLinkActor = currentActorOwnerLinkId();
    for (const cs of uow.getChangeSets()) {
      if (!this.audited.has(cs.name)) continue;
      const entity = cs.entity as Record<string, unknown>;
      const projectRef = entity.project as { id?: number } | undefined;
      const projectId = cs.name === 'Project' ? null : (projectRef?.id ?? null);
      const base = { entityType: cs.name, projectId, changedById: actor, changedByTokenId: tokenActor, changedByOwnerLinkId: ownerLinkActor, changedAt: new Date() };
      if (cs.type === ChangeSetType.UPDATE) {
        const original = cs.originalEntity as Record<string, unknown> | undefined;
        for (const [field, newValue] of Object.entries(cs.payload)) {
          if (IGNORED_FIELDS.has(field)) continue;
          // json properties arrive serialised in the change set: keep them as JSON, not as a string of JSON
          const prop = cs.meta.properties[field as keyof typeof cs.meta.properties];
          const json = prop?.columnTypes?.[0] === 'jsonb' || prop?.columnTypes?.[0] === 'json';
          const value = (v: unknown) => plain(json && typeof v === 'string' ? JSON.parse(v) : v);
          const record = args.em.create(ChangeRecord, {
            ...base,
            entityId: Number(wrap(cs.entity, true).getPrimaryKey()),
            action: 'UPDATE',
            field,
            oldValue: value(original?.[field]),
            newValue: value(newValue),
          });
          uow.computeChangeSet(record);
        }
      }
    }
  }
}

