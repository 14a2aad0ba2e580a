import crypto from 'node:crypto';
import { PassThrough, Writable } from 'node:stream';
import { CHUNK_BYTES, pipeChunks, sha256OfChunks, writeHashedChunks } from '../../server/src/modules/exports/workbook-file';

/** the workbook_chunk table as a map, the statements as the store issues them */
function memoryTable() {
  const rows = new Map<string, Buffer>();
  const run = async (sql: string, params: unknown[]) => {
    expect(sql).toBe('insert into workbook_chunk (file_path, seq, data) values (?, ?, ?)');
    const [path, seq, data] = params as [string, number, Buffer];
    rows.set(`${path}#${seq}`, Buffer.from(data));
  };
  const read = async (path: string, seq: number) => rows.get(`${path}#${seq}`) ?? null;
  return { rows, run, read };
}

describe('workbooks kept in PostgreSQL (EXPORT_STORAGE=postgres)', () => {
  it('should cut the bytes into 1 MB chunks as they come, hash them as a file would be, and send them back the same', async () => {
    const table = memoryTable();
    const bytes = crypto.randomBytes(Math.floor(2.5 * CHUNK_BYTES));
    const stored = await writeHashedChunks(table.run, 'exports/A01/HFB-A01-2026Q3-01.xlsx', async (output: Writable) => {
      // written in uneven pieces, as ExcelJS's zip stream does
      for (let at = 0; at < bytes.length; at += 300_001) output.write(bytes.subarray(at, at + 300_001));
      output.end();
      return 'rows';
    });
    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    expect(stored).toEqual({ result: 'rows', sha256, byteSize: bytes.length });
    expect([...table.rows.keys()]).toEqual([0, 1, 2].map((n) => `exports/A01/HFB-A01-2026Q3-01.xlsx#${n}`));
    expect([...table.rows.values()].map((b) => b.length)).toEqual([CHUNK_BYTES, CHUNK_BYTES, bytes.length - 2 * CHUNK_BYTES]);
    await expect(sha256OfChunks(table.read, 'exports/A01/HFB-A01-2026Q3-01.xlsx')).resolves.toBe(sha256);

    const received: Buffer[] = [];
    const sink = new PassThrough();
    sink.on('data', (b: Buffer) => received.push(b));
    await pipeChunks(table.read, 'exports/A01/HFB-A01-2026Q3-01.xlsx', sink);
    expect(Buffer.concat(received).equals(bytes)).toBe(true);
  });

  it('should say a workbook with no chunks is not there, and write nothing for one whose writing fails', async () => {
    const table = memoryTable();
    await expect(sha256OfChunks(table.read, 'exports/A01/none.xlsx')).resolves.toBeNull();
    await expect(writeHashedChunks(table.run, 'exports/A01/failed.xlsx', async (output) => {
      output.write(Buffer.alloc(1000));
      throw new Error('the rows could not be read');
    })).rejects.toThrow('the rows could not be read');
    // (a real failure rolls back the export's transaction; under a megabyte nothing was even inserted)
    expect(table.rows.size).toBe(0);
  });
});
