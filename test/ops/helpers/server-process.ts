import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const root = path.resolve(__dirname, '..', '..', '..');
const main = path.join(root, 'server', 'dist', 'main.js');

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  dataDir: string;
  output: () => string;
  /** resolves with the exit code (or the signal) once the process has ended */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface ServerOptions {
  dataDir: string;
  port: number;
  pgPort: number;
  env?: Record<string, string>;
  /** run the app as this user (tests run as root; a clerk's PC does not) */
  uid?: number;
  gid?: number;
}

/** A free TCP port on loopback, never one given before in this test process (the server's own helper). */
export { freePort } from '../../../server/src/db/embedded-postgres';

/** A temporary DATA_DIR the embedded PostgreSQL's own user can reach (it is not root when we are). */
export function tempDataDir(prefix = 'hf-ops-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755);
  return dir;
}

/** Starts the built server (server/dist/main.js) as `npm start` does, with the given DATA_DIR and ports. */
export function launch(options: ServerOptions): ServerProcess {
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: '',
      HOST: '127.0.0.1',
      PORT: String(options.port),
      EMBEDDED_PG_PORT: String(options.pgPort),
      DATA_DIR: options.dataDir,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid } : {}),
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, url: `http://127.0.0.1:${options.port}`, dataDir: options.dataDir, output: () => output, exited };
}

/** Starts the server and waits until it says it is ready; throws with its output when it exits first. */
export async function startServer(options: ServerOptions, timeoutMs = 150_000): Promise<ServerProcess> {
  const server = launch(options);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server was not ready within ${timeoutMs / 1000} s:\n${server.output()}`)), timeoutMs);
    const onData = () => {
      if (server.output().includes('ready:')) {
        clearTimeout(timer);
        resolve();
      }
    };
    server.child.stdout!.on('data', onData);
    server.child.stderr!.on('data', onData);
    void server.exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code ?? signal}) before it was ready:\n${server.output()}`));
    });
  });
  return server;
}

/** Runs the server to its end (for starts that must fail): exit code and everything it printed. */
export async function runToExit(options: ServerOptions, timeoutMs = 150_000): Promise<{ code: number | null; output: string }> {
  const server = launch(options);
  const timer = setTimeout(() => server.child.kill('SIGKILL'), timeoutMs);
  const { code } = await server.exited;
  clearTimeout(timer);
  return { code, output: server.output() };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid in DATA_DIR/pg/postmaster.pid, or null when there is none. */
export function postmasterPid(dataDir: string): number | null {
  try {
    return Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return null;
  }
}

/** `what` names the wait in the error; a function is asked at the timeout (to say what was still missing). */
export async function waitUntil(condition: () => boolean, timeoutMs: number, what: string | (() => string)): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${typeof what === 'function' ? what() : what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function gql<T = any>(url: string, token: string | null, query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: any[] }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T; errors?: any[] };
}

export async function login(url: string, username: string, password = 'demo1234'): Promise<string> {
  const res = await gql<{ login: { token: string | null } }>(url, null, 'mutation ($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }', {
    u: username,
    p: password,
  });
  const token = res.data?.login.token;
  if (!token) throw new Error(`login failed for ${username}: ${JSON.stringify(res)}`);
  return token;
}

/** Stops a server (SIGTERM) and any PostgreSQL it left, so a failing test leaves nothing running. */
export async function stopAll(server: ServerProcess | null, dataDir: string): Promise<void> {
  if (server && server.child.exitCode === null && server.child.signalCode === null) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  const pid = postmasterPid(dataDir);
  if (pid && isAlive(pid)) {
    process.kill(pid, 'SIGINT');
    await waitUntil(() => !isAlive(pid), 30_000, `PostgreSQL ${pid} to stop`).catch(() => process.kill(pid, 'SIGKILL'));
  }
}
