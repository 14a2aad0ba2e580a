"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HistorySubscriber = void 0;
const core_1 = require("@mikro-orm/core");
const actor_1 = require("./actor");
const change_record_entity_1 = require("./change-record.entity");
/** Entities whose every change is kept (who, when, field, old → new). */
const AUDITED = new Set(['Ticket', 'Callback', 'CallbackPolicy', 'Project', 'User', 'QuarterlyReport', 'ApiToken']);
const IGNORED_FIELDS = new Set(['version', 'updatedAt', 'passwordHash']);
function plain(value) {
    if (value === undefined)
        return null;
    if (value instanceof Date)
        return value.toISOString();
    if (value && typeof value === 'object' && 'id' in value) {
        return value.id;
    }
    return value;
}
/** Writes history rows inside the same flush (so the same transaction) as the change itself. */
class HistorySubscriber {
    /** The creation itself, with the row as first written; the id exists only after the insert. */
    async afterCreate(args) {
        const name = args.meta.className;
        if (!AUDITED.has(name))
            return;
        const entity = args.entity;
        const projectRef = entity.project;
        const snapshot = {};
        for (const prop of args.meta.props) {
            if (IGNORED_FIELDS.has(prop.name) || prop.hidden || prop.kind === '1:m' || prop.kind === 'm:n')
                continue;
            snapshot[prop.name] = plain(entity[prop.name]);
        }
        const em = args.em;
        await em.getConnection().execute(`insert into change_record (entity_type, entity_id, project_id, action, field, old_value, new_value, changed_by_id, changed_by_token_id, changed_at)
       values (?, ?, ?, 'CREATE', null, null, ?, ?, ?, now())`, [name, Number((0, core_1.wrap)(args.entity, true).getPrimaryKey()), name === 'Project' ? null : (projectRef?.id ?? null), JSON.stringify(snapshot), (0, actor_1.currentActorId)(), (0, actor_1.currentActorTokenId)()], 'run', em.getTransactionContext());
    }
    async onFlush(args) {
        const uow = args.uow;
        const actor = (0, actor_1.currentActorId)();
        const tokenActor = (0, actor_1.currentActorTokenId)();
        for (const cs of uow.getChangeSets()) {
            if (!AUDITED.has(cs.name))
                continue;
            const entity = cs.entity;
            const projectRef = entity.project;
            const projectId = cs.name === 'Project' ? null : (projectRef?.id ?? null);
            const base = { entityType: cs.name, projectId, changedById: actor, changedByTokenId: tokenActor, changedAt: new Date() };
            if (cs.type === core_1.ChangeSetType.UPDATE) {
                const original = cs.originalEntity;
                for (const [field, newValue] of Object.entries(cs.payload)) {
                    if (IGNORED_FIELDS.has(field))
                        continue;
                    // json properties arrive serialised in the change set: keep them as JSON, not as a string of JSON
                    const prop = cs.meta.properties[field];
                    const json = prop?.columnTypes?.[0] === 'jsonb' || prop?.columnTypes?.[0] === 'json';
                    const value = (v) => plain(json && typeof v === 'string' ? JSON.parse(v) : v);
                    const record = args.em.create(change_record_entity_1.ChangeRecord, {
                        ...base,
                        entityId: Number((0, core_1.wrap)(cs.entity, true).getPrimaryKey()),
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
exports.HistorySubscriber = HistorySubscriber;
//# sourceMappingURL=history.subscriber.js.map