// The benchmark data set: 20 projects, 1.2M tickets, 1M callbacks (sizes can be scaled down with BENCH_SCALE=0.1).
// Generated inside PostgreSQL with INSERT … SELECT generate_series (no rows travel through Node), in one
// transaction, then ANALYZEd. Reused between runs when the database already holds it (BENCH_KEEP=1 keeps it).
import pg from 'pg';
import { server } from './bench-db.mjs';

export const PROJECTS = 20;

export function sizes() {
  const scale = Number(process.env.BENCH_SCALE ?? '1');
  return { tickets: Math.round(1_200_000 * scale), callbacks: Math.round(1_000_000 * scale), owners: Math.round(200_000 * scale) };
}

/**
 * The default data set, or another shape: `options` may set projects, tickets, callbacks, owners, and the
 * days over which tickets are received (`start` date, `days` long), e.g. one quarter of 100k callbacks a project.
 */
function shape(options) {
  return { projects: PROJECTS, start: '2026-01-01', days: 330, ...sizes(), ...options };
}

export const BENCH_PASSWORD = 'bench1234';

export async function generate(url, log = console.log, options = {}) {
  const { tickets, callbacks, owners, projects, start, days } = shape(options);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const existing = await client.query('select count(*)::int as n from callback');
    if (existing.rows[0].n === callbacks) {
      log(`data set present (${callbacks} callbacks), reusing it`);
      return;
    }
    if (existing.rows[0].n > 0) throw new Error(`the bench database holds ${existing.rows[0].n} callbacks, not ${callbacks}: use another database or drop it`);
    const { hashPassword } = server('modules/users/session.service.js');
    const hash = await hashPassword(BENCH_PASSWORD);
    const started = Date.now();
    await client.query('begin');
    // ids are computed from the series below: start every sequence at 1 (a rolled-back attempt advanced them)
    for (const table of ['project', 'department', 'app_user', 'owner', 'ticket', 'callback']) {
      await client.query(`select setval(pg_get_serial_sequence('${table}', 'id'), 1, false)`);
    }
    await client.query(`insert into project (code, name, company_name, created_at)
      select 'P' || lpad(i::text, 2, '0'), '项目' || i, '华信物业服务有限公司', now() from generate_series(1, ${projects}) i`);
    await client.query(`insert into department (project_id, name)
      select p.id, d from project p cross join unnest(array['工程部','秩序维护部','保洁部','绿化部','客服部']) d`);
    await client.query(`insert into app_user (username, display_name, password_hash, role, active, created_at)
      select 'clerk' || p.id, '管家' || p.id, $1, 'CLERK', true, now() from project p
      union all select 'bench', '基准主管', $1, 'SUPERVISOR', true, now()`, [hash]);
    await client.query(`insert into user_project (user_id, project_id)
      select u.id, p.id from app_user u join project p on u.username = 'clerk' || p.id or u.username = 'bench'`);
    await client.query(`insert into owner (project_id, name, unit, phone)
      select ((i - 1) % ${projects}) + 1,
             (array['王','李','张','刘','陈','杨','黄','赵','吴','周'])[1 + i % 10] || (array['伟','芳','娜','敏','静','丽','强','磊'])[1 + (i / 10) % 8],
             (1 + i % 30) || '-' || (1 + i % 3) || '-' || (i / 90) || lpad(((i % 4) + 1)::text, 2, '0'),
             '1' || (38 + i % 3) || lpad((i * 7919 % 100000000)::text, 8, '0')
        from generate_series(1, ${owners}) i`);
    log(`  projects, users, ${owners} owners: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // tickets: spread over 2026; the first ${callbacks} are completed and have one callback each
    await client.query(`insert into ticket (project_id, number, kind, severity, owner_id, owner_name, unit, phone, channel,
        received_at, department_id, category, summary, handler, handling_result, started_at, completed_at, status,
        created_at, updated_at, version)
      select t.project_id, p.code || '-' || to_char(t.received_at at time zone 'Asia/Shanghai', 'YYYYMMDD') || '-' || lpad(t.i::text, 7, '0'),
             t.kind, case when t.kind = 'COMPLAINT' then (case when t.i % 7 = 0 then 'MAJOR' else 'GENERAL' end) end,
             o.id, o.name, o.unit, o.phone, 'PHONE', t.received_at, d.id,
             case t.kind when 'REPAIR' then (array['水管漏水','电路故障','门窗维修','下水道堵塞','墙面渗水'])[1 + t.i % 5] when 'COMPLAINT' then '服务投诉' end,
             '内容摘要 ' || t.i, '处理人' || (t.i % 13), '已处理', t.received_at,
             case when t.i <= ${callbacks} then t.received_at + interval '1 day' end,
             case when t.i <= ${callbacks} then 'COMPLETED' else 'OPEN' end,
             t.received_at, t.received_at, 1
        from (select i, ((i - 1) % ${projects}) + 1 as project_id,
                     timestamptz '${start} 09:00+08' + ((i * 613) % ${days}) * interval '1 day' as received_at,
                     (array['REPAIR','REPAIR','REPAIR','COMPLAINT','HELP','EMERGENCY','ACTIVITY','OTHER','REPAIR','SPECIAL_SERVICE'])[1 + i % 10] as kind
                from generate_series(1, ${tickets}) i) t
        join project p on p.id = t.project_id
        join owner o on o.id = ((t.i - 1) % ${owners}) + 1
        left join department d on d.project_id = t.project_id and d.name = '工程部'`);
    log(`  ${tickets} tickets: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await client.query(`insert into callback (project_id, serial_code, serial_year, serial_number, ticket_id, stage_index, purpose,
        anchor, anchor_date, window_from, window_to, assignee_id, methods, performed_at, visitors, quality_evaluation,
        service_evaluation, satisfaction, satisfaction_score, result, owner_confirmation, recorded_at, status,
        created_at, updated_at, version)
      select t.project_id, 'HF-' || p.code || '-2026-' || lpad(t.seq::text, 6, '0'), 2026, t.seq,
             t.id, 0, 'REGULAR', 'COMPLETED', (t.completed_at at time zone 'Asia/Shanghai')::date,
             (t.completed_at at time zone 'Asia/Shanghai')::date, (t.completed_at at time zone 'Asia/Shanghai')::date + 7,
             u.id, array['PHONE'],
             case when s.st <> 'PLANNED' then t.completed_at + interval '2 days' end,
             case when s.st <> 'PLANNED' then u.display_name end,
             case when s.st <> 'PLANNED' then '维修质量良好' end, case when s.st <> 'PLANNED' then '服务及时' end,
             case when s.st <> 'PLANNED' then (array['VERY_SATISFIED','SATISFIED','SATISFIED','BASICALLY_SATISFIED','UNSATISFIED'])[1 + t.id % 5] end,
             case when s.st <> 'PLANNED' then 6 + t.id % 5 end,
             case when s.st <> 'PLANNED' then (case when t.seq % 5 = 4 then 'UNQUALIFIED' else 'QUALIFIED' end) end,
             case when s.st <> 'PLANNED' then 'CONFIRMED_BY_PHONE' end,
             case when s.st <> 'PLANNED' then t.completed_at + interval '2 days' end,
             s.st, t.completed_at, t.completed_at, 1
        from (select ticket.*, row_number() over (partition by project_id order by id) as seq
                from ticket where completed_at is not null) t
        join project p on p.id = t.project_id
        join app_user u on u.username = 'clerk' || t.project_id
        cross join lateral (select case t.seq % 10 when 0 then 'PLANNED' when 1 then 'DONE' when 4 then 'ESCALATED' when 9 then 'ESCALATED' else 'CLOSED' end as st) s
`);
    await client.query(`insert into code_counter (project_id, scope, period, value)
      select project_id, 'HF', '2026', max(serial_number) from callback group by project_id`);
    await client.query('commit');
    log(`  ${callbacks} callbacks: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await client.query('analyze');
    log(`  generated and analyzed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * The standard callback policy (seed 000) for every bench project, so the statistics have targets to meet, and
 * a VACUUM; idempotent, so a kept data set generated before this step gets it too.
 */
export async function ensurePolicies(url) {
  const { policyPreset, PolicyPresetName } = server('../../shared/dist/index.js');
  const presets = policyPreset(PolicyPresetName.STANDARD_000).map((p) => ({ kind: p.kind, severity: p.severity, stages: p.stages }));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `insert into callback_policy (project_id, kind, severity, stages, preset, updated_at)
       select p.id, x.kind, x.severity, x.stages, 'STANDARD_000', now()
         from project p cross join json_to_recordset($1::json) as x (kind text, severity text, stages jsonb)
       on conflict do nothing`,
      [JSON.stringify(presets)],
    );
    // what autovacuum does in production: the visibility map lets the statistics use index-only scans
    await client.query('vacuum (analyze) ticket, callback');
  } finally {
    await client.end();
  }
}
