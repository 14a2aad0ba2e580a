/**
 * The SQL of 待办: which rows each queue holds, as conditions on `callback c` (or `quarterly_report r`), built from
 * the rules (work-queue.rules.ts) and the person whose work it is. One statement reads a page's keys (and the
 * page's rows through the read model), one counts a queue, and one counts every queue of a person at once for the
 * navigation badges — the number of statements never depends on the number of items.
 *
 * Statuses and kinds are literals in the text (constants, never user input) so PostgreSQL can use the partial
 * indexes of Migration20261210000000WorkQueues; `?` are bound values (MikroORM/knex: an array binds as a list).
 */
import {
  CallbackPurpose, OwnerVerdict,
  CallbackStatus, ComplaintSeverity, QuarterlyReportStatus, Role, TicketKind, WorkQueueKind,
} from '@hf/shared';
import type { BusinessClock } from './work-queue.rules';
import { dueWindowEnd } from './work-queue.rules';

/** Whose work: a person (their role, department) and the projects in scope (theirs, narrowed by the caller). */
export interface QueueSubject {
  userId: number;
  role: Role;
  departmentId: number | null;
  /** never empty: a subject without projects has no queues and reaches no SQL */
  projectIds: number[];
}

export interface SqlPart {
  sql: string;
  params: unknown[];
}

export type SortType = 'date' | 'timestamptz';

/** One queue of callbacks: tables, conditions, the order (oldest / most urgent first) and values carried to the edges. */
export interface CallbackQueueSql {
  from: string;
  where: SqlPart;
  order: { column: string; type: SortType };
  /** extra columns of the keys query, read into the edge (e.g. "queue$until": the end of the correction window) */
  extra: string;
}

export const CALLBACK_QUEUES = [
  WorkQueueKind.CALLBACKS_DUE_TODAY, WorkQueueKind.CALLBACKS_DUE_SOON, WorkQueueKind.CALLBACKS_OVERDUE, WorkQueueKind.CALL_LATER_DUE,
  WorkQueueKind.CORRECTIONS_OPEN, WorkQueueKind.RECORDS_TO_REVIEW, WorkQueueKind.OWNER_DISPUTES, WorkQueueKind.JOINT_COMPLAINT_CALLBACKS,
  WorkQueueKind.ESCALATIONS_WITHOUT_OPINION, WorkQueueKind.MAJOR_COMPLAINTS_TO_ORGANISE,
] as const;
export type CallbackQueueKind = (typeof CALLBACK_QUEUES)[number];

export const REPORT_QUEUES = [WorkQueueKind.REPORTS_TO_REVIEW, WorkQueueKind.REPORTS_TO_MARK_REPORTED] as const;
export type ReportQueueKind = (typeof REPORT_QUEUES)[number];

export const isCallbackQueue = (kind: WorkQueueKind): kind is CallbackQueueKind => (CALLBACK_QUEUES as readonly WorkQueueKind[]).includes(kind);
export const isReportQueue = (kind: WorkQueueKind): kind is ReportQueueKind => (REPORT_QUEUES as readonly WorkQueueKind[]).includes(kind);

const lit = (value: string) => `'${value.replace(/'/g, "''")}'`;
const PLANNED = lit(CallbackStatus.PLANNED);
const DONE = lit(CallbackStatus.DONE);
const ESCALATED = lit(CallbackStatus.ESCALATED);

/**
 * Archiving locks the period's finished callbacks (DOMAIN.md "Archiving and callbacks still open"): a done record of
 * an archived period can no longer be reviewed, corrected or answered, so it is nobody's work. A callback still open
 * stays recordable, so the planned queues keep it.
 */
const NOT_ARCHIVED = `not exists (select 1 from archived_period a where a.project_id = c.project_id and c.anchor_date between a.from_date and a.to_date)`;

/**
 * A planned callback is the clerk's work while it can be recorded (archives/carry-over.rules.ts): its period is not
 * archived, or it was carried over at archiving (跨期) and its window has not closed. An overdue callback of an
 * archived period is locked with it, so it leaves the queues.
 */
const recordable = (today: string): SqlPart => ({
  sql: `${NOT_ARCHIVED} or (c.window_to >= ?::date and exists (select 1 from archived_period_carry_over o where o.callback_id = c.id))`,
  params: [today],
});

function and(parts: (string | SqlPart)[]): SqlPart {
  const sql: string[] = [];
  const params: unknown[] = [];
  for (const part of parts) {
    if (typeof part === 'string') sql.push(part);
    else {
      sql.push(part.sql);
      params.push(...part.params);
    }
  }
  return { sql: sql.map((s) => `(${s})`).join(' and '), params };
}

const inProjects = (subject: QueueSubject): SqlPart => ({ sql: 'c.project_id in (?)', params: [subject.projectIds] });
const assignedTo = (subject: QueueSubject): SqlPart => ({ sql: 'c.assignee_id = ? or c.co_assignee_id = ?', params: [subject.userId, subject.userId] });

function windowEnd(range: { from: string | null; to: string | null }): SqlPart {
  if (range.from !== null && range.from === range.to) return { sql: 'c.window_to = ?::date', params: [range.from] };
  const parts: SqlPart[] = [];
  if (range.from !== null) parts.push({ sql: 'c.window_to >= ?::date', params: [range.from] });
  if (range.to !== null) parts.push({ sql: 'c.window_to <= ?::date', params: [range.to] });
  return and(parts);
}

const BY_WINDOW_END = { column: 'window_to', type: 'date' as const };
const epochMs = (expression: string) => `(extract(epoch from ${expression}) * 1000)::float8`;

/** The queue's rows for this person on this day. */
export function callbackQueueSql(kind: CallbackQueueKind, subject: QueueSubject, clock: BusinessClock): CallbackQueueSql {
  const base = { from: 'callback c', extra: '' };
  switch (kind) {
    // 客服管家: my planned callbacks by the last day of their window (回访时效)
    case WorkQueueKind.CALLBACKS_DUE_TODAY:
    case WorkQueueKind.CALLBACKS_DUE_SOON:
    case WorkQueueKind.CALLBACKS_OVERDUE:
      return {
        ...base,
        where: and([inProjects(subject), `c.status = ${PLANNED}`, assignedTo(subject), windowEnd(dueWindowEnd(kind, clock.today)), recordable(clock.today)]),
        order: BY_WINDOW_END,
      };
    // "请问什么时候方便接听电话呢?": the agreed time has come
    case WorkQueueKind.CALL_LATER_DUE:
      return {
        ...base,
        where: and([inProjects(subject), `c.status = ${PLANNED}`, assignedTo(subject), { sql: 'c.next_attempt_at <= ?', params: [clock.now] }, recordable(clock.today)]),
        order: { column: 'next_attempt_at', type: 'timestamptz' },
      };
    // a recorded result can be corrected by its visitor for a short time (project setting, default 24 h)
    case WorkQueueKind.CORRECTIONS_OPEN:
      return {
        from: 'callback c join project p on p.id = c.project_id',
        where: and([
          inProjects(subject), `c.status = ${DONE}`, { sql: 'c.recorded_by_id = ?', params: [subject.userId] },
          // as isWithinCorrectionWindow (shared/record-policy.ts): now − recorded ≤ the correction hours
          { sql: "c.recorded_at >= ?::timestamptz - p.correction_hours * interval '1 hour'", params: [clock.now] }, NOT_ARCHIVED,
        ]),
        order: { column: 'recorded_at', type: 'timestamptz' },
        extra: `, ${epochMs("c.recorded_at + p.correction_hours * interval '1 hour'")} as "queue$until"`,
      };
    // 客户服务部主管 审核 every finished record, oldest first
    case WorkQueueKind.RECORDS_TO_REVIEW:
      return {
        ...base,
        where: and([inProjects(subject), `c.status = ${DONE}`, 'c.recorded_at is not null', NOT_ARCHIVED]),
        order: { column: 'recorded_at', type: 'timestamptz' },
      };
    // 业主有异议: the owner disputed a phone result (owner-links); the spot check it opened waits, by its window's end
    case WorkQueueKind.OWNER_DISPUTES:
      return {
        ...base,
        from: 'callback c join callback o on o.id = c.spot_check_of_id',
        where: and([inProjects(subject), `c.status = ${PLANNED}`, `c.purpose = ${lit(CallbackPurpose.SPOT_CHECK)}`, `o.owner_verdict = ${lit(OwnerVerdict.DISPUTED)}`, recordable(clock.today)]),
        order: BY_WINDOW_END,
      };
    // 一般投诉: the supervisor of the department complained about calls back together with a clerk
    case WorkQueueKind.JOINT_COMPLAINT_CALLBACKS:
      return {
        ...base,
        from: 'callback c join ticket t on t.id = c.ticket_id',
        where: and([
          inProjects(subject), `c.status = ${PLANNED}`, `c.ticket_kind = ${lit(TicketKind.COMPLAINT)}`, `t.severity = ${lit(ComplaintSeverity.GENERAL)}`, recordable(clock.today),
          subject.departmentId === null ? 'false' : { sql: 't.department_id = ?', params: [subject.departmentId] },
        ]),
        order: BY_WINDOW_END,
      };
    // 项目经理: every unqualified callback reaches the project manager, who writes the handling opinion
    case WorkQueueKind.ESCALATIONS_WITHOUT_OPINION:
      return {
        ...base,
        where: and([inProjects(subject), `c.status = ${ESCALATED}`, 'c.handling_opinion is null', 'c.escalated_at is not null', NOT_ARCHIVED]),
        order: { column: 'escalated_at', type: 'timestamptz' },
      };
    // 重大投诉: the project manager organises the callback
    case WorkQueueKind.MAJOR_COMPLAINTS_TO_ORGANISE:
      return {
        ...base,
        from: 'callback c join ticket t on t.id = c.ticket_id',
        where: and([inProjects(subject), `c.status = ${PLANNED}`, `c.ticket_kind = ${lit(TicketKind.COMPLAINT)}`, `t.severity = ${lit(ComplaintSeverity.MAJOR)}`, recordable(clock.today)]),
        order: BY_WINDOW_END,
      };
  }
}

/** The sort value as text (dates as YYYY-MM-DD, instants with microseconds in UTC), for an exact keyset cursor. */
function sortText(order: { column: string; type: SortType }): string {
  const column = `c.${order.column}`;
  return order.type === 'date' ? `to_char(${column}, 'YYYY-MM-DD')` : `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

export interface KeysetPage {
  /** rows to read: the page size plus one, to know whether more follow */
  limit: number;
  after: { value: string; id: number } | null;
}

/**
 * The keys of a page in queue order, numbered "page$order" (what db/keyset's PageReader reads, which orders by
 * it): the id, the sort value as "queue$sort" for the cursor, and the queue's extra columns.
 */
export function callbackKeysSql(queue: CallbackQueueSql, page: KeysetPage): SqlPart {
  const column = `c.${queue.order.column}`;
  const where = page.after
    ? and([queue.where, { sql: `(${column}, c.id) > (?::${queue.order.type}, ?)`, params: [page.after.value, page.after.id] }])
    : queue.where;
  return {
    sql: `select k.* from (
            select c.id, ${sortText(queue.order)} as "queue$sort"${queue.extra}, row_number() over (order by ${column}, c.id) as "page$order"
              from ${queue.from} where ${where.sql} order by ${column}, c.id limit ?) k`,
    params: [...where.params, page.limit],
  };
}

export function callbackCountSql(queue: CallbackQueueSql): SqlPart {
  return { sql: `select count(*)::int as count from ${queue.from} where ${queue.where.sql}`, params: queue.where.params };
}

/** Reports waiting for the next step (季度统计分析报告: SUBMITTED → 审核, REVIEWED → 上报), oldest first. */
export function reportQueueSql(kind: ReportQueueKind, subject: QueueSubject): { where: SqlPart; order: string } {
  const [status, order] = kind === WorkQueueKind.REPORTS_TO_REVIEW
    ? [QuarterlyReportStatus.SUBMITTED, 'submitted_at']
    : [QuarterlyReportStatus.REVIEWED, 'reviewed_at'];
  return {
    where: {
      // a report of an archived period is read-only: nobody can take the next step
      sql: `r.project_id in (?) and r.status = ${lit(status)} and r.${order} is not null
            and not exists (select 1 from archived_period a where a.project_id = r.project_id and a.from_date <= r.to_date and a.to_date >= r.from_date)`,
      params: [subject.projectIds],
    },
    order,
  };
}

export function reportKeysSql(kind: ReportQueueKind, subject: QueueSubject, page: KeysetPage): SqlPart {
  const { where, order } = reportQueueSql(kind, subject);
  const keyset = page.after ? ` and (r.${order}, r.id) > (?::timestamptz, ?)` : '';
  return {
    sql: `select k.* from (
            select r.id, to_char(r.${order} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "queue$sort",
                   row_number() over (order by r.${order}, r.id) as "page$order"
              from quarterly_report r where ${where.sql}${keyset} order by r.${order}, r.id limit ?) k`,
    params: [...where.params, ...(page.after ? [page.after.value, page.after.id] : []), page.limit],
  };
}

export function reportCountSql(kind: ReportQueueKind, subject: QueueSubject): SqlPart {
  const { where } = reportQueueSql(kind, subject);
  return { sql: `select count(*)::int as count from quarterly_report r where ${where.sql}`, params: where.params };
}

/** A project's period due for archiving, with its dates (computed by the rules from the project's setting). */
export interface PeriodOfProject {
  projectId: number;
  period: string;
  from: string;
  to: string;
  dueDate: string;
}

/** Archive reminders: periods of the list not archived whose due date has passed. */
function archiveReminderCountSql(periods: PeriodOfProject[], today: string): SqlPart {
  return {
    sql: `select count(*)::int from json_to_recordset(?::json) as x (project_id int, from_date date, to_date date, due_date date)
           where x.due_date < ?::date
             and not exists (select 1 from archived_period a where a.project_id = x.project_id and a.from_date <= x.to_date and a.to_date >= x.from_date)`,
    params: [JSON.stringify(periods.map((p) => ({ project_id: p.projectId, from_date: p.from, to_date: p.to, due_date: p.dueDate }))), today],
  };
}

/**
 * Every counted queue of a person in ONE statement (the navigation badges): a scalar subquery per queue, named by
 * its kind. `periods` are the periods due for archiving (ARCHIVE_DUE).
 */
export function countsSql(kinds: readonly WorkQueueKind[], subject: QueueSubject, clock: BusinessClock, periods: PeriodOfProject[]): SqlPart | null {
  const columns: string[] = [];
  const params: unknown[] = [];
  for (const kind of kinds) {
    let part: SqlPart | null = null;
    if (isCallbackQueue(kind)) {
      part = callbackCountSql(callbackQueueSql(kind, subject, clock));
    } else if (isReportQueue(kind)) {
      part = reportCountSql(kind, subject);
    } else if (kind === WorkQueueKind.ARCHIVE_DUE) {
      part = archiveReminderCountSql(periods, clock.today);
    }
    if (!part) continue;
    columns.push(`(${part.sql}) as "${kind}"`);
    params.push(...part.params);
  }
  return columns.length ? { sql: `select ${columns.join(',\n  ')}`, params } : null;
}

/**
 * Archive states of many (project, period) pairs at once, with the report of each: whether it is archived (when,
 * by whom) and the report's status. One statement for the auditor's overview and the supervisor's due date.
 */
export function periodStatesSql(periods: PeriodOfProject[]): SqlPart {
  return {
    sql: `select x.project_id, x.period, a.archived_at, a.archived_by_id, r.status as report_status
            from json_to_recordset(?::json) as x (project_id int, period text, from_date date, to_date date)
            left join lateral (select a.archived_at, a.archived_by_id from archived_period a
                                where a.project_id = x.project_id and a.from_date <= x.to_date and a.to_date >= x.from_date
                                order by a.archived_at limit 1) a on true
            left join quarterly_report r on r.project_id = x.project_id and r.period = x.period`,
    params: [JSON.stringify(periods.map((p) => ({ project_id: p.projectId, period: p.period, from_date: p.from, to_date: p.to })))],
  };
}

/** Reports of the projects per state (the auditor's second overview). */
export function reportsByStateSql(subject: QueueSubject): SqlPart {
  return { sql: 'select r.status, count(*)::int as count from quarterly_report r where r.project_id in (?) group by r.status', params: [subject.projectIds] };
}
