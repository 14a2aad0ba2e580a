// Issue 7: the callback grid page — our GraphQL vs the same SQL through pg vs PostGraphile, on 1M callbacks.
// Also: SQL statements per request by page size, and the round trip of a 500-cell updateCallbacks.
import fs from 'node:fs';
import path from 'node:path';
import { execSync, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchDatabase, freePortOf, server, summarise, fmt, waitFor } from './lib/bench-db.mjs';
import { BENCH_PASSWORD, generate, sizes } from './lib/generate.mjs';
import { load, post } from './lib/load.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? '10');
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? '10');

const OUR_QUERY = `query ($p: ID!, $first: Int) { callbacks(first: $first, filter: { projectId: $p }) { edges { node {
  id serialCode status windowFrom windowTo satisfaction result
  ticket { number kind ownerName unit phone summary } assignee { displayName } } } } }`;
const PEER_QUERY = `query ($p: Int!, $first: Int) { allCallbacks(first: $first, condition: { projectId: $p }, orderBy: [SERIAL_CODE_ASC, PRIMARY_KEY_ASC]) { edges { node {
  id serialCode status windowFrom windowTo satisfaction result
  ticketByTicketId { number kind ownerName unit phone summary } appUserByAssigneeId { displayName } } } } }`;

// every target runs with the Node flags `npm start` gives our server (package.json), so none is tuned alone
const NODE_FLAGS = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.start.match(/--[\w-]+=\S+/g) ?? [];

function start(script, args, env = {}) {
  const child = fork(script, args, { env: { ...process.env, ...env }, execArgv: NODE_FLAGS, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  return child;
}

async function main() {
  if (!fs.existsSync(path.join(here, 'peer', 'node_modules', 'postgraphile'))) {
    console.log('installing the PostGraphile peer (test/bench/peer) …');
    execSync('npm ci --no-audit --no-fund', { cwd: path.join(here, 'peer'), stdio: 'inherit' });
  }
  const db = await benchDatabase(`bench_grid_${sizes().callbacks}`);
  await generate(db.url);
  const projectId = Buffer.from('Project:1').toString('base64url');
  const [ourPort, twoPort, rawPort, peerPort] = [await freePortOf(), await freePortOf(), await freePortOf(), await freePortOf()];
  // a load generator spends a person's hourly query-cost budget in seconds: lift it so 429s don't pass for speed
  const ourEnv = { DATABASE_URL: db.url, HOST: '127.0.0.1', SEED_DEMO_DATA: 'false', NODE_ENV: 'production', RATE_LIMIT_SESSION_POINTS: '1000000000', JOBS_IN_PROCESS: 'false', BACKUP_DAILY_AT: 'off' };
  const children = [
    start(path.join(root, 'server', 'dist', 'main.js'), [], { ...ourEnv, PORT: String(ourPort) }),
    // issue 20: the same app as two HTTP processes on the port (node:cluster), on this machine's cores
    start(path.join(root, 'server', 'dist', 'main.js'), [], { ...ourEnv, PORT: String(twoPort), WORKERS: '2' }),
    start(path.join(here, 'lib', 'raw-pg-server.mjs'), [db.url, String(rawPort)]),
    start(path.join(here, 'lib', 'postgraphile-server.mjs'), [db.url, String(peerPort)]),
  ];
  try {
    await Promise.all([waitFor(`http://127.0.0.1:${ourPort}/health`, 200), waitFor(`http://127.0.0.1:${twoPort}/health`, 200), waitFor(`http://127.0.0.1:${rawPort}/`, 200), waitFor(`http://127.0.0.1:${peerPort}/graphql`, 200)]);
    const login = await post(`http://127.0.0.1:${ourPort}/graphql`, { query: `mutation { login(input: { username: "clerk1", password: "${BENCH_PASSWORD}" }) { token } }` });
    const auth = { authorization: `Bearer ${login.data.login.token}` };
    const targets = {
      'our GraphQL': { url: `http://127.0.0.1:${ourPort}/graphql`, body: (first) => ({ query: OUR_QUERY, variables: { p: projectId, first } }), headers: auth },
      'ours, WORKERS=2': { url: `http://127.0.0.1:${twoPort}/graphql`, body: (first) => ({ query: OUR_QUERY, variables: { p: projectId, first } }), headers: auth },
      'same SQL through pg': { url: `http://127.0.0.1:${rawPort}/`, body: (first) => ({ projectId: 1, first }), headers: {} },
      'PostGraphile 4': { url: `http://127.0.0.1:${peerPort}/graphql`, body: (first) => ({ query: PEER_QUERY, variables: { p: 1, first } }), headers: {} },
    };
    // the three answer the same rows
    const check = await Promise.all(Object.values(targets).map((t) => post(t.url, t.body(3), t.headers)));
    const codes = check.map((r) => JSON.stringify((r.data.callbacks ?? r.data.allCallbacks).edges.map((e) => e.node.serialCode)));
    if (new Set(codes).size !== 1) throw new Error(`targets disagree: ${codes.join(' | ')}`);

    // under load (CONNECTIONS at once: throughput) and one request at a time (latency without queueing)
    for (const connections of [CONNECTIONS, 1]) {
      const seconds = connections === 1 ? Math.max(3, Math.round(SECONDS / 2)) : SECONDS;
      console.log(`\ngrid page callbacks(first: 100) with ticket and owner fields, ${connections} connection${connections === 1 ? '' : 's'} × ${seconds} s, project of ${(sizes().callbacks / 20).toLocaleString('en')} callbacks`);
      console.log('target                  req/s     p50        p95        bytes/resp  errors');
      const results = {};
      for (const [name, t] of Object.entries(targets)) {
        await load({ url: t.url, body: t.body(100), headers: t.headers, connections, seconds: 2 }); // warm-up
        const r = await load({ url: t.url, body: t.body(100), headers: t.headers, connections, seconds });
        results[name] = r;
        console.log(`${name.padEnd(22)} ${r.rps.toFixed(0).padStart(6)}  ${fmt(r.p50).padStart(9)}  ${fmt(r.p95).padStart(9)}  ${r.bytesPerResponse.toFixed(0).padStart(10)}  ${r.errors}`);
      }
      const ours = results['our GraphQL'];
      const pg = results['same SQL through pg'];
      console.log(`ratios: throughput ours/PostGraphile = ${(ours.rps / results['PostGraphile 4'].rps).toFixed(2)}; WORKERS=2/PostGraphile = ${(results['ours, WORKERS=2'].rps / results['PostGraphile 4'].rps).toFixed(2)}; WORKERS=2/WORKERS=1 = ${(results['ours, WORKERS=2'].rps / ours.rps).toFixed(2)}; p50 ours/raw pg = ${(ours.p50 / pg.p50).toFixed(2)}; p95 ours/raw pg = ${(ours.p95 / pg.p95).toFixed(2)}; p50 ours/PostGraphile = ${(ours.p50 / results['PostGraphile 4'].p50).toFixed(2)}`);
    }

    // statements per request, counted by the ORM's query logger on an in-process app over the same database
    const { initOrm } = server('db/orm.js');
    const { createApp } = server('app.js');
    const { loadConfig } = server('config.js');
    let statements = 0;
    const countingOrm = await initOrm(db.url, { debug: ['query'], logger: () => { statements += 1; } });
    const app = await createApp(loadConfig({ port: 0, host: '127.0.0.1' }), countingOrm, () => undefined);
    console.log('\nSQL statements per grid request (incl. the session lookup: one statement for session, user and projects)');
    // and the same page with every relation of the row the client can show (project and five more people, loaded by reference)
    const EVERY_RELATION = OUR_QUERY.replace('assignee { displayName }', 'assignee { displayName } project { code } coAssignee { displayName } recordedBy { displayName } reviewedBy { displayName } escalatedTo { displayName } handlingBy { displayName }');
    for (const [label, query] of [['bench query', OUR_QUERY], ['every relation', EVERY_RELATION]]) {
      for (const first of [10, 100, 500]) {
        await post(`${app.url}/graphql`, { query, variables: { p: projectId, first } }, auth);
        statements = 0;
        const res = await post(`${app.url}/graphql`, { query, variables: { p: projectId, first } }, auth);
        if (res.errors) throw new Error(JSON.stringify(res.errors));
        console.log(`  ${label.padEnd(15)} first: ${String(first).padEnd(4)} → ${statements} statements`);
      }
    }
    await app.close();
    await countingOrm.close();

    // bulk edit: 500 cells in one updateCallbacks (100 rows × 5 columns, and 500 rows × 1 column)
    const ourUrl = `http://127.0.0.1:${ourPort}/graphql`;
    const planned = await post(ourUrl, { query: `query ($p: ID!) { callbacks(first: 500, filter: { projectId: $p, statuses: [PLANNED] }) { edges { node { id version } } } }`, variables: { p: projectId } }, auth);
    let rows = planned.data.callbacks.edges.map((e) => e.node);
    const mutation = `mutation ($input: UpdateCallbacksInput!) { updateCallbacks(input: $input) { savedCount callbacks { id version } userErrors { code message } } }`;
    const timings = { '100 rows × 5 cells': [], '500 rows × 1 cell': [] };
    for (let round = 0; round < 5; round++) {
      for (const shape of Object.keys(timings)) {
        const slice = shape.startsWith('100') ? rows.slice(0, 100) : rows;
        const patch = (i) => (shape.startsWith('100')
          ? { suggestions: `建议 ${round}-${i}`, qualityEvaluation: '良好', serviceEvaluation: '及时', visitors: '基准', satisfactionScore: 1 + ((round + i) % 10) }
          : { suggestions: `建议 ${round}-${i}` });
        const started = performance.now();
        const res = await post(ourUrl, { query: mutation, variables: { input: { rows: slice.map((r, i) => ({ id: r.id, version: r.version, patch: patch(i) })) } } }, auth);
        timings[shape].push(performance.now() - started);
        if (res.data.updateCallbacks.savedCount !== slice.length) throw new Error(JSON.stringify(res.data.updateCallbacks.userErrors.slice(0, 3)));
        const versions = new Map(res.data.updateCallbacks.callbacks.map((c) => [c.id, c.version]));
        rows = rows.map((r) => ({ ...r, version: versions.get(r.id) ?? r.version }));
      }
    }
    console.log('\nupdateCallbacks with 500 cell edits, round trip over HTTP (5 runs)');
    for (const [shape, samples] of Object.entries(timings)) {
      const s = summarise(samples);
      console.log(`  ${shape.padEnd(20)} median ${fmt(s.p50)}, max ${fmt(s.max)}`);
    }
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
