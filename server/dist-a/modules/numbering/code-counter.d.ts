import type { EntityManager } from '@mikro-orm/postgresql';
/**
 * The next number of a gapless sequence (per project, scope and period), taken inside the caller's
 * transaction: the upsert locks the counter row until commit, so concurrent creators queue up, and a
 * rollback gives the number back. Never call it outside a transaction.
 */
export declare function nextSequence(em: EntityManager, projectId: number, scope: string, period: string): Promise<number>;
export declare const COUNTER_SCOPE: {
    readonly ticket: "TICKET";
    readonly callback: "HF";
    readonly workbook: "HFB";
};
