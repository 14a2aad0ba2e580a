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
