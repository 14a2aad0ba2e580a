// Issue 20: every process interchangeable, PostgreSQL the one shared engine. Two built servers on one database (the
// second on the first one's embedded PostgreSQL, as a second machine would be), then one server with WORKERS=2.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { freePort, gql, isAlive, login, ServerProcess, startServer, stopAll, tempDataDir, waitUntil } from './helpers/server-process';

jest.setTimeout(300_000);

const hour = 3_600_000;
const CREATE = `mutation ($i: CreateTicketInput!) { createTicket(input: $i) { ticket { id version number } userErrors { code message } } }`;
const COMPLETE = `mutation ($i: CompleteTicketInput!) { completeTicket(input: $i) { ticket { id callbacks { serialCode } } userErrors { code message } } }`;
const ADD = `mutation ($i: AddCallbackInput!) { addCallback(input: $i) { callback { serialCode } userErrors { code message } } }`;
const LOGIN = 'mutation ($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }';

/** one request on a connection of its own (no keep-alive): the cluster hands each connection to one process */
function healthOf(url: string): Promise<{ status: number; process: string }> {
  return new Promise((resolve, reject) => {
    http.get(`${url}/health`, { agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, process: String(res.headers['x-process']) }));
    }).on('error', reject);
  });
}

/** anonymous GraphQL: the answer's status and the address's budget used so far */
async function anonymous(url: string): Promise<{ status: number; used: number }> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
  await res.text();
  return { status: res.status, used: Number(res.headers.get('x-ratelimit-used')) };
}

const serial = (code: string) => Number(code.slice(code.lastIndexOf('-') + 1));
const contiguous = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted.every((n, i) => i === 0 || n === sorted[i - 1] + 1) && new Set(sorted).size === sorted.length;
};

describe('two server processes on one PostgreSQL', () => {
  const dirs = [tempDataDir(), tempDataDir()];
  let a: ServerProcess | null = null;
  let b: ServerProcess | null = null;

  beforeAll(async () => {
    const pgPort = await freePort();
    const env = { SEED_DEMO_DATA: 'true', RATE_LIMIT_ANONYMOUS_POINTS: '40', LOGIN_MAX_CONSECUTIVE_FAILS: '3', EXPORT_STORAGE: 'postgres' };
    a = await startServer({ dataDir: dirs[0], port: await freePort(), pgPort, env });
    // the second process uses the first one's database, as another machine would (its own DATA_DIR)
    b = await startServer({ dataDir: dirs[1], port: await freePort(), pgPort: await freePort(), env: { ...env, DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${pgPort}/callbacks` } });
  });

  afterAll(async () => {
    await stopAll(b, dirs[1]);
    await stopAll(a, dirs[0]);
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('should accept on one process the session signed in on the other', async () => {
    const token = await login(a!.url, 'zhangli');
    const me = await gql(b!.url, token, '{ me { user { username } } }');
    expect(me.data.me.user).toEqual({ username: 'zhangli' });
    // and sign out on the second ends it on the first
    await gql(b!.url, token, 'mutation { logout { ok } }');
    const after = await gql(a!.url, token, '{ me { user { username } } }');
    expect(after.data?.me ?? null).toBeNull();
  });

  it('should keep ticket numbers and callback serial codes gapless when 20 tickets are made, completed and given callbacks over both at once', async () => {
    const clerks = [await login(a!.url, 'zhangli'), await login(b!.url, 'wangfang')];
    const projects = await gql(a!.url, clerks[0], '{ me { projects { id code } } }');
    const projectId = projects.data.me.projects.find((p: { code: string }) => p.code === 'A01').id;
    const made = await Promise.all(Array.from({ length: 20 }, async (_, i) => {
      const [url, token] = i % 2 ? [b!.url, clerks[1]] : [a!.url, clerks[0]];
      const created = await gql(url, token, CREATE, {
        i: { projectId, kind: 'REPAIR', ownerName: `并发${i}`, unit: `7-1-${1100 + i}`, phone: '13812345678', channel: 'PHONE', category: '水管漏水', summary: `两个进程 ${i}`, receivedAt: new Date(Date.now() - 3 * hour).toISOString() },
      });
      const ticket = created.data.createTicket.ticket;
      const done = await gql(url, token, COMPLETE, { i: { id: ticket.id, version: ticket.version, completedAt: new Date(Date.now() - 2 * hour).toISOString(), handler: '维修工 老陈', handlingResult: '已修好' } });
      expect(done.data.completeTicket.userErrors).toEqual([]);
      // the policy samples repairs; a callback added by hand to each makes 20 more serial codes at once
      const added = await gql(url, token, ADD, { i: { ticketId: ticket.id } });
      expect(added.data.addCallback.userErrors).toEqual([]);
      const callbacks = [...done.data.completeTicket.ticket.callbacks, added.data.addCallback.callback] as { serialCode: string }[];
      return { number: ticket.number as string, callbacks };
    }));
    expect(new Set(made.map((m) => m.number)).size).toBe(20);
    expect(contiguous(made.map((m) => serial(m.number)))).toBe(true);
    const codes = made.flatMap((m) => m.callbacks.map((c) => c.serialCode));
    expect(codes.length).toBeGreaterThanOrEqual(20);
    expect(contiguous(codes.map(serial))).toBe(true);
  });

  it('should number 6 concurrent exports over both without a gap, each downloadable through the other process with the same SHA-256', async () => {
    const supervisors = [await login(a!.url, 'liqiang'), await login(b!.url, 'liqiang')];
    const projects = await gql(a!.url, supervisors[0], '{ me { projects { id code } } }');
    const projectId = projects.data.me.projects.find((p: { code: string }) => p.code === 'A01').id;
    const EXPORT = `mutation ($i: ExportQuarterlyWorkbookInput!) { exportQuarterlyWorkbook(input: $i) { workbook { number sha256 byteSize } userErrors { code message } } }`;
    const exported = await Promise.all(Array.from({ length: 6 }, async (_, i) => {
      const res = await gql(i % 2 ? b!.url : a!.url, supervisors[i % 2], EXPORT, { i: { projectId, period: '2026Q3' } });
      expect(res.data.exportQuarterlyWorkbook.userErrors).toEqual([]);
      return { ...res.data.exportQuarterlyWorkbook.workbook as { number: string; sha256: string; byteSize: number }, via: i % 2 };
    }));
    expect(contiguous(exported.map((w) => serial(w.number)))).toBe(true);
    for (const workbook of exported) {
      // downloaded through the process that did not make it (its DATA_DIR never saw the file)
      const [url, token] = workbook.via ? [a!.url, supervisors[0]] : [b!.url, supervisors[1]];
      const res = await fetch(`${url}/files/workbooks/${workbook.number}.xlsx`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      const body = Buffer.from(await res.arrayBuffer());
      expect(body.length).toBe(workbook.byteSize);
      expect(crypto.createHash('sha256').update(body).digest('hex')).toBe(workbook.sha256);
      expect(body.subarray(0, 2).toString()).toBe('PK');
    }
    expect(fs.existsSync(`${dirs[0]}/exports`) || fs.existsSync(`${dirs[1]}/exports`)).toBe(false);
  });

  it("should bring a ticket saved through one process to a live sheet open on the other", async () => {
    const [writer, watcher] = [await login(a!.url, 'zhangli'), await login(b!.url, 'liqiang')];
    const projects = await gql(a!.url, writer, '{ me { projects { id code } } }');
    const projectId = projects.data.me.projects.find((p: { code: string }) => p.code === 'A01').id;
    const seen: string[] = [];
    const ws = createClient({ url: `${b!.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${watcher}` }, retryAttempts: 0, lazy: false });
    const stop = ws.subscribe<{ ticketsChanged: { summary: string }[] }>(
      { query: 'subscription ($p: ID) { ticketsChanged(projectId: $p) { summary } }', variables: { p: projectId } },
      { next: (value) => seen.push(...(value.data?.ticketsChanged ?? []).map((t) => t.summary)), error: () => undefined, complete: () => undefined },
    );
    try {
      // until the subscription is registered, a save may pass unseen: save again until one arrives
      for (let n = 1; seen.length === 0; n++) {
        if (n > 60) throw new Error('no ticket saved on the first process was seen on the second');
        await gql(a!.url, writer, CREATE, {
          i: { projectId, kind: 'HELP', ownerName: '跨进程', unit: '7-2-0201', phone: '13812345678', channel: 'PHONE', summary: `进程A保存 ${n}`, receivedAt: new Date(Date.now() - hour).toISOString() },
        });
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(seen[0]).toMatch(/^进程A保存 \d+$/);
    } finally {
      stop();
      await ws.dispose();
    }
  });

  it('should count the rate limit of an address across both processes', async () => {
    const answers: { status: number; used: number }[] = [];
    for (let i = 0; i < 50; i++) answers.push(await anonymous(i % 2 ? b!.url : a!.url));
    const served = answers.filter((x) => x.status === 200);
    // one budget of 40 points for the address, whichever process answered: the count rises over both
    expect(served.map((x) => x.used)).toEqual([...served.map((x) => x.used)].sort((x, y) => x - y));
    expect(served.length).toBeLessThanOrEqual(40);
    expect(served.length).toBeGreaterThan(20);
    expect(answers.slice(served.length).every((x) => x.status === 429)).toBe(true);
  });

  it('should count failed sign-ins across both processes: three wrong passwords, then the right one is refused on either', async () => {
    for (const url of [a!.url, b!.url, a!.url]) {
      const wrong = await gql(url, null, LOGIN, { u: 'chenjie', p: 'wrong-password' });
      expect(wrong.data?.login?.token ?? null).toBeNull();
    }
    for (const url of [b!.url, a!.url]) {
      const right = await gql(url, null, LOGIN, { u: 'chenjie', p: 'demo1234' });
      expect(right.data?.login?.token ?? null).toBeNull();
      expect(JSON.stringify(right.errors)).toContain('RATE_LIMITED');
    }
  });
});

describe('WORKERS=2: two HTTP processes sharing the port', () => {
  const dataDir = tempDataDir();
  let server: ServerProcess | null = null;

  afterAll(async () => {
    await stopAll(server, dataDir);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('should answer from two processes, replace one that dies, and stop them all on SIGTERM', async () => {
    server = await startServer({ dataDir, port: await freePort(), pgPort: await freePort(), env: { WORKERS: '2', SEED_DEMO_DATA: 'true' } });
    expect(server.output()).toContain('2 HTTP processes');
    const answered = new Set<string>();
    for (let i = 0; i < 20 && answered.size < 2; i++) {
      const health = await healthOf(server.url);
      expect(health.status).toBe(200);
      answered.add(health.process);
    }
    expect(answered.size).toBe(2);
    expect(answered.has(String(server.child.pid))).toBe(false);
    // a session made through one process is good on every one
    const token = await login(server.url, 'zhangli');
    for (let i = 0; i < 4; i++) expect((await gql(server.url, token, '{ me { user { username } } }')).data.me.user).toEqual({ username: 'zhangli' });

    const [victim] = [...answered].map(Number);
    process.kill(victim, 'SIGKILL');
    await waitUntil(() => server!.output().includes(`HTTP process ${victim} ended`), 30_000, 'the primary to notice');
    // the new process takes a few seconds to start; the other answers meanwhile
    const now = new Set<string>();
    const until = Date.now() + 60_000;
    while (now.size < 2) {
      if (Date.now() > until) throw new Error(`not two processes answering again: ${[...now]}\n${server.output()}`);
      const health = await healthOf(server.url).catch(() => null);
      if (health?.status === 200) now.add(health.process);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(now.has(String(victim))).toBe(false);

    server.child.kill('SIGTERM');
    const ended = await server.exited;
    expect(ended.code).toBe(0);
    for (const pid of now) expect(isAlive(Number(pid))).toBe(false);
  });
});
