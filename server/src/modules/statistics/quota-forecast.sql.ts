import { CallbackPurpose, CallbackStatus } from '@hf/shared';

/**
 * 回访率预测: what the forecast needs besides the period's statistics, as ONE statement — the callbacks still planned
 * grouped by kind, window and failed attempts (./quota-forecast.rules.ts classifies the groups), and per kind the
 * period's completed tickets without a callback (any not voided) with the ids of the most recently completed few:
 * the tickets a clerk could add by hand.
 *
 * Parameters ($n): 1 project id · 2 first day · 3 last day of the period (dates, inclusive) · 4 first instant of the
 * period · 5 first instant after it (timestamptz) · 6 how many ticket ids per kind.
 */
// callback.service.ts FAILED_ATTEMPT_OUTCOMES: the attempts the cap counts (约定稍后 is not a failure)
const FAILED = `('NO_ANSWER', 'BUSY', 'WRONG_NUMBER')`;

export const QUOTA_FORECAST_SQL = `
with open_callback as (
  select c.ticket_kind as kind, c.window_from, c.window_to,
         (select count(*) from callback_attempt a where a.callback_id = c.id and a.outcome in ${FAILED})::int as failed_attempts
    from callback c
   where c.project_id = $1 and c.anchor_date between $2 and $3 and c.status = '${CallbackStatus.PLANNED}'
     and c.purpose <> '${CallbackPurpose.SPOT_CHECK}'
),
open_group as (
  select kind, window_from as "windowFrom", window_to as "windowTo", failed_attempts as "failedAttempts", count(*)::int as count
    from open_callback group by kind, window_from, window_to, failed_attempts
),
without_callback as (
  select t.id, t.kind, row_number() over (partition by t.kind order by t.completed_at desc, t.id desc) as n
    from ticket t
   where t.project_id = $1 and t.completed_at >= $4 and t.completed_at < $5 and t.status <> 'VOIDED'
     and not exists (select 1 from callback c where c.ticket_id = t.id and c.status <> '${CallbackStatus.VOIDED}')
)
select
  (select coalesce(json_agg(g order by g.kind, g."windowTo", g."windowFrom", g."failedAttempts"), '[]') from open_group g) as open,
  (select coalesce(json_agg(w order by w.kind), '[]') from (
     select kind, count(*)::int as count, array_agg(id order by n) filter (where n <= $6) as ids from without_callback group by kind
   ) w) as without_callback
`;
