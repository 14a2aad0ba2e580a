// Issue 14.1: the 待办 queries of a service supervisor and a project manager on the bench data set (1M callbacks in
// 20 projects; BENCH_SCALE=0.1 for a tenth) — over HTTP through GraphQL, beside the same service calls made
// in-process (no HTTP, no GraphQL) as the baseline; and the SQL statements per request for pages of 10, 50 and 200
// items (constant in the number of items). Prints figures and ratios; never fails on time.
import path from 'node:path';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { benchDatabase, freePortOf, server, summarise, fmt, waitFor } from './lib/bench-db.mjs';
import { BENCH_PASSWORD, ensurePolicies, generate, sizes } from './lib/generate.mjs';
import { post } from './lib/load.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const RUNS = Number(process.env.BENCH_RUNS ?? '20');

// what the 待办 screen asks (client/src/work-queue/queries.ts), with the page size as a variable
const EDGE = `cursor daysLeft daysOverdue waitingSince ageDays correctableUntil node { id serialCode status anchorDate windowTo
  project { id code statisticsPeriod } ticket { id number kind severity ownerName unit phone summary }
  assignee { displayName } coAssignee { displayName } recordedBy { displayName } }`;
const SUPERVISOR = `query ($p: ID, $first: Int) { workQueues(projectId: $p) { today kinds
  recordsToReview(first: $first) { totalCount pageInfo { hasNextPage } edges { ${EDGE} } }
  reportsToReview(first: $first) { totalCount edges { ageDays node { id period status } } }
  spotCheckQuota { project { code } period required planned done stillToPlan }
  targetsAtRisk { project { code } kind targetRatePercent achievedRatePercent callbacksOpen }
  archiveDue { projectId period dueDate reminder archived } } }`;
const MANAGER = `query ($p: ID, $first: Int) { workQueues(projectId: $p) { today kinds
  escalationsWithoutOpinion(first: $first) { totalCount pageInfo { hasNextPage } edges { ${EDGE} } }
  majorComplaintsToOrganise(first: $first) { totalCount pageInfo { hasNextPage } edges { ${EDGE} } }
  reportsToMarkReported(first: $first) { totalCount edges { ageDays node { id period status } } } } }`;
const COUNTS = `query ($p: ID) { workQueueCounts(projectId: $p) { total queues { kind count } } }`;

/**
 * What the queues need beyond the grid's data set, idempotent (a kept data set gets it too): a project manager of every
 * project, the escalation time of the escalated callbacks (the generator leaves it empty), and reports waiting in
 * every project (2026Q1 submitted, 2026Q2 reviewed).
 */
async function ensureWorkQueueData(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`insert into app_user (username, display_name, password_hash, role, active, created_at)
      select 'bench-pm', '基准项目经理', password_hash, 'PROJECT_MANAGER', true, now() from app_user where username = 'bench'
      on conflict (username) do nothing`);
    await client.query(`insert into user_project (user_id, project_id)
      select u.id, p.id from app_user u cross join project p where u.username = 'bench-pm' on conflict do nothing`);
    const fixed = await client.query(`update callback c set escalated_at = c.recorded_at + interval '1 day',
        escalated_to_id = (select id from app_user where username = 'bench-pm')
      where c.status = 'ESCALATED' and c.escalated_at is null`);
    await client.query(`insert into quarterly_report (project_id, period, from_date, to_date, status, analysis, improvement_measures,
        submitted_at, reviewed_at, created_at, updated_at, version)
      select p.id, x.period, x.from_date::date, x.to_date::date, x.status, '分析', '措施', timestamptz '2026-04-05 10:00+08',
             case when x.status = 'REVIEWED' then timestamptz '2026-07-06 10:00+08' end, now(), now(), 1
        from project p cross join (values ('2026Q1', '2026-01-01', '2026-03-31', 'SUBMITTED'), ('2026Q2', '2026-04-01', '2026-06-30', 'REVIEWED')) x (period, from_date, to_date, status)
      on conflict do nothing`);
    if (fixed.rowCount) await client.query('vacuum (analyze) callback');
  } finally {
    await client.end();
  }
}

async function main() {
  const db = await benchDatabase(`bench_grid_${sizes().callbacks}`);
  await generate(db.url);
  await ensurePolicies(db.url);
  await ensureWorkQueueData(db.url);
  const port = await freePortOf();
  const child = fork(path.join(root, 'server', 'dist', 'main.js'), [], {
    env: { ...process.env, DATABASE_URL: db.url, PORT: String(port), HOST: '127.0.0.1', SEED_DEMO_DATA: 'false', NODE_ENV: 'production', RATE_LIMIT_SESSION_POINTS: '1000000000' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  try {
    await waitFor(`http://127.0.0.1:${port}/health`);
    const url = `http://127.0.0.1:${port}/graphql`;
    const tokenOf = async (username) => (await post(url, { query: `mutation { login(input: { username: "${username}", password: "${BENCH_PASSWORD}" }) { token } }` })).data.login.token;
    const people = { supervisor: { username: 'bench', query: SUPERVISOR }, manager: { username: 'bench-pm', query: MANAGER } };
    for (const person of Object.values(people)) person.token = await tokenOf(person.username);
    const project1 = Buffer.from('Project:1').toString('base64url');

    const raw = new pg.Client({ connectionString: db.url });
    await raw.connect();
    const size = (await raw.query(`select (select count(*) from callback)::int as callbacks,
      (select count(*) from callback where status = 'DONE')::int as done, (select count(*) from callback where status = 'ESCALATED')::int as escalated,
      (select count(*) from callback where project_id = 1 and status = 'DONE')::int as done1, (select count(*) from callback where project_id = 1 and status = 'ESCALATED')::int as escalated1`)).rows[0];
    await raw.end();
    console.log(`data: ${size.callbacks} callbacks in 20 projects; waiting for review ${size.done} (project 1: ${size.done1}), escalated without opinion ${size.escalated} (project 1: ${size.escalated1}); ${RUNS} runs each, page of 20`);

    // the baseline: the same service calls in-process (same SQL, no HTTP, no GraphQL, no auth)
    const queues = server('modules/work-queues/work-queue.service.js');
    const { businessClock } = server('modules/work-queues/work-queue.rules.js');
    const { User } = server('modules/users/user.entity.js');
    const direct = async (username, projectId) => {
      const em = db.orm.em.fork();
      const user = await em.findOneOrFail(User, { username });
      const projectIds = (await em.execute('select project_id from user_project where user_id = ? order by project_id', [user.id])).map((r) => r.project_id);
      const subject = { userId: user.id, role: user.role, departmentId: null, projectIds: projectId ? [projectId] : projectIds };
      const started = performance.now();
      const rootOf = queues.workQueues(user, subject, businessClock());
      const page = (kind) => queues.callbackQueuePage(em, rootOf, kind, 20).then((p) => p.totalCount());
      const reports = (kind) => queues.reportQueuePage(em, rootOf, kind, 20).then((p) => p.totalCount());
      if (user.role === 'SUPERVISOR') {
        await Promise.all([page('RECORDS_TO_REVIEW'), reports('REPORTS_TO_REVIEW'), queues.spotCheckQuotas(em, rootOf), queues.targetsAtRiskOf(em, rootOf), queues.archiveDue(em, rootOf)]);
      } else {
        await Promise.all([page('ESCALATIONS_WITHOUT_OPINION'), page('MAJOR_COMPLAINTS_TO_ORGANISE'), reports('REPORTS_TO_MARK_REPORTED')]);
      }
      return performance.now() - started;
    };

    console.log('\nquery                                        GraphQL p50  p95        in-process p50  ratio p50   items');
    for (const [name, person] of Object.entries(people)) {
      for (const [scope, projectId] of [['project 1', project1], ['all 20 projects', null]]) {
        for (const [label, query, variables] of [[`${name} 待办`, person.query, { p: projectId, first: 20 }], [`${name} counts`, COUNTS, { p: projectId }]]) {
          const ours = [];
          const baseline = [];
          let answer;
          for (let i = 0; i < RUNS + 2; i++) {
            const started = performance.now();
            const res = await post(url, { query, variables }, { authorization: `Bearer ${person.token}` });
            const took = performance.now() - started;
            if (res.errors) throw new Error(JSON.stringify(res.errors));
            answer = res.data;
            const base = label.endsWith('待办') ? await direct(person.username, projectId ? 1 : null) : null;
            if (i >= 2) {
              ours.push(took);
              if (base !== null) baseline.push(base);
            }
          }
          const a = summarise(ours);
          const b = baseline.length ? summarise(baseline) : null;
          const items = answer.workQueues
            ? Object.values(answer.workQueues).filter((v) => v && typeof v === 'object' && 'totalCount' in v).map((v) => v.totalCount).join('/')
            : `total ${answer.workQueueCounts.total}`;
          console.log(`${`${label}, ${scope}`.padEnd(44)} ${fmt(a.p50).padStart(10)}  ${fmt(a.p95).padStart(9)}  ${b ? fmt(b.p50).padStart(13) : '            —'}  ${b ? (a.p50 / b.p50).toFixed(2).padStart(9) : '        —'}   ${items}`);
        }
      }
    }

    // statements per request, counted by the ORM's query logger on an in-process app over the same database
    const { initOrm } = server('db/orm.js');
    const { createApp } = server('app.js');
    const { loadConfig } = server('config.js');
    let statements = 0;
    const countingOrm = await initOrm(db.url, { debug: ['query'], logger: () => { statements += 1; } });
    const app = await createApp(loadConfig({ port: 0, host: '127.0.0.1' }), countingOrm, () => undefined);
    console.log('\nSQL statements per request (incl. the session lookup), by page size');
    for (const [name, person] of Object.entries(people)) {
      for (const [scope, projectId] of [['project 1', project1], ['all 20 projects', null]]) {
        const counts = [];
        for (const first of [10, 50, 200]) {
          await post(`${app.url}/graphql`, { query: person.query, variables: { p: projectId, first } }, { authorization: `Bearer ${person.token}` });
          statements = 0;
          const res = await post(`${app.url}/graphql`, { query: person.query, variables: { p: projectId, first } }, { authorization: `Bearer ${person.token}` });
          if (res.errors) throw new Error(JSON.stringify(res.errors));
          counts.push(`first ${first}: ${statements}`);
        }
        statements = 0;
        await post(`${app.url}/graphql`, { query: COUNTS, variables: { p: projectId } }, { authorization: `Bearer ${person.token}` });
        console.log(`  ${`${name} 待办, ${scope}`.padEnd(36)} ${counts.join(', ')}; counts query: ${statements}`);
      }
    }
    await app.close();
    await countingOrm.close();

    // where a queue's time goes: the plan of its page (keys) and of its count, project 1
    const sql = server('modules/work-queues/work-queue.sql.js');
    const connection = db.orm.em.fork().getConnection();
    console.log('\nEXPLAIN ANALYZE of each callback queue, project 1 (page of 21 keys; count)');
    for (const [username, kinds] of [['bench', ['RECORDS_TO_REVIEW']], ['bench-pm', ['ESCALATIONS_WITHOUT_OPINION', 'MAJOR_COMPLAINTS_TO_ORGANISE']]]) {
      const [user] = await connection.execute('select id, role from app_user where username = ?', [username]);
      const subject = { userId: user.id, role: user.role, departmentId: null, projectIds: [1] };
      for (const kind of kinds) {
        const queue = sql.callbackQueueSql(kind, subject, businessClock());
        for (const [what, query] of [['page', sql.callbackKeysSql(queue, { limit: 21, after: null })], ['count', sql.callbackCountSql(queue)]]) {
          const [plan] = await connection.execute(`explain (analyze, format json) ${query.sql}`, query.params);
          const top = plan['QUERY PLAN'][0];
          const scans = new Set();
          const walk = (node) => {
            if (node['Relation Name']) scans.add(`${node['Node Type']} ${node['Relation Name']}${node['Index Name'] ? ` using ${node['Index Name']}` : ''}`);
            for (const n of node.Plans ?? []) walk(n);
          };
          walk(top.Plan);
          console.log(`  ${kind.padEnd(30)} ${what.padEnd(5)} ${top['Execution Time'].toFixed(2).padStart(8)} ms  ${[...scans].join('; ')}`);
        }
      }
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
