// Issue 17, items 4 and 5: staffResults (考核) and the quota forecast over the 1M-callback data set — our GraphQL (HTTP,
// auth, ORM, mapping) vs the same SQL run directly through pg, per quarter of project 1 (~12.5k callbacks each).
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
// the forecast is of the period the day judged on falls in: the middle of each quarter
const MIDDLE = { '2026Q1': '2026-02-15', '2026Q2': '2026-05-15', '2026Q3': '2026-08-15', '2026Q4': '2026-11-15' };

const STAFF = `query ($p: ID!, $period: String, $asOf: LocalDate) { staffResults(projectId: $p, period: $period, asOf: $asOf) {
  staff { userId displayName role callbacksAssigned callbacksDone doneWithinWindow overdue unreachable callbacksPerformed rated satisfiedRatePercent spotChecked spotCheckAgreed spotCheckAgreementPercent }
  handlers { department handler departmentTotal callbacksRecorded rated satisfiedRatePercent unqualified } } }`;
const FORECAST = `query ($p: ID!, $period: String, $asOf: LocalDate) { quarterlyStatistics(projectId: $p, period: $period, asOf: $asOf) {
  kinds { kind callbacksRequired callbacksDone }
  forecast { kind required done expectedDone bestCase atRisk shortBy ticketsWithoutCallback ticketsToAdd { number } } } }`;

async function timed(runs, fn) {
  const samples = [];
  let last;
  for (let i = 0; i < runs + 2; i++) {
    const started = performance.now();
    last = await fn();
    if (i >= 2) samples.push(performance.now() - started); // two warm-up rounds
  }
  return { ...summarise(samples), last };
}

async function main() {
  // the grid benchmark's data set (same database name, so BENCH_KEEP=1 shares it)
  const db = await benchDatabase(`bench_grid_${sizes().callbacks}`);
  await generate(db.url);
  await ensurePolicies(db.url);
  const { STAFF_RESULTS_SQL } = server('modules/staff-results/staff-results.sql.js');
  const { QUARTERLY_STATISTICS_SQL } = server('modules/statistics/statistics.sql.js');
  const { QUOTA_FORECAST_SQL } = server('modules/statistics/quota-forecast.sql.js');
  const { statisticsParameters } = server('modules/statistics/statistics.service.js');
  const { parsePeriod, startOfLocalDate, addDays, BUSINESS_UTC_OFFSET_MINUTES } = server('../../shared/dist/index.js');
  const raw = new pg.Client({ connectionString: db.url });
  await raw.connect();
  // the generated records name no recorder or handler: project 1's recorded ones get them (idempotent), so the
  // performed and handler parts of the statement have rows to group
  const filled = await raw.query(`update callback c set recorded_by_id = c.assignee_id, department_at_recording = '工程部',
      handler_at_recording = '处理人' || (c.ticket_id % 13)
    where c.project_id = 1 and c.recorded_at is not null and c.recorded_by_id is null`);
  if (filled.rowCount) await raw.query('analyze callback');
  const port = await freePortOf();
  const child = fork(path.join(root, 'server', 'dist', 'main.js'), [], {
    env: { ...process.env, DATABASE_URL: db.url, PORT: String(port), HOST: '127.0.0.1', SEED_DEMO_DATA: 'false', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  try {
    await waitFor(`http://127.0.0.1:${port}/health`);
    const url = `http://127.0.0.1:${port}/graphql`;
    const login = await post(url, { query: `mutation { login(input: { username: "bench", password: "${BENCH_PASSWORD}" }) { token } }` });
    const auth = { authorization: `Bearer ${login.data.login.token}` };
    const projectId = Buffer.from('Project:1').toString('base64url');
    const counts = await raw.query('select (select count(*) from callback)::int as callbacks, (select count(*) from ticket)::int as tickets');
    console.log(`data: ${counts.rows[0].callbacks} callbacks, ${counts.rows[0].tickets} tickets in 20 projects; project 1 as the supervisor (every row); ${RUNS} runs each`);

    console.log('\nstaffResults (考核), OVERDUE as of 2026-12-31: one statement');
    console.log('period   callbacks   GraphQL p50  p95        pg p50     p95        ratio p50');
    const staffRatios = [];
    for (const period of PERIODS) {
      const range = parsePeriod(period);
      const params = [1, range.from, range.to, '2026-12-31', BUSINESS_UTC_OFFSET_MINUTES, null, true];
      const ours = await timed(RUNS, async () => {
        const res = await post(url, { query: STAFF, variables: { p: projectId, period, asOf: '2026-12-31' } }, auth);
        if (res.errors) throw new Error(JSON.stringify(res.errors));
        return res.data.staffResults;
      });
      const direct = await timed(RUNS, async () => (await raw.query(STAFF_RESULTS_SQL, params)).rows[0]);
      if (ours.last.staff[0].callbacksAssigned !== direct.last.staff[0].callbacksAssigned) throw new Error(`GraphQL and pg disagree on ${period}`);
      const size = await raw.query('select count(*)::int as n from callback where project_id = 1 and anchor_date between $1 and $2', [range.from, range.to]);
      staffRatios.push(ours.p50 / direct.p50);
      console.log(`${period}  ${String(size.rows[0].n).padStart(9)}   ${fmt(ours.p50).padStart(10)}  ${fmt(ours.p95).padStart(9)}  ${fmt(direct.p50).padStart(9)}  ${fmt(direct.p95).padStart(9)}  ${(ours.p50 / direct.p50).toFixed(2)}`);
    }
    console.log(`ratio GraphQL/pg (p50), mean over the quarters: ${(staffRatios.reduce((s, r) => s + r, 0) / staffRatios.length).toFixed(2)}`);

    console.log('\nquarterlyStatistics { kinds forecast } judged mid-quarter: the statistics statement + the forecast statement (+ the tickets to add)');
    console.log('period   asOf         GraphQL p50  p95        pg p50     p95        ratio p50   forecast statement alone p50');
    const forecastRatios = [];
    for (const period of PERIODS) {
      const range = parsePeriod(period);
      const asOf = MIDDLE[period];
      const forecastParams = [1, range.from, range.to, startOfLocalDate(range.from), startOfLocalDate(addDays(range.to, 1)), 3];
      const ours = await timed(RUNS, async () => {
        const res = await post(url, { query: FORECAST, variables: { p: projectId, period, asOf } }, auth);
        if (res.errors) throw new Error(JSON.stringify(res.errors));
        return res.data.quarterlyStatistics;
      });
      const direct = await timed(RUNS, async () => {
        const stats = await raw.query(QUARTERLY_STATISTICS_SQL, statisticsParameters(1, range, asOf));
        const forecast = await raw.query(QUOTA_FORECAST_SQL, forecastParams);
        return [stats.rows[0], forecast.rows[0]];
      });
      const alone = await timed(RUNS, async () => (await raw.query(QUOTA_FORECAST_SQL, forecastParams)).rows[0]);
      forecastRatios.push(ours.p50 / direct.p50);
      console.log(`${period}  ${asOf}   ${fmt(ours.p50).padStart(10)}  ${fmt(ours.p95).padStart(9)}  ${fmt(direct.p50).padStart(9)}  ${fmt(direct.p95).padStart(9)}  ${(ours.p50 / direct.p50).toFixed(2).padStart(9)}   ${fmt(alone.p50)}`);
      if (period === PERIODS[1]) {
        const atRisk = ours.last.forecast.filter((f) => f.atRisk).map((f) => `${f.kind} short ${f.shortBy}`);
        console.log(`         (at risk: ${atRisk.join(', ') || 'none'})`);
      }
    }
    console.log(`ratio GraphQL/pg (p50), mean over the quarters: ${(forecastRatios.reduce((s, r) => s + r, 0) / forecastRatios.length).toFixed(2)}`);

    const range = parsePeriod('2026Q2');
    const plan = await raw.query(`explain (analyze, buffers, format json) ${STAFF_RESULTS_SQL}`, [1, range.from, range.to, '2026-12-31', BUSINESS_UTC_OFFSET_MINUTES, null, true]);
    const top = plan.rows[0]['QUERY PLAN'][0];
    const scans = new Set();
    const walk = (node) => {
      if (node['Relation Name']) scans.add(`${node['Node Type']} ${node['Relation Name']}${node['Index Name'] ? ` using ${node['Index Name']}` : ''}`);
      for (const n of node.Plans ?? []) walk(n);
    };
    walk(top.Plan);
    console.log(`\nEXPLAIN ANALYZE staffResults 2026Q2: execution ${top['Execution Time'].toFixed(1)} ms, planning ${top['Planning Time'].toFixed(1)} ms`);
    for (const s of [...scans].sort()) console.log(`  ${s}`);
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
