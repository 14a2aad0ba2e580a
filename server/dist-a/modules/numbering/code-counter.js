"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.COUNTER_SCOPE = void 0;
exports.nextSequence = nextSequence;
/**
 * The next number of a gapless sequence (per project, scope and period), taken inside the caller's
 * transaction: the upsert locks the counter row until commit, so concurrent creators queue up, and a
 * rollback gives the number back. Never call it outside a transaction.
 */
async function nextSequence(em, projectId, scope, period) {
    const rows = await em.execute(`insert into code_counter (project_id, scope, period, value) values (?, ?, ?, 1)
     on conflict (project_id, scope, period) do update set value = code_counter.value + 1
     returning value`, [projectId, scope, period]);
    return rows[0].value;
}
exports.COUNTER_SCOPE = {
    ticket: 'TICKET',
    callback: 'HF',
    workbook: 'HFB',
};
//# sourceMappingURL=code-counter.js.map