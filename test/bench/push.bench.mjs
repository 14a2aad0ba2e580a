// Issue 15: live sheets under load — 200 open subscriptions (callbacksChanged of one project, over 10 sockets) while
// 10 clients edit callbacks of that project: delivery latency from the save's answer to each subscriber, the server's
// CPU per event, and the grid page's throughput with and without the subscriptions open (the baseline, same run).
import fs from 'node:fs';
import path from 'node:path';
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { benchDatabase, freePortOf, summarise, fmt, waitFor } from './lib/bench-db.mjs';
import { BENCH_PASSWORD, generate } from './lib/generate.mjs';
import { load, post } from './lib/load.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const require = createRequire(path.join(root, 'server', 'package.json'));
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');
const SECONDS = Number(process.env.BENCH_SECONDS ?? '10');
const SUBSCRIPTIONS = 200;
const SOCKETS = 10;
const EDITORS = 10;
const NODE_FLAGS = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.start.match(/--[\w-]+=\S+/g) ?? [];
const GRID = `query ($p: ID!) { callbacks(first: 100, filter: { projectId: $p }) { edges { node { id serialCode status windowFrom windowTo satisfaction result ticket { number kind ownerName unit phone summary } assignee { displayName } } } } }`;

const cpuOf = (pid) => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, clock ticks of 10 ms → ms
};

async function main() {
  // the size of the data set hardly matters here: a 50k-callback set unless BENCH_SCALE says otherwise
  process.env.BENCH_SCALE ??= '0.05';
  const db = await benchDatabase('bench_push');
  await generate(db.url);
  const port = await freePortOf();
  const child = fork(path.join(root, 'server', 'dist', 'main.js'), [], {
    env: { ...process.env, DATABASE_URL: db.url, PORT: String(port), HOST: '127.0.0.1', SEED_DEMO_DATA: 'false', NODE_ENV: 'production', RATE_LIMIT_SESSION_POINTS: '1000000000' },
    execArgv: NODE_FLAGS, stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const sockets = [];
  try {
    await waitFor(`http://127.0.0.1:${port}/health`);
    const url = `http://127.0.0.1:${port}/graphql`;
    const tokenOf = async (username) => (await post(url, { query: `mutation { login(input: { username: "${username}", password: "${BENCH_PASSWORD}" }) { token } }` })).data.login.token;
    const project = Buffer.from('Project:1').toString('base64url');
    const watcher = await tokenOf('bench');
    const editors = await Promise.all(Array.from({ length: EDITORS }, () => tokenOf('clerk1')));
    const planned = (await post(url, { query: `query ($p: ID!) { callbacks(first: ${EDITORS}, filter: { projectId: $p, statuses: [PLANNED] }) { edges { node { id version } } } }`, variables: { p: project } }, { authorization: `Bearer ${editors[0]}` }))
      .data.callbacks.edges.map((e) => e.node);

    const grid = () => load({ url, body: { query: GRID, variables: { p: project } }, headers: { authorization: `Bearer ${watcher}` }, connections: 10, seconds: SECONDS });
    await grid(); // warm up
    const without = await grid();

    // 200 subscriptions over 10 sockets; each delivery records the latency from the save's answer
    const sentAt = new Map();
    const latencies = [];
    let delivered = 0;
    let ready = 0;
    for (let s = 0; s < SOCKETS; s++) {
      const socket = createClient({ url: url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${watcher}` }, lazy: false, retryAttempts: 0 });
      sockets.push(socket);
      for (let i = 0; i < SUBSCRIPTIONS / SOCKETS; i++) {
        socket.subscribe({ query: `subscription ($p: ID) { callbacksChanged(projectId: $p) { id suggestions } }`, variables: { p: project } }, {
          next: (value) => {
            for (const row of value.data?.callbacksChanged ?? []) {
              const at = sentAt.get(row.suggestions);
              if (at !== undefined) latencies.push(performance.now() - at);
              delivered += 1;
            }
          },
          error: (e) => console.error('subscription error', e),
          complete: () => undefined,
        });
        ready += 1;
      }
    }
    await new Promise((r) => setTimeout(r, 2000)); // every socket connected and subscribed

    // 10 editors, each saving its own row twice a second; with the grid load running at the same time
    const cpuBefore = cpuOf(child.pid);
    let events = 0;
    const deadline = Date.now() + SECONDS * 1000;
    const editing = Promise.all(planned.map(async (row, i) => {
      let version = row.version;
      let n = 0;
      while (Date.now() < deadline) {
        const text = `bench ${i}-${n++}`;
        sentAt.set(text, performance.now());
        const res = await post(url, { query: `mutation ($i: UpdateCallbacksInput!) { updateCallbacks(input: $i) { callbacks { version } } }`, variables: { i: { rows: [{ id: row.id, version, patch: { suggestions: text } }] } } }, { authorization: `Bearer ${editors[i]}` });
        version = res.data.updateCallbacks.callbacks[0]?.version ?? version;
        events += 1;
        await new Promise((r) => setTimeout(r, 500));
      }
    }));
    const withSubs = await grid();
    await editing;
    await new Promise((r) => setTimeout(r, 2000)); // the last pushes arrive
    const cpu = cpuOf(child.pid) - cpuBefore;
    const l = summarise(latencies);
    console.log(`\n${ready} subscriptions on ${SOCKETS} sockets, ${EDITORS} editors × 2 saves/s for ${SECONDS} s: ${events} events, ${delivered} rows pushed (${(delivered / Math.max(1, events)).toFixed(0)} per event)`);
    console.log(`delivery latency from sending the save: p50 ${fmt(l.p50)}, p95 ${fmt(l.p95)}, max ${fmt(l.max)}`);
    console.log(`server CPU during the window (grid load included): ${(cpu / Math.max(1, events)).toFixed(1)} ms per event`);
    console.log('grid page callbacks(first: 100), 10 connections:');
    console.log(`  without subscriptions  ${without.rps.toFixed(0)} req/s, p50 ${fmt(without.p50)}, p95 ${fmt(without.p95)}`);
    console.log(`  with 200 + 10 editors  ${withSubs.rps.toFixed(0)} req/s, p50 ${fmt(withSubs.p50)}, p95 ${fmt(withSubs.p95)}`);
    console.log(`  ratio with/without = ${(withSubs.rps / without.rps).toFixed(2)}`);
  } finally {
    for (const s of sockets) await s.dispose();
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await db.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
