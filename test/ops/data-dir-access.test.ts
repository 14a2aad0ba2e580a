// Where the embedded PostgreSQL cannot work — a DATA_DIR its user cannot reach, a read-only or full disk — the app says
// so in one sentence and exits 1 (it used to die with `spawn …/initdb EACCES` and a stack).
//
// The tests run as root, where chmod stops nobody but the `postgres` user the embedded server then runs as. So: the
// unreachable-directory cases run the app as root (a mode-700 directory stops its `postgres` user, as root's home does);
// the read-only cases run the app as the unprivileged user `nobody` (a clerk's PC runs as an ordinary user), for whom a
// mode-555 directory is read-only exactly as a read-only disk is (both refuse the same create and write calls).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, isAlive, postmasterPid, root, runToExit, ServerProcess, startServer, stopAll, waitUntil } from './helpers/server-process';

jest.setTimeout(300_000);

const asRoot = process.getuid?.() === 0;
/** who runs the app in the read-only cases: nobody when we are root, else ourselves */
const unprivileged = asRoot ? { uid: Number(execFileSync('id', ['-u', 'nobody'])), gid: Number(execFileSync('id', ['-g', 'nobody'])) } : {};

function tempDir(mode: number, owner: { uid?: number; gid?: number } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hf-access-'));
  if (owner.uid !== undefined) fs.chownSync(dir, owner.uid, owner.gid!);
  fs.chmodSync(dir, mode);
  return dir;
}

const noStack = /\n\s+at .+:\d+:\d+/;
const made: string[] = [];
afterAll(() => {
  for (const dir of made) {
    fs.chmodSync(dir, 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

describe('a DATA_DIR the embedded PostgreSQL cannot use', () => {
  let server: ServerProcess | null = null;
  afterEach(async () => {
    if (server) await stopAll(server, server.dataDir);
    server = null;
  });

  it('should say in one sentence that the postgres user cannot enter a mode-700 directory on the way to DATA_DIR (started as root)', async () => {
    const home = tempDir(0o700); // like /root
    made.push(home);
    const dataDir = path.join(home, 'checkout', '.data');
    const options = { dataDir, port: await freePort(), pgPort: await freePort() };
    if (!asRoot) {
      // an ordinary user runs PostgreSQL as itself, and its own mode-700 home is no obstacle
      server = await startServer(options);
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
      return;
    }
    const result = await runToExit(options);
    expect(result.code).toBe(1);
    expect(result.output).toContain(
      `Started as root, the embedded PostgreSQL runs as the user postgres, which cannot enter ${home} (mode 700) on the way to its data: set DATA_DIR to a directory it can reach (e.g. /var/lib/callbacks), or start the app as an ordinary user.`,
    );
    expect(result.output).toContain(`该用户无法进入 ${home}（权限 700）`);
    expect(result.output).not.toMatch(noStack);
    expect(result.output).not.toContain('EACCES');
    expect(fs.existsSync(path.join(dataDir, 'pg', 'PG_VERSION'))).toBe(false);
  });

  it('should name the directory when the postgres user cannot reach the PostgreSQL binaries (a checkout under root\'s home)', () => {
    // the check the start runs before initdb, on a copy of the binary inside a mode-700 directory
    const { checkPostgresUserAccess, firstUnreachable } = require(path.join(root, 'server', 'dist', 'db', 'data-dir-access.js'));
    const home = tempDir(0o700);
    made.push(home);
    const bin = path.join(home, 'checkout', 'node_modules', 'bin');
    fs.mkdirSync(bin, { recursive: true });
    for (const name of ['postgres', 'initdb', 'pg_ctl']) fs.writeFileSync(path.join(bin, name), '#!/bin/sh\n', { mode: 0o755 });
    const binaries = { postgres: path.join(bin, 'postgres'), initdb: path.join(bin, 'initdb'), pg_ctl: path.join(bin, 'pg_ctl') };
    if (!asRoot) {
      expect(firstUnreachable(binaries.postgres, { uid: process.getuid!(), gid: process.getgid!() })).toBeNull();
      return;
    }
    const postgres = { uid: Number(execFileSync('id', ['-u', 'postgres'])), gid: Number(execFileSync('id', ['-g', 'postgres'])) };
    expect(() => checkPostgresUserAccess(path.join(os.tmpdir(), 'reachable', 'pg'), binaries, postgres)).toThrow(
      `Started as root, the embedded PostgreSQL runs as the user postgres, which cannot enter ${home} (mode 700) where the app and its PostgreSQL binaries are: start the app as an ordinary user, or put the checkout where other users can enter (e.g. /opt or /srv).`,
    );
  });

  it('should refuse a new DATA_DIR inside a read-only directory with one sentence, creating nothing', async () => {
    const readOnly = tempDir(0o555, unprivileged);
    made.push(readOnly);
    const dataDir = path.join(readOnly, 'data');
    const result = await runToExit({ dataDir, port: await freePort(), pgPort: await freePort(), ...unprivileged });
    expect(result.code).toBe(1);
    expect(result.output).toContain(`DATA_DIR ${dataDir} is not writable (permission denied): set DATA_DIR to a writable directory.`);
    expect(result.output).toContain('不可写');
    expect(result.output).not.toMatch(noStack);
    expect(fs.readdirSync(readOnly)).toEqual([]);
  });

  it('should refuse an existing DATA_DIR that became read-only, keep its data, and start again once it is writable', async () => {
    const dataDir = tempDir(0o755, unprivileged);
    made.push(dataDir);
    const options = { dataDir, port: await freePort(), pgPort: await freePort(), ...unprivileged };
    server = await startServer(options);
    const pid = postmasterPid(dataDir)!;
    server.child.kill('SIGTERM');
    await server.exited;
    await waitUntil(() => !isAlive(pid), 30_000, 'PostgreSQL to stop');
    server = null;

    fs.chmodSync(dataDir, 0o555);
    const result = await runToExit(options);
    expect(result.code).toBe(1);
    expect(result.output).toContain(`DATA_DIR ${dataDir} is not writable (permission denied): set DATA_DIR to a writable directory.`);
    expect(result.output).not.toMatch(noStack);
    expect(postmasterPid(dataDir)).toBeNull();

    fs.chmodSync(dataDir, 0o755);
    server = await startServer(options);
    expect(server.output()).not.toContain('Demo data created'); // the same database, not a new one
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });
});
