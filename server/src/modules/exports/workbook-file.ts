import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Where registered workbooks are kept: <DATA_DIR>/exports/<project code>/<number>.xlsx. */
export function workbookRelativePath(projectCode: string, number: string): string {
  return path.join('exports', projectCode, `${number}.xlsx`);
}

/**
 * Writes a file through a tap that hashes and counts the bytes on their way to disk (the SHA-256 of the
 * register is the one of the bytes written, without reading the file again). The file appears under its
 * name only when complete, and read-only.
 */
export async function writeHashedFile<T>(
  absolutePath: string,
  write: (output: Writable) => Promise<T>,
): Promise<{ result: T; sha256: string; byteSize: number }> {
  fs.mkdirSync(path.dirname(absolutePath), { recursive: true });
  const partial = `${absolutePath}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.partial`;
  const hash = crypto.createHash('sha256');
  let byteSize = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      byteSize += chunk.length;
      callback(null, chunk);
    },
  });
  const written = pipeline(tap, fs.createWriteStream(partial, { flags: 'wx', mode: 0o600 }));
  try {
    const result = await write(tap);
    await written;
    fs.chmodSync(partial, 0o444);
    fs.renameSync(partial, absolutePath);
    return { result, sha256: hash.digest('hex'), byteSize };
  } catch (error) {
    tap.destroy();
    await written.catch(() => undefined);
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/** The SHA-256 of a file as it is on disk now. */
export async function sha256OfFile(absolutePath: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  await pipeline(fs.createReadStream(absolutePath), hash);
  return hash.digest('hex');
}

/** Where exported workbooks are kept: files under DATA_DIR (one machine), or PostgreSQL (any process sends any). */
export type ExportStorage = 'files' | 'postgres';

/** bytes a chunk row holds (the last one less) */
export const CHUNK_BYTES = 1 << 20;

/** a statement runner on the caller's transaction (the chunks commit, or roll back, with the register row) */
export type RunSql = (sql: string, params: unknown[]) => Promise<unknown>;

/**
 * Writes a workbook into PostgreSQL through the same hashing tap as a file: the bytes are cut into CHUNK_BYTES rows
 * as they come, so memory holds one chunk whatever the workbook's size.
 */
export async function writeHashedChunks<T>(
  run: RunSql,
  filePath: string,
  write: (output: Writable) => Promise<T>,
): Promise<{ result: T; sha256: string; byteSize: number }> {
  const hash = crypto.createHash('sha256');
  let byteSize = 0;
  let seq = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = async (all: boolean) => {
    while (pendingBytes >= CHUNK_BYTES || (all && pendingBytes > 0)) {
      const joined = Buffer.concat(pending);
      const chunk = joined.subarray(0, Math.min(CHUNK_BYTES, joined.length));
      const rest = joined.subarray(chunk.length);
      pending = rest.length ? [rest] : [];
      pendingBytes = rest.length;
      await run('insert into workbook_chunk (file_path, seq, data) values (?, ?, ?)', [filePath, seq++, chunk]);
    }
  };
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      byteSize += chunk.length;
      pending.push(chunk);
      pendingBytes += chunk.length;
      flush(false).then(() => callback(), callback);
    },
    final(callback) {
      flush(true).then(() => callback(), callback);
    },
  });
  const finished = new Promise<void>((resolve, reject) => {
    sink.once('finish', resolve);
    sink.once('error', reject);
  });
  finished.catch(() => undefined);
  const result = await write(sink);
  await finished;
  return { result, sha256: hash.digest('hex'), byteSize };
}

/** a reader of one stored chunk at a time */
export type ReadChunk = (filePath: string, seq: number) => Promise<Buffer | null>;

/** The SHA-256 of a workbook kept in PostgreSQL, or null when it has no chunks there. */
export async function sha256OfChunks(read: ReadChunk, filePath: string): Promise<string | null> {
  const hash = crypto.createHash('sha256');
  let seq = 0;
  for (let data = await read(filePath, seq); data; data = await read(filePath, ++seq)) hash.update(data);
  return seq === 0 ? null : hash.digest('hex');
}

/** Sends a workbook kept in PostgreSQL, a chunk at a time, waiting for the receiver between chunks. */
export async function pipeChunks(read: ReadChunk, filePath: string, output: Writable): Promise<void> {
  async function* chunks() {
    let seq = 0;
    for (let data = await read(filePath, seq); data; data = await read(filePath, ++seq)) yield data;
  }
  await pipeline(chunks, output);
}
