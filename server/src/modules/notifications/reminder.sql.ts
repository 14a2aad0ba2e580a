import { CallbackStatus, ESCALATION_WAITING_DAYS, QuarterlyReportStatus, ReminderKind, REVIEW_WAITING_DAYS, Role } from '@hf/shared';

/**
 * The reminders of callbacks and reports that hold now, one row per person and cause (reminder.service.ts compares
 * them with the open notifications). Parameters: today (YYYY-MM-DD, 北京时间) and now, three times each in order.
 * Open callbacks are PLANNED (an attempt keeps them planned); the people are active users of the row's project.
 */
const planned = `'${CallbackStatus.PLANNED}'`;

/** the assignee and the co-assignee of each callback, as rows */
const PERFORMERS = `(select c.*, p.assignee as recipient_id from callback c
  cross join lateral (values (c.assignee_id), (c.co_assignee_id)) as p(assignee)
  where p.assignee is not null)`;

const staffOf = (role: Role) => `(select u.id as recipient_id, up.project_id from app_user u
  join user_project up on up.user_id = u.id where u.active and u.role = '${role}')`;

export const REMINDER_CAUSES_SQL = `
with clock as (select ?::date as today, ?::timestamptz as now)
select c.recipient_id, c.project_id, '${ReminderKind.WINDOW_CLOSING}' as kind, '${ReminderKind.WINDOW_CLOSING}:Callback:' || c.id as cause_key,
  'Callback' as target_type, c.id as target_id, jsonb_build_object('code', c.serial_code, 'date', c.window_to::text) as args
from ${PERFORMERS} c join project p on p.id = c.project_id, clock
where c.status = ${planned} and c.window_to >= clock.today and c.window_to <= clock.today + p.reminder_days
union all
select c.recipient_id, c.project_id, '${ReminderKind.CALLBACK_OVERDUE}', '${ReminderKind.CALLBACK_OVERDUE}:Callback:' || c.id,
  'Callback', c.id, jsonb_build_object('code', c.serial_code, 'days', clock.today - c.window_to)
from ${PERFORMERS} c, clock
where c.status = ${planned} and c.window_to < clock.today
union all
select c.recipient_id, c.project_id, '${ReminderKind.CALL_LATER_DUE}',
  -- a new agreed time is a new cause
  '${ReminderKind.CALL_LATER_DUE}:Callback:' || c.id || ':' || floor(extract(epoch from c.next_attempt_at))::bigint,
  'Callback', c.id, jsonb_build_object('code', c.serial_code)
from ${PERFORMERS} c, clock
where c.status = ${planned} and c.next_attempt_at is not null and c.next_attempt_at <= clock.now
union all
select s.recipient_id, c.project_id, '${ReminderKind.REVIEW_WAITING}', '${ReminderKind.REVIEW_WAITING}:Callback:' || c.id,
  'Callback', c.id, jsonb_build_object('code', c.serial_code, 'days', floor(extract(epoch from clock.now - c.recorded_at) / 86400)::int)
from callback c join ${staffOf(Role.SUPERVISOR)} s on s.project_id = c.project_id, clock
where c.status = '${CallbackStatus.DONE}' and c.recorded_at < clock.now - interval '${REVIEW_WAITING_DAYS} days'
union all
select coalesce(c.escalated_to_id, m.recipient_id), c.project_id, '${ReminderKind.ESCALATION_WAITING}', '${ReminderKind.ESCALATION_WAITING}:Callback:' || c.id,
  'Callback', c.id, jsonb_build_object('code', c.serial_code, 'days', floor(extract(epoch from clock.now - c.escalated_at) / 86400)::int)
from callback c left join ${staffOf(Role.PROJECT_MANAGER)} m on m.project_id = c.project_id and c.escalated_to_id is null, clock
where c.status = '${CallbackStatus.ESCALATED}' and c.handling_opinion is null and c.escalated_at < clock.now - interval '${ESCALATION_WAITING_DAYS} days'
  and coalesce(c.escalated_to_id, m.recipient_id) is not null
union all
select s.recipient_id, r.project_id, '${ReminderKind.REPORT_WAITING}', '${ReminderKind.REPORT_WAITING}:QuarterlyReport:' || r.id || ':' || r.status,
  'QuarterlyReport', r.id,
  jsonb_build_object('project', p.name, 'period', r.period, 'step', case when r.status = '${QuarterlyReportStatus.SUBMITTED}' then 'REVIEW' else 'REPORT' end)
from quarterly_report r join project p on p.id = r.project_id
join (select *, '${Role.SUPERVISOR}' as role from ${staffOf(Role.SUPERVISOR)} a union all select *, '${Role.PROJECT_MANAGER}' from ${staffOf(Role.PROJECT_MANAGER)} b) s
  on s.project_id = r.project_id
  and s.role = case when r.status = '${QuarterlyReportStatus.SUBMITTED}' then '${Role.SUPERVISOR}' else '${Role.PROJECT_MANAGER}' end
where r.status in ('${QuarterlyReportStatus.SUBMITTED}', '${QuarterlyReportStatus.REVIEWED}')`;

/** The supervisors of every project, for the archive reminder. */
export const SUPERVISORS_SQL = `select recipient_id, project_id from ${staffOf(Role.SUPERVISOR)} s order by project_id, recipient_id`;
