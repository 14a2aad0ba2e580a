/**
 * Rows of a sheet read from PostgreSQL in batches by keyset (the last row of a batch says where the next
 * starts), so a quarter of any size is never held in memory at once and every batch is one indexed query.
 * The next batch is asked for before the current one is handed out, so PostgreSQL reads while Node writes
 * (at most two batches in memory).
 */
export async function* keysetBatches<R>(fetch: (after: R | null, limit: number) => Promise<R[]>, batchSize: number): AsyncGenerator<R[]> {
  let pending: Promise<R[]> | null = fetch(null, batchSize);
  try {
    while (pending) {
      const rows: R[] = await pending;
      pending = rows.length === batchSize ? fetch(rows[rows.length - 1], batchSize) : null;
      if (rows.length > 0) yield rows;
    }
  } finally {
    // abandoned early (the writer failed): the read ahead is not awaited, so its failure must not go unhandled
    pending?.catch(() => undefined);
  }
}

export const EXPORT_BATCH_SIZE = 2000;

/** runs a statement on the caller's transaction and returns its rows */
export type RunRows<R> = (sql: string, params: unknown[]) => Promise<R[]>;

let cursors = 0;

/**
 * Rows of one statement whose order has no keyset to continue from cheaply (a list sorted or grouped over the whole
 * period, e.g. 不合格回访 by serial code, 重复投诉 by count): the statement runs once, as a cursor of the caller's
 * transaction, and its rows are fetched a batch at a time, reading ahead like keysetBatches. The cursor is closed
 * when the rows are all read or the reader stops early.
 */
export async function* cursorBatches<R>(run: RunRows<R>, sql: string, params: unknown[], batchSize: number): AsyncGenerator<R[]> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`batch size ${batchSize}: a positive integer`);
  const cursor = `export_rows_${++cursors}`;
  await run(`declare ${cursor} no scroll cursor for ${sql}`, params);
  try {
    yield* keysetBatches<R>(() => run(`fetch forward ${batchSize} from ${cursor}`, []), batchSize);
  } finally {
    // a failed transaction has closed it already
    await run(`close ${cursor}`, []).catch(() => undefined);
  }
}
