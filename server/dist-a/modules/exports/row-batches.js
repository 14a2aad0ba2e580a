"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EXPORT_BATCH_SIZE = void 0;
exports.keysetBatches = keysetBatches;
/**
 * Rows of a sheet read from PostgreSQL in batches by keyset (the last row of a batch says where the next
 * starts), so a quarter of any size is never held in memory at once and every batch is one indexed query.
 * The next batch is asked for before the current one is handed out, so PostgreSQL reads while Node writes
 * (at most two batches in memory).
 */
async function* keysetBatches(fetch, batchSize) {
    let pending = fetch(null, batchSize);
    try {
        while (pending) {
            const rows = await pending;
            pending = rows.length === batchSize ? fetch(rows[rows.length - 1], batchSize) : null;
            if (rows.length > 0)
                yield rows;
        }
    }
    finally {
        // abandoned early (the writer failed): the read ahead is not awaited, so its failure must not go unhandled
        pending?.catch(() => undefined);
    }
}
exports.EXPORT_BATCH_SIZE = 2000;
//# sourceMappingURL=row-batches.js.map