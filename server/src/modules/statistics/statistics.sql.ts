import { CallbackPurpose, CallbackResult, Satisfaction, TicketKind } from '@hf/shared';

/**
 * The quarterly statistics of one project and period as ONE PostgreSQL statement (季度统计分析): every
 * figure is aggregated in the database (GROUP BY, FILTER, ROLLUP); Node only maps the one row it returns.
 * Kept apart from the service so the benchmark can run exactly this text through `pg`. The workbook runs the same
 * text in parts: the figures alone (QUARTERLY_FIGURES_SQL), and each list as rows read through a cursor (*_LIST_SQL),
 * so a quarter's 不合格回访 is never one JSON value in memory.
 *
 * Parameters ($n):
 *  1 project id · 2 first instant of the period · 3 first instant after the period (timestamptz, business
 *  time zone applied by the caller) · 4 first day · 5 last day (date, inclusive) · 6 today (date, for
 *  OVERDUE) · 7 business UTC offset in minutes (dates of instants, e.g. performed within the window) ·
 *  8 default spot-check rate in percent (seed 004: 20%).
 *
 * Which records belong to the period:
 *  - tickets: completed in the period (tickets completed), received in the period (repeated complaints
 *    and repairs); a voided ticket counts nowhere;
 *  - callbacks: anchor date in the period (the date their window is counted from — also what sampling
 *    and archiving use); a voided callback counts nowhere.
 */
const kinds = Object.values(TicketKind).map((k, i) => `('${k}', ${i})`).join(', ');
const SPOT = `'${CallbackPurpose.SPOT_CHECK}'`;
const DONE = `c.performed_at is not null and c.status in ('DONE', 'REVIEWED', 'ESCALATED', 'CLOSED')`;
const localDate = (column: string) => `(${column} at time zone 'UTC' + make_interval(mins => $7))::date`;

/** 完成工单数: the tickets completed in the period ($1 project, $2/$3 the period's instants), voided ones not counted. */
const TICKETS_COMPLETED_IN_PERIOD = `t.project_id = $1 and t.completed_at >= $2 and t.completed_at < $3 and t.status <> 'VOIDED'`;

/** The tickets of one kind ($4) completed in the period: the base of the spot-check quota (spot_check.repair_records below). */
export const TICKETS_COMPLETED_OF_KIND_SQL = `select count(*)::int as completed from ticket t where ${TICKETS_COMPLETED_IN_PERIOD} and t.kind = $4`;

/**
 * The common table expressions of the statement, in parts: the figures (per kind, satisfaction, spot checks) and each
 * list of rows (不合格回访, 重复投诉, 重复维修). QUARTERLY_STATISTICS_SQL joins them all; QUARTERLY_FIGURES_SQL only the
 * figures, and the *_LIST_SQL statements one list each, in the statement's order, for a workbook that streams them.
 */
const FIGURE_CTES = `kinds (kind, ord) as (values ${kinds}),
policy_stage as (
  select cp.kind, cp.severity, s.ord - 1 as stage_index, s.st ->> 'anchor' as anchor,
         (s.st ->> 'ratePercent')::int as rate, coalesce(s.st ->> 'purpose', 'REGULAR') as purpose
    from callback_policy cp
    cross join lateral jsonb_array_elements(cp.stages) with ordinality as s (st, ord)
   where cp.project_id = $1
),
-- completed tickets whose stage anchor may fall in the period: completed, received, or (特约服务) under contract in it
candidate as (
  select t.id, t.kind, t.severity, t.received_at, t.started_at, t.completed_at, t.contract_start, t.contract_end
    from ticket t where t.project_id = $1 and t.completed_at >= $2 and t.completed_at < $3 and t.status <> 'VOIDED'
  union
  select t.id, t.kind, t.severity, t.received_at, t.started_at, t.completed_at, t.contract_start, t.contract_end
    from ticket t where t.project_id = $1 and t.received_at >= $2 and t.received_at < $3
     and t.kind in (select kind from policy_stage where anchor in ('RECEIVED', 'STARTED'))
     and t.completed_at is not null and t.status <> 'VOIDED'
  union
  select t.id, t.kind, t.severity, t.received_at, t.started_at, t.completed_at, t.contract_start, t.contract_end
    from ticket t where t.project_id = $1 and t.kind = '${TicketKind.SPECIAL_SERVICE}' and t.contract_end >= $4 and t.contract_start <= $5
     and t.completed_at is not null and t.status <> 'VOIDED'
),
stage_anchor as (
  select c.kind, ps.severity, ps.stage_index, ps.rate, ps.purpose,
         case ps.anchor
           when 'COMPLETED' then ${localDate('c.completed_at')}
           when 'RECEIVED' then ${localDate('c.received_at')}
           when 'STARTED' then ${localDate('c.started_at')}
           when 'CONTRACT_MIDPOINT' then c.contract_start + (c.contract_end - c.contract_start) / 2
           when 'CONTRACT_END' then c.contract_end
         end as anchor_date
    from candidate c
    join policy_stage ps on ps.kind = c.kind and ps.severity is not distinct from (case when c.kind = 'COMPLAINT' then c.severity end)
),
-- 回访率: the policy requires ceil(rate × anchored tickets) per kind, severity and stage (as sampling does)
required as (
  select kind, severity, stage_index, purpose, min(rate) as rate, count(*) as anchored,
         ceil(min(rate) * count(*) / 100.0)::int as required
    from stage_anchor where anchor_date between $4 and $5
   group by kind, severity, stage_index, purpose
),
required_by_kind as (
  select kind, sum(anchored)::int as anchored, sum(required)::int as required
    from required where purpose <> ${SPOT} group by kind
),
target_by_kind as (
  select kind, min(rate) as rate from policy_stage where purpose <> ${SPOT} group by kind
),
completed_by_kind as (
  select t.kind, count(*)::int as completed from ticket t
   where ${TICKETS_COMPLETED_IN_PERIOD}
   group by t.kind
),
-- the callbacks of the period, from the covering index alone (the ticket kind is copied onto the callback)
period_callback as (
  select c.ticket_kind as kind, c.status, c.purpose, c.performed_at, c.window_from, c.window_to, c.satisfaction,
         c.owner_confirmation
    from callback c
   where c.project_id = $1 and c.anchor_date between $4 and $5 and c.status <> 'VOIDED'
),
callbacks_by_kind as (
  select c.kind,
         count(*)::int as planned,
         count(*) filter (where ${DONE})::int as done,
         count(*) filter (where ${DONE} and ${localDate('c.performed_at')} between c.window_from and c.window_to)::int as within_window,
         count(*) filter (where c.status = 'PLANNED' and c.window_to < $6)::int as overdue,
         count(*) filter (where c.performed_at is null and c.owner_confirmation = 'UNREACHABLE')::int as unreachable
    from period_callback c where c.purpose <> ${SPOT}
   group by c.kind
),
per_kind as (
  select k.kind, k.ord,
         coalesce(cp.completed, 0) as completed,
         coalesce(r.anchored, 0) as anchored,
         coalesce(r.required, 0) as required,
         tg.rate as target_rate,
         coalesce(cb.planned, 0) as planned,
         coalesce(cb.done, 0) as done,
         coalesce(cb.within_window, 0) as within_window,
         coalesce(cb.overdue, 0) as overdue,
         coalesce(cb.unreachable, 0) as unreachable
    from kinds k
    left join completed_by_kind cp on cp.kind = k.kind
    left join required_by_kind r on r.kind = k.kind
    left join target_by_kind tg on tg.kind = k.kind
    left join callbacks_by_kind cb on cb.kind = k.kind
),
kind_rows as (
  select kind, ord, total, completed, required, target_rate, planned, done, within_window, overdue, unreachable,
         round(100.0 * done / nullif(anchored, 0), 1) as achieved_rate, target_met
    from (
      select case when grouping(kind) = 1 then null else kind end as kind, min(ord) as ord,
             sum(completed)::int as completed, sum(anchored)::int as anchored, sum(required)::int as required,
             case when grouping(kind) = 1 then null else min(target_rate) end as target_rate,
             sum(planned)::int as planned, sum(done)::int as done, sum(within_window)::int as within_window,
             sum(overdue)::int as overdue, sum(unreachable)::int as unreachable, grouping(kind) as total,
             bool_and(done >= required) as target_met
        from per_kind group by rollup (kind)
    ) g
),
satisfaction as (
  select ${Object.values(Satisfaction).map((s) => `count(*) filter (where c.satisfaction = '${s}')::int as "${s}"`).join(', ')},
         count(*) filter (where c.satisfaction is not null)::int as rated,
         round(100.0 * count(*) filter (where c.satisfaction in ('${Satisfaction.VERY_SATISFIED}', '${Satisfaction.SATISFIED}'))
               / nullif(count(*) filter (where c.satisfaction is not null), 0), 1) as rate
    from period_callback c where c.purpose <> ${SPOT} and ${DONE}
)`;

const UNQUALIFIED_CTES = `-- found in the covering index first, so only the unqualified rows themselves are read from the tables
unqualified_id as materialized (
  select c.id from callback c
   where c.project_id = $1 and c.anchor_date between $4 and $5 and c.status <> 'VOIDED' and c.result = '${CallbackResult.UNQUALIFIED}'
),
unqualified as (
  select c.id, c.serial_code, t.number as ticket_number, t.kind, t.owner_name, t.unit, t.phone, t.summary, c.purpose, c.status,
         to_char(c.performed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as performed_at,
         c.visitors, c.satisfaction, c.shortcomings, c.suggestions, c.review_opinion, u.display_name as escalated_to,
         c.handling_opinion, c.follow_up
    from unqualified_id q
    join callback c on c.id = q.id
    join ticket t on t.id = c.ticket_id
    left join app_user u on u.id = c.escalated_to_id
)`;

const REPEATED_COMPLAINT_CTES = `-- 连续就同一事项投诉两次以上: an owner is one name at one unit, so "same owner or unit" is the same unit;
-- the matter is the complaint's category, or (none given) the department complained about
-- grouping keys and lists compare bytes (collate "C"): the same text is the same matter, and no locale-aware sorting is paid for
complaint as (
  select btrim(t.unit) collate "C" as unit, coalesce(nullif(btrim(t.category), ''), d.name) collate "C" as matter,
         t.owner_name collate "C" as owner_name, t.number collate "C" as number, t.received_at
    from ticket t left join department d on d.id = t.department_id
   where t.project_id = $1 and t.kind = '${TicketKind.COMPLAINT}' and t.received_at >= $2 and t.received_at < $3 and t.status <> 'VOIDED'
),
repeated_complaints as (
  select unit, matter, count(*)::int as count, array_agg(distinct owner_name order by owner_name) as owner_names,
         array_agg(number order by received_at, number) as ticket_numbers,
         min(${localDate('received_at')}) as first_received_on, max(${localDate('received_at')}) as last_received_on
    from complaint where matter is not null
   group by unit, matter having count(*) >= 2
)`;

const REPEATED_REPAIR_CTES = `-- 同一种维修三次以上: same unit, same repair category
repair as (
  select btrim(t.unit) collate "C" as unit, btrim(t.category) collate "C" as category, t.owner_name collate "C" as owner_name,
         t.number collate "C" as number, t.received_at
    from ticket t
   where t.project_id = $1 and t.kind = '${TicketKind.REPAIR}' and t.received_at >= $2 and t.received_at < $3 and t.status <> 'VOIDED'
     and nullif(btrim(t.category), '') is not null
),
repeated_repairs as (
  select unit, category, count(*)::int as count,
         array_agg(distinct owner_name order by owner_name) as owner_names,
         array_agg(number order by received_at, number) as ticket_numbers,
         min(${localDate('received_at')}) as first_received_on, max(${localDate('received_at')}) as last_received_on
    from repair
   group by unit, category having count(*) >= 3
)`;

const SPOT_CHECK_CTE = `-- seed 004: the supervisor re-checks a share (20%) of the period's repair records
spot_check as (
  select coalesce((select min(rate) from policy_stage where kind = '${TicketKind.REPAIR}' and purpose = ${SPOT}), $8) as rate,
         coalesce((select completed from completed_by_kind where kind = '${TicketKind.REPAIR}'), 0) as repair_records,
         count(*)::int as planned,
         count(*) filter (where ${DONE})::int as done
    from period_callback c where c.purpose = ${SPOT}
)`;

const KINDS_COLUMN = `  (select coalesce(json_agg(json_build_object(
     'kind', kind, 'ticketsCompleted', completed, 'callbacksRequired', required, 'targetRatePercent', target_rate,
     'callbacksPlanned', planned, 'callbacksDone', done, 'achievedRatePercent', achieved_rate, 'targetMet', target_met,
     'doneWithinWindow', within_window, 'overdue', overdue, 'unreachable', unreachable) order by total, ord), '[]') from kind_rows) as kinds`;
const SATISFACTION_COLUMN = `  (select row_to_json(s) from satisfaction s) as satisfaction`;
const SPOT_CHECK_COLUMN = `  (select json_build_object('ratePercent', rate, 'repairRecords', repair_records,
     'required', ceil(rate * repair_records / 100.0)::int, 'planned', planned, 'done', done,
     'remaining', greatest(ceil(rate * repair_records / 100.0)::int - done, 0)) from spot_check) as spot_check`;

/** the order of each list, in the statement's JSON and in the list statements alike */
const UNQUALIFIED_ORDER = 'u.serial_code';
const REPEATED_COMPLAINT_ORDER = 'r.count desc, r.unit, r.matter';
const REPEATED_REPAIR_ORDER = 'r.count desc, r.unit, r.category';

export const QUARTERLY_STATISTICS_SQL = `
with ${FIGURE_CTES},
${UNQUALIFIED_CTES},
${REPEATED_COMPLAINT_CTES},
${REPEATED_REPAIR_CTES},
${SPOT_CHECK_CTE}
select
${KINDS_COLUMN},
${SATISFACTION_COLUMN},
  (select coalesce(json_agg(u order by ${UNQUALIFIED_ORDER}), '[]') from unqualified u) as unqualified,
  (select coalesce(json_agg(r order by ${REPEATED_COMPLAINT_ORDER}), '[]') from repeated_complaints r) as repeated_complaints,
  (select coalesce(json_agg(r order by ${REPEATED_REPAIR_ORDER}), '[]') from repeated_repairs r) as repeated_repairs,
${SPOT_CHECK_COLUMN}
`;

/** The statement's figures without its lists (same parameters; the columns kinds, satisfaction and spot_check). */
export const QUARTERLY_FIGURES_SQL = `
with ${FIGURE_CTES},
${SPOT_CHECK_CTE}
select
${KINDS_COLUMN},
${SATISFACTION_COLUMN},
${SPOT_CHECK_COLUMN}
`;

/** 不合格回访 as rows, in the statement's order (same parameters; a row per callback, the columns of its JSON objects). */
export const UNQUALIFIED_LIST_SQL = `
with ${UNQUALIFIED_CTES}
select u.* from unqualified u order by ${UNQUALIFIED_ORDER}
`;

/** 重复投诉 as rows, in the statement's order; the dates as text, as the statement's JSON has them. */
export const REPEATED_COMPLAINT_LIST_SQL = `
with ${REPEATED_COMPLAINT_CTES}
select r.unit, r.matter, r.count, r.owner_names, r.ticket_numbers,
       r.first_received_on::text as first_received_on, r.last_received_on::text as last_received_on
  from repeated_complaints r order by ${REPEATED_COMPLAINT_ORDER}
`;

/** 重复维修 as rows, in the statement's order; the dates as text, as the statement's JSON has them. */
export const REPEATED_REPAIR_LIST_SQL = `
with ${REPEATED_REPAIR_CTES}
select r.unit, r.category, r.count, r.owner_names, r.ticket_numbers,
       r.first_received_on::text as first_received_on, r.last_received_on::text as last_received_on
  from repeated_repairs r order by ${REPEATED_REPAIR_ORDER}
`;

/** MikroORM (knex) binds `?` in order: turns `$n` into `?` and repeats the values accordingly. */
export function positionalToKnex(sql: string, params: readonly unknown[]): { sql: string; bindings: unknown[] } {
  const bindings: unknown[] = [];
  const text = sql.replace(/\$(\d+)/g, (_m, n: string) => {
    bindings.push(params[Number(n) - 1]);
    return '?';
  });
  return { sql: text, bindings };
}
