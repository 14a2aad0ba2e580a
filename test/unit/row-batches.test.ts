import { keysetBatches } from '../../server/src/modules/exports/row-batches';

/** A table of ids 1..n read by keyset, recording what was asked. */
function table(n: number) {
  const asked: (number | null)[] = [];
  const fetch = async (after: { id: number } | null, limit: number) => {
    asked.push(after?.id ?? null);
    const from = after?.id ?? 0;
    return Array.from({ length: Math.max(0, Math.min(limit, n - from)) }, (_, i) => ({ id: from + i + 1 }));
  };
  return { asked, fetch };
}

async function collect<R>(batches: AsyncIterable<R[]>): Promise<R[][]> {
  const out: R[][] = [];
  for await (const batch of batches) out.push(batch);
  return out;
}

describe('rows read in keyset batches', () => {
  it('should hand out every row once, in order, continuing after the last row of each batch', async () => {
    const { asked, fetch } = table(7);
    const batches = await collect(keysetBatches(fetch, 3));
    expect(batches.map((b) => b.map((r) => r.id))).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(asked).toEqual([null, 3, 6]);
  });

  it('should stop after an exact multiple with one empty read, and yield nothing for an empty table', async () => {
    const exact = table(6);
    expect((await collect(keysetBatches(exact.fetch, 3))).flat()).toHaveLength(6);
    expect(exact.asked).toEqual([null, 3, 6]);
    expect(await collect(keysetBatches(table(0).fetch, 3))).toEqual([]);
  });

  it('should ask for the next batch before the current one is written (read ahead)', async () => {
    const { asked, fetch } = table(10);
    const iterator = keysetBatches(fetch, 4)[Symbol.asyncIterator]();
    await iterator.next();
    expect(asked).toEqual([null, 4]);
    await iterator.return(undefined);
  });
});
