// Issue 20: the load a company would ask about — N simulated clerks, each with a live subscription (callbacksChanged of
// its project, graphql-ws), refreshing a 100-row callback sheet every 15 s and saving one edit every 30 s (random
// phases). For WORKERS=1 and WORKERS=2 in turn (each given the machine alone), N grows (50, 100, 200, …) until the p95 of
// the clerks' requests passes 300 ms or any error appears; then one step halfway back. Prints the largest N that
// held. Loopback only, bounded: BENCH_LOAD_SECONDS (45) per step, BENCH_LOAD_MAX clerks (1600). Never fails on time.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { benchDatabase, freePortOf, server, summarise, waitFor } from './lib/bench-db.mjs';
import { generate, PROJECTS, sizes } from './lib/generate.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const STEP_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? '45');
const MAX = Number(process.env.BENCH_LOAD_MAX ?? '1600');
const P95_LIMIT_MS = 300;
const REFRESH_MS = 15_000;
const SAVE_MS = 30_000;
const NODE_FLAGS = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.start.match(/--[\w-]+=\S+/g) ?? [];

const SHEET = `query ($p: ID!) { callbacks(first: 100, filter: { projectId: $p, statuses: [PLANNED] }) { edges { node {
  id version serialCode status windowFrom windowTo satisfaction result suggestions
  ticket { number kind ownerName unit phone summary } assignee { displayName } } } } }`;
const SAVE = `mutation ($input: UpdateCallbacksInput!) { updateCallbacks(input: $input) { savedCount callbacks { id version } userErrors { code message } } }`;
const LIVE = `subscription ($p: ID) { callbacksChanged(projectId: $p) { id version } }`;

/** MAX clerk accounts (load1…), spread over the projects, each with a session made here (no bcrypt per clerk). */
async function clerkSessions(url) {
  const { hashToken } = server('modules/users/token-hash.js');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`insert into app_user (username, display_name, password_hash, role, active, created_at)
      select 'load' || i, '负载管家' || i, (select password_hash from app_user where username = 'bench'), 'CLERK', true, now()
        from generate_series(1, $1::int) i on conflict (username) do nothing`, [MAX]);
    await client.query(`insert into user_project (user_id, project_id)
      select u.id, 1 + (substr(u.username, 5)::int - 1) % $1 from app_user u
       where u.username ~ '^load[0-9]+$' on conflict do nothing`, [PROJECTS]);
    const users = (await client.query(`select id, substr(username, 5)::int as i from app_user where username ~ '^load[0-9]+$' order by 2`)).rows;
    const sessions = users.map((u) => ({ i: u.i, userId: u.id, token: crypto.randomBytes(32).toString('base64url'), projectId: 1 + ((u.i - 1) % PROJECTS) }));
    await client.query(`insert into session (token_hash, user_id, created_at, expires_at)
      select h, u, now(), now() + interval '1 day' from unnest($1::text[], $2::int[]) as s(h, u)`,
      [sessions.map((s) => hashToken(s.token)), sessions.map((s) => s.userId)]);
    return sessions;
  } finally {
    await client.end();
  }
}

/** One step: `n` clerks for STEP_SECONDS; latencies of every refresh and save, errors of any kind. */
async function step(port, sessions, n) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: n * 2 });
  const latencies = [];
  const failures = new Map();
  const fail = (what) => failures.set(what, (failures.get(what) ?? 0) + 1);
  let liveEvents = 0;
  const post = (token, body) =>
    new Promise((resolve) => {
      const payload = Buffer.from(JSON.stringify(body));
      const started = process.hrtime.bigint();
      const req = http.request({ agent, host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': payload.length, authorization: `Bearer ${token}` } }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
          if (res.statusCode !== 200) {
            fail(`HTTP ${res.statusCode}`);
            return resolve(null);
          }
          const json = JSON.parse(Buffer.concat(chunks).toString());
          if (json.errors) fail(json.errors[0]?.extensions?.code ?? 'GraphQL error');
          resolve(json.data ?? null);
        });
      });
      req.on('error', (e) => {
        fail(e.code ?? 'network');
        resolve(null);
      });
      req.end(payload);
    });

  const clerks = sessions.slice(0, n);
  const sockets = clerks.map((s) =>
    createClient({ url: `ws://127.0.0.1:${port}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${s.token}` }, lazy: false, retryAttempts: 0, onNonLazyError: () => fail('WebSocket') }));
  const subscriptions = clerks.map((s, k) =>
    sockets[k].subscribe({ query: LIVE, variables: { p: Buffer.from(`Project:${s.projectId}`).toString('base64url') } }, {
      next: () => (liveEvents += 1),
      error: () => fail('subscription'),
      complete: () => undefined,
    }));
  const deadline = Date.now() + STEP_SECONDS * 1000;
  const timers = [];
  let running = 0;
  await Promise.all(clerks.map((s, k) => new Promise((done) => {
    const p = Buffer.from(`Project:${s.projectId}`).toString('base64url');
    // the clerk's own row of the sheet: clerks of a project edit different rows
    const slot = Math.floor(k / PROJECTS) % 100;
    let rows = [];
    const refresh = async () => {
      running += 1;
      const data = await post(s.token, { query: SHEET, variables: { p } });
      running -= 1;
      if (data) rows = data.callbacks.edges.map((e) => e.node);
    };
    const save = async () => {
      if (!rows.length) await refresh();
      const row = rows[slot % Math.max(rows.length, 1)];
      if (!row) return fail('no row to edit');
      const data = await post(s.token, { query: SAVE, variables: { input: { rows: [{ id: row.id, version: row.version, patch: { suggestions: `负载 ${k} ${Date.now()}` } }] } } });
      if (data && data.updateCallbacks.savedCount !== 1) fail(data.updateCallbacks.userErrors[0]?.code ?? 'not saved');
      else if (data) row.version = data.updateCallbacks.callbacks[0].version;
    };
    const every = (ms, fn) => {
      const tick = async () => {
        if (Date.now() >= deadline) return;
        await fn();
        if (Date.now() + ms < deadline) timers.push(setTimeout(tick, ms));
      };
      timers.push(setTimeout(tick, Math.random() * ms));
    };
    every(REFRESH_MS, refresh);
    every(SAVE_MS, save);
    timers.push(setTimeout(done, STEP_SECONDS * 1000 + 100));
  })));
  while (running > 0) await new Promise((r) => setTimeout(r, 50));
  for (const t of timers) clearTimeout(t);
  for (const unsubscribe of subscriptions) unsubscribe();
  await Promise.all(sockets.map((c) => c.dispose()));
  agent.destroy();
  const errors = [...failures.values()].reduce((a, b) => a + b, 0);
  return { ...summarise(latencies), n, requests: latencies.length, errors, failures: Object.fromEntries(failures), liveEvents };
}

async function capacity(label, env, url, sessions) {
  const port = await freePortOf();
  const child = fork(path.join(root, 'server', 'dist', 'main.js'), [], { env: { ...process.env, ...env, PORT: String(port) }, execArgv: NODE_FLAGS, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  try {
    await waitFor(`http://127.0.0.1:${port}/health`, 240);
    console.log(`\n${label}`);
    console.log('clerks  requests     p50      p95      max   errors  live events');
    const results = [];
    const show = (r) => console.log(`${String(r.n).padStart(6)}  ${String(r.requests).padStart(8)}  ${r.p50.toFixed(1).padStart(6)}  ${r.p95.toFixed(1).padStart(7)}  ${r.max.toFixed(1).padStart(7)}  ${String(r.errors).padStart(6)}  ${String(r.liveEvents).padStart(10)}${r.errors ? `  ${JSON.stringify(r.failures)}` : ''}`);
    const held = (r) => r.errors === 0 && r.p95 <= P95_LIMIT_MS;
    let good = 0;
    let bad = null;
    for (let n = 50; n <= MAX; n *= 2) {
      const r = await step(port, sessions, n);
      show(r);
      results.push(r);
      if (held(r)) good = n;
      else {
        bad = n;
        break;
      }
    }
    if (bad && good) {
      const middle = Math.round((good + bad) / 2);
      const r = await step(port, sessions, middle);
      show(r);
      if (held(r)) good = middle;
    }
    console.log(`${label}: the largest N with p95 ≤ ${P95_LIMIT_MS} ms and no error: ${good}${bad ? '' : ` (or more: ${MAX} held)`}`);
    return good;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

async function main() {
  const db = await benchDatabase(`bench_grid_${sizes().callbacks}`);
  await generate(db.url);
  const sessions = await clerkSessions(db.url);
  const env = {
    DATABASE_URL: db.url, HOST: '127.0.0.1', SEED_DEMO_DATA: 'false', NODE_ENV: 'production', BACKUP_DAILY_AT: 'off',
    RATE_LIMIT_SESSION_POINTS: '1000000000',
  };
  console.log(`${os.cpus().length} cores; ${sizes().callbacks} callbacks over ${PROJECTS} projects; each clerk: a 100-row sheet every ${REFRESH_MS / 1000} s, one saved edit every ${SAVE_MS / 1000} s, one subscription; ${STEP_SECONDS} s a step`);
  try {
    const one = await capacity('WORKERS=1', { ...env, WORKERS: '1' }, db.url, sessions);
    const two = await capacity('WORKERS=2', { ...env, WORKERS: '2' }, db.url, sessions);
    console.log(`\nclerks held: WORKERS=1 ${one}, WORKERS=2 ${two} (ratio ${one ? (two / one).toFixed(2) : '—'})`);
  } finally {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    await client.query(`update session set revoked_at = now() where revoked_at is null and user_id in (select id from app_user where username ~ '^load[0-9]+$')`);
    await client.end();
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
