import { cursorBatches, keysetBatches } from '../../server/src/modules/exports/row-batches';

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

/** A statement of n rows behind a cursor: DECLARE, FETCH FORWARD and CLOSE, as PostgreSQL answers them; what was run. */
function cursorOf(n: number) {
  const ran: string[] = [];
  let position = 0;
  const run = async (sql: string, params: unknown[]) => {
    ran.push(params.length ? `${sql} ${JSON.stringify(params)}` : sql);
    const fetch = /^fetch forward (\d+) from /.exec(sql);
    if (!fetch) return [];
    const rows = Array.from({ length: Math.max(0, Math.min(Number(fetch[1]), n - position)) }, (_, i) => ({ id: position + i + 1 }));
    position += rows.length;
    return rows;
  };
  return { ran, run };
}

describe('rows read in batches through a cursor', () => {
  it('should run the statement once, fetch every row once in order, and close the cursor', async () => {
    const { ran, run } = cursorOf(7);
    const batches = await collect(cursorBatches(run, 'select id from t order by id', [1, 'a'], 3));
    expect(batches.map((b) => b.map((r) => r.id))).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    const cursor = /^declare (\w+) no scroll cursor for /.exec(ran[0])![1];
    expect(ran).toEqual([
      `declare ${cursor} no scroll cursor for select id from t order by id [1,"a"]`,
      `fetch forward 3 from ${cursor}`, `fetch forward 3 from ${cursor}`, `fetch forward 3 from ${cursor}`,
      `close ${cursor}`,
    ]);
  });

  it('should read ahead, close the cursor when the reader stops early, and name each cursor apart', async () => {
    const first = cursorOf(10);
    const iterator = cursorBatches(first.run, 'select 1', [], 4)[Symbol.asyncIterator]();
    await iterator.next();
    expect(first.ran.filter((sql) => sql.startsWith('fetch'))).toHaveLength(2);
    await iterator.return(undefined);
    expect(first.ran[first.ran.length - 1]).toMatch(/^close /);
    const second = cursorOf(0);
    expect(await collect(cursorBatches(second.run, 'select 1', [], 4))).toEqual([]);
    expect(second.ran[0]).not.toBe(first.ran[0]);
    await expect(cursorBatches(second.run, 'select 1', [], 2.5).next()).rejects.toThrow(/positive integer/);
  });
});
