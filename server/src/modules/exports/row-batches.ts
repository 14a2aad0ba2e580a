/**
 * Rows of a sheet read from PostgreSQL in batches by keyset (the last row of a batch says where the next
 * starts), so a quarter of any size is never held in memory at once and every batch is one indexed query.
 */
export async function* keysetBatches<R>(fetch: (after: R | null, limit: number) => Promise<R[]>, batchSize: number): AsyncGenerator<R[]> {
  let after: R | null = null;
  for (;;) {
    const rows = await fetch(after, batchSize);
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1];
  }
}

export const EXPORT_BATCH_SIZE = 2000;
