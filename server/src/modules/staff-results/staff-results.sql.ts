import { CallbackPurpose, CallbackResult, CallbackStatus, Role, Satisfaction } from '@hf/shared';

/**
 * 考核: the per-staff results of one project and period as ONE PostgreSQL statement; every figure is aggregated in the
 * database, Node maps the two JSON arrays it returns. Kept apart from the service so a benchmark can run this text
 * through `pg`.
 *
 * Parameters ($n):
 *  1 project id · 2 first day · 3 last day of the period (dates, inclusive) · 4 today (OVERDUE) · 5 business UTC
 *  offset in minutes (the local date of performed_at) · 6 the only user whose staff row is returned (null: every
 *  row) · 7 whether the handler rows are returned.
 *
 * Which callbacks belong to the period: anchor date in it, voided ones nowhere (as in the quarterly statistics).
 * Spot checks (SPOT_CHECK) are not callbacks assigned or performed; they count in the agreement of the clerk whose
 * record they re-check.
 */
const SPOT = `'${CallbackPurpose.SPOT_CHECK}'`;
const DONE = `c.performed_at is not null and c.status in ('DONE', 'REVIEWED', 'ESCALATED', 'CLOSED')`;
const localDate = (column: string) => `(${column} at time zone 'UTC' + make_interval(mins => $5))::date`;
const SATISFIED = `('${Satisfaction.VERY_SATISFIED}', '${Satisfaction.SATISFIED}')`;

/** spot-check.rules.ts RECORDED: the statuses in which a spot check has its own record. */
const SPOT_CHECK_RECORDED = [CallbackStatus.DONE, CallbackStatus.REVIEWED, CallbackStatus.ESCALATED, CallbackStatus.CLOSED];

/**
 * spot-check.rules.ts `spotCheckAgreement` in SQL: PENDING until the spot check `s` is recorded, then SAME when
 * satisfaction and result equal the original `o`'s (two missing values are equal, as `null === null`), else
 * DIFFERENT. test/server/staff-results.test.ts checks the two agree on a hand-made set.
 */
export function spotCheckAgreementSql(s: string, o: string): string {
  return `case when ${s}.status not in (${SPOT_CHECK_RECORDED.map((x) => `'${x}'`).join(', ')}) then 'PENDING'
    when ${s}.satisfaction is not distinct from ${o}.satisfaction and ${s}.result is not distinct from ${o}.result then 'SAME'
    else 'DIFFERENT' end`;
}

const rate = (part: string, whole: string) => `round(100.0 * ${part} / nullif(${whole}, 0), 1)`;

export const STAFF_RESULTS_SQL = `
with period_callback as materialized (
  select c.id, c.purpose, c.status, c.assignee_id, c.co_assignee_id, c.recorded_by_id, c.performed_at, c.window_from,
         c.window_to, c.satisfaction, c.result, c.owner_confirmation, c.spot_check_of_id, c.handler_at_recording,
         c.department_at_recording
    from callback c
   where c.project_id = $1 and c.anchor_date between $2 and $3 and c.status <> '${CallbackStatus.VOIDED}'
),
-- 分配: the assignee and the co-assignee (general complaints: the clerk beside the department supervisor) each count it
assignment as (
  select c.assignee_id as user_id, c.* from period_callback c where c.purpose <> ${SPOT} and c.assignee_id is not null
  union all
  select c.co_assignee_id as user_id, c.* from period_callback c
   where c.purpose <> ${SPOT} and c.co_assignee_id is not null and c.co_assignee_id is distinct from c.assignee_id
),
assigned as (
  select c.user_id,
         count(*)::int as assigned,
         count(*) filter (where ${DONE})::int as done,
         count(*) filter (where ${DONE} and ${localDate('c.performed_at')} between c.window_from and c.window_to)::int as within_window,
         count(*) filter (where c.status = '${CallbackStatus.PLANNED}' and c.window_to < $4)::int as overdue,
         count(*) filter (where c.performed_at is null and c.owner_confirmation = 'UNREACHABLE')::int as unreachable
    from assignment c group by c.user_id
),
-- 回访人: the satisfaction of the callbacks a person recorded
performed as (
  select c.recorded_by_id as user_id,
         count(*)::int as performed,
         count(*) filter (where c.satisfaction is not null)::int as rated,
         count(*) filter (where c.satisfaction in ${SATISFIED})::int as satisfied
    from period_callback c where c.purpose <> ${SPOT} and c.recorded_by_id is not null and ${DONE}
   group by c.recorded_by_id
),
-- 抽查一致率: the supervisor's spot check against the record it re-checks, credited to whoever recorded that record
spot_check as (
  select o.recorded_by_id as user_id,
         count(*) filter (where a.agreement <> 'PENDING')::int as checked,
         count(*) filter (where a.agreement = 'SAME')::int as agreed
    from period_callback s
    join callback o on o.id = s.spot_check_of_id and o.status <> '${CallbackStatus.VOIDED}'
    cross join lateral (select ${spotCheckAgreementSql('s', 'o')} as agreement) a
   where s.purpose = ${SPOT} and o.recorded_by_id is not null
   group by o.recorded_by_id
),
-- every clerk of the project (one with nothing assigned is a result too), and anyone else the callbacks name
staff as (
  select u.id as user_id from app_user u join user_project up on up.user_id = u.id
   where up.project_id = $1 and u.role = '${Role.CLERK}' and u.active
  union select user_id from assigned
  union select user_id from performed
  union select user_id from spot_check
),
staff_rows as (
  select u.id as user_id, u.username, u.display_name, u.role,
         coalesce(a.assigned, 0) as assigned, coalesce(a.done, 0) as done, coalesce(a.within_window, 0) as within_window,
         coalesce(a.overdue, 0) as overdue, coalesce(a.unreachable, 0) as unreachable,
         coalesce(p.performed, 0) as performed, coalesce(p.rated, 0) as rated, ${rate('p.satisfied', 'p.rated')} as satisfied_rate,
         coalesce(sc.checked, 0) as spot_checked, coalesce(sc.agreed, 0) as spot_agreed, ${rate('sc.agreed', 'sc.checked')} as agreement_rate
    from staff s
    join app_user u on u.id = s.user_id
    left join assigned a on a.user_id = s.user_id
    left join performed p on p.user_id = s.user_id
    left join spot_check sc on sc.user_id = s.user_id
   where $6::int is null or u.id = $6::int
),
-- 经办人 / 部门: the ticket's handler and department as they were when the callback was recorded
handler_rows as (
  select c.department_at_recording as department, c.handler_at_recording as handler,
         grouping(c.handler_at_recording) = 1 as department_total,
         count(*)::int as recorded,
         count(*) filter (where c.satisfaction is not null)::int as rated,
         ${rate(`count(*) filter (where c.satisfaction in ${SATISFIED})`, 'count(*) filter (where c.satisfaction is not null)')} as satisfied_rate,
         count(*) filter (where c.result = '${CallbackResult.UNQUALIFIED}')::int as unqualified
    from period_callback c
   where $7::boolean and c.purpose <> ${SPOT} and ${DONE}
   group by grouping sets ((c.department_at_recording, c.handler_at_recording), (c.department_at_recording))
)
select
  (select coalesce(json_agg(json_build_object(
     'userId', user_id, 'username', username, 'displayName', display_name, 'role', role,
     'callbacksAssigned', assigned, 'callbacksDone', done, 'doneWithinWindow', within_window, 'overdue', overdue,
     'unreachable', unreachable, 'callbacksPerformed', performed, 'rated', rated, 'satisfiedRatePercent', satisfied_rate,
     'spotChecked', spot_checked, 'spotCheckAgreed', spot_agreed, 'spotCheckAgreementPercent', agreement_rate)
     order by role = '${Role.CLERK}' desc, display_name collate "C", user_id), '[]') from staff_rows) as staff,
  (select coalesce(json_agg(json_build_object(
     'department', department, 'handler', handler, 'departmentTotal', department_total, 'callbacksRecorded', recorded,
     'rated', rated, 'satisfiedRatePercent', satisfied_rate, 'unqualified', unqualified)
     order by department collate "C" nulls last, department_total, handler collate "C" nulls last), '[]') from handler_rows) as handlers
`;
