/**
 * Rows of a sheet read from PostgreSQL in batches by keyset (the last row of a batch says where the next
 * starts), so a quarter of any size is never held in memory at once and every batch is one indexed query.
 * The next batch is asked for before the current one is handed out, so PostgreSQL reads while Node writes
 * (at most two batches in memory).
 */
export declare function keysetBatches<R>(fetch: (after: R | null, limit: number) => Promise<R[]>, batchSize: number): AsyncGenerator<R[]>;
export declare const EXPORT_BATCH_SIZE = 2000;
