// Issue 3: quarterlyStatistics over the 1M-callback data set — our GraphQL (HTTP, auth, ORM, mapping) vs the
// same SQL statement run directly through pg, per project quarter (~12.5k callbacks and ~15k tickets each).
import path from 'node:path';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { benchDatabase, freePortOf, server, summarise, fmt, waitFor } from './lib/bench-db.mjs';
import { BENCH_PASSWORD, ensurePolicies, generate, sizes } from './lib/generate.mjs';
import { post } from './lib/load.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const RUNS = Number(process.env.BENCH_RUNS ?? '15');
const PERIODS = ['2026Q1', '2026Q2', '2026Q3', '2026Q4'];

const QUERY = `query ($p: ID!, $period: String, $asOf: LocalDate) { quarterlyStatistics(projectId: $p, period: $period, asOf: $asOf) {
  kinds { kind ticketsCompleted callbacksRequired targetRatePercent callbacksPlanned callbacksDone achievedRatePercent targetMet doneWithinWindow overdue unreachable }
  totals { ticketsCompleted callbacksRequired callbacksPlanned callbacksDone achievedRatePercent doneWithinWindow overdue }
  satisfaction { distribution { level count } rated satisfiedRatePercent }
  unqualifiedCallbacks { serialCode ticketNumber ownerName unit satisfaction status }
  repeatedComplaints { unit matter count ticketNumbers }
  repeatedRepairs { unit category count ticketNumbers }
  spotCheck { required planned done remaining } } }`;

async function main() {
  // the grid benchmark's data set (same database name, so BENCH_KEEP=1 shares it)
  const db = await benchDatabase(`bench_grid_${sizes().callbacks}`);
  await generate(db.url);
  await ensurePolicies(db.url);
  const { QUARTERLY_STATISTICS_SQL } = server('modules/statistics/statistics.sql.js');
  const { statisticsParameters } = server('modules/statistics/statistics.service.js');
  const { parsePeriod } = server('../../shared/dist/index.js');
  const port = await freePortOf();
  const child = fork(path.join(root, 'server', 'dist', 'main.js'), [], {
    env: { ...process.env, DATABASE_URL: db.url, PORT: String(port), HOST: '127.0.0.1', SEED_DEMO_DATA: 'false', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const raw = new pg.Client({ connectionString: db.url });
  await raw.connect();
  try {
    await waitFor(`http://127.0.0.1:${port}/health`);
    const url = `http://127.0.0.1:${port}/graphql`;
    const login = await post(url, { query: `mutation { login(input: { username: "clerk1", password: "${BENCH_PASSWORD}" }) { token } }` });
    const auth = { authorization: `Bearer ${login.data.login.token}` };
    const projectId = Buffer.from('Project:1').toString('base64url');
    const counts = await raw.query('select (select count(*) from callback)::int as callbacks, (select count(*) from ticket)::int as tickets');
    console.log(`data: ${counts.rows[0].callbacks} callbacks, ${counts.rows[0].tickets} tickets in 20 projects; project 1, OVERDUE as of 2026-12-31; ${RUNS} runs each`);
    console.log('period   callbacks  tickets   GraphQL p50  p95        pg p50     p95        ratio p50');
    const ratios = [];
    for (const period of PERIODS) {
      const params = statisticsParameters(1, parsePeriod(period), '2026-12-31');
      const variables = { p: projectId, period, asOf: '2026-12-31' };
      const ours = [];
      const direct = [];
      let answer;
      let rawAnswer;
      for (let i = 0; i < RUNS + 2; i++) {
        let started = performance.now();
        const res = await post(url, { query: QUERY, variables }, auth);
        const t1 = performance.now() - started;
        if (res.errors) throw new Error(JSON.stringify(res.errors));
        answer = res.data.quarterlyStatistics;
        started = performance.now();
        rawAnswer = (await raw.query(QUARTERLY_STATISTICS_SQL, params)).rows[0];
        const t2 = performance.now() - started;
        if (i >= 2) { ours.push(t1); direct.push(t2); } // two warm-up rounds
      }
      const rawTotal = rawAnswer.kinds.find((k) => k.kind === null);
      if (rawTotal.callbacksDone !== answer.totals.callbacksDone || rawTotal.ticketsCompleted !== answer.totals.ticketsCompleted) {
        throw new Error(`GraphQL and pg disagree on ${period}`);
      }
      const size = await raw.query(
        `select (select count(*) from callback where project_id = 1 and anchor_date between $1 and $2)::int as callbacks,
                (select count(*) from ticket where project_id = 1 and received_at >= $3 and received_at < $4)::int as tickets`,
        [params[3], params[4], params[1], params[2]],
      );
      const a = summarise(ours);
      const b = summarise(direct);
      ratios.push(a.p50 / b.p50);
      console.log(`${period}  ${String(size.rows[0].callbacks).padStart(9)}  ${String(size.rows[0].tickets).padStart(7)}   ${fmt(a.p50).padStart(10)}  ${fmt(a.p95).padStart(9)}  ${fmt(b.p50).padStart(9)}  ${fmt(b.p95).padStart(9)}  ${(a.p50 / b.p50).toFixed(2)}`);
      if (period === PERIODS[1]) {
        console.log(`         (${answer.unqualifiedCallbacks.length} unqualified, ${answer.repeatedComplaints.length} repeated complaints, ${answer.repeatedRepairs.length} repeated repairs, satisfaction ${answer.satisfaction.satisfiedRatePercent}%)`);
      }
    }
    console.log(`ratio GraphQL/pg (p50), mean over the quarters: ${(ratios.reduce((s, r) => s + r, 0) / ratios.length).toFixed(2)}`);
    const plan = await raw.query(`explain (analyze, buffers, format json) ${QUARTERLY_STATISTICS_SQL}`, statisticsParameters(1, parsePeriod('2026Q2'), '2026-12-31'));
    const top = plan.rows[0]['QUERY PLAN'][0];
    const scans = new Set();
    const walk = (node) => {
      if (node['Relation Name']) scans.add(`${node['Node Type']} ${node['Relation Name']}${node['Index Name'] ? ` using ${node['Index Name']}` : ''}`);
      for (const n of node.Plans ?? []) walk(n);
    };
    walk(top.Plan);
    console.log(`\nEXPLAIN ANALYZE 2026Q2: execution ${top['Execution Time'].toFixed(1)} ms, planning ${top['Planning Time'].toFixed(1)} ms`);
    for (const s of [...scans].sort()) console.log(`  ${s}`);
    // where the time goes: the statement's parts (CTEs and the six result columns), inclusive times
    console.log('parts (inclusive ms; a CTE is counted where it is first read):');
    const columns = ['kinds (per kind and totals)', 'satisfaction', 'unqualified callbacks', 'repeated complaints', 'repeated repairs', 'spot check'];
    let column = 0;
    for (const part of top.Plan.Plans ?? []) {
      const initPlan = part['Subplan Name']?.startsWith('InitPlan') ? `${part['Subplan Name'].split(' (')[0]}: ${columns[column++] ?? ''}` : null;
      const name = initPlan ?? part['Subplan Name'] ?? part['Node Type'];
      console.log(`  ${name.padEnd(40)} ${part['Actual Total Time'].toFixed(1).padStart(8)} ms  ${part['Actual Rows']} rows`);
    }
  } finally {
    await raw.end();
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
