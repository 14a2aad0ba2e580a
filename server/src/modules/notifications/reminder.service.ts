import type { EntityManager } from '@mikro-orm/postgresql';
import { ALL_REMINDER_KINDS, ReminderKind, StatisticsPeriod, WebhookEvent } from '@hf/shared';
import type { BusinessClock } from '../work-queues/work-queue.rules';
import { periodDueForArchiving } from '../work-queues/work-queue.rules';
import { notifyChange } from '../events/notify';
import { archiveDueReminder, type OpenNotification, reconcile, type ReminderCause } from './reminder.rules';
import { REMINDER_CAUSES_SQL, SUPERVISORS_SQL } from './reminder.sql';
import { intArray, textArray } from '../../db/sql-array';

interface CauseRow {
  recipient_id: number;
  project_id: number | null;
  kind: ReminderKind;
  cause_key: string;
  target_type: string | null;
  target_id: number | null;
  args: Record<string, string | number>;
}

/** The archive reminders: each project's period due for archiving, to its supervisors. */
async function archiveCauses(em: EntityManager, today: string): Promise<ReminderCause[]> {
  const connection = em.getConnection();
  const projects: { id: number; name: string; statistics_period: StatisticsPeriod }[] = await connection.execute('select id, name, statistics_period from project order by id');
  const archived = new Set(
    (await connection.execute<{ project_id: number; period: string }[]>('select project_id, period from archived_period')).map((r) => `${r.project_id}|${r.period}`),
  );
  const supervisors: { recipient_id: number; project_id: number }[] = await connection.execute(SUPERVISORS_SQL);
  return projects.flatMap((project) => {
    const period = periodDueForArchiving(project.statistics_period, today);
    const reminder = archiveDueReminder(period, archived.has(`${project.id}|${period}`), today);
    if (!reminder) return [];
    return supervisors
      .filter((s) => s.project_id === project.id)
      .map((s) => ({
        recipientId: s.recipient_id, projectId: project.id, kind: ReminderKind.ARCHIVE_DUE, causeKey: `${ReminderKind.ARCHIVE_DUE}:Project:${project.id}:${period}`,
        targetType: 'Project', targetId: project.id, args: { project: project.name, period, date: reminder.due },
      }));
  });
}

/**
 * The reminder sweep (a scheduled job, reminders.job.ts): the causes that hold now against the open notifications —
 * new ones created once, gone ones resolved — in one transaction, one sweep at a time across every process. A callback
 * that became overdue is also the outbox event callback.overdue (once per callback). Each recipient with something
 * new is told through NOTIFY (the bell updates live).
 */
export async function sweepReminders(em: EntityManager, clock: BusinessClock): Promise<{ created: number; resolved: number }> {
  return em.transactional(async (tx) => {
    const connection = tx.getConnection();
    const ctx = tx.getTransactionContext();
    await connection.execute(`select pg_advisory_xact_lock(hashtext('reminders-sweep'))`, [], 'run', ctx);
    const rows: CauseRow[] = await connection.execute(REMINDER_CAUSES_SQL, [clock.today, clock.now], 'all', ctx);
    const current: ReminderCause[] = [
      ...rows.map((r) => ({
        recipientId: r.recipient_id, projectId: r.project_id, kind: r.kind, causeKey: r.cause_key, targetType: r.target_type, targetId: r.target_id, args: r.args,
      })),
      ...(await archiveCauses(tx, clock.today)),
    ];
    const open: OpenNotification[] = (
      await connection.execute<{ id: number; recipient_id: number; cause_key: string }[]>(
        'select id, recipient_id, cause_key from notification where resolved_at is null and kind = any(?::text[])', [textArray(ALL_REMINDER_KINDS)], 'all', ctx,
      )
    ).map((r) => ({ id: r.id, recipientId: r.recipient_id, causeKey: r.cause_key }));
    const { create, resolve } = reconcile(open, current);
    if (create.length) {
      await connection.execute(
        `insert into notification (recipient_id, project_id, kind, cause_key, target_type, target_id, args, created_at)
         select x.recipient_id, x.project_id, x.kind, x.cause_key, x.target_type, x.target_id, x.args, ?
         from jsonb_to_recordset(?::jsonb) as x(recipient_id int, project_id int, kind text, cause_key text, target_type text, target_id int, args jsonb)`,
        [clock.now, JSON.stringify(create.map((c) => ({
          recipient_id: c.recipientId, project_id: c.projectId, kind: c.kind, cause_key: c.causeKey, target_type: c.targetType, target_id: c.targetId, args: c.args,
        })))],
        'run', ctx,
      );
      const overdue = [...new Set(create.filter((c) => c.kind === ReminderKind.CALLBACK_OVERDUE).map((c) => c.targetId!))];
      if (overdue.length) {
        await connection.execute(
          `insert into domain_event (type, project_id, entity_type, entity_id, occurred_at)
           select ?, c.project_id, 'Callback', c.id, ? from callback c
           where c.id = any(?::int[]) and not exists (select 1 from domain_event e where e.type = ? and e.entity_type = 'Callback' and e.entity_id = c.id)`,
          [WebhookEvent.CALLBACK_OVERDUE, clock.now, intArray(overdue), WebhookEvent.CALLBACK_OVERDUE], 'run', ctx,
        );
        await notifyChange(tx, { kind: 'event' });
      }
      for (const recipientId of new Set(create.map((c) => c.recipientId))) {
        await notifyChange(tx, { kind: 'notification', recipientId });
      }
    }
    if (resolve.length) {
      await connection.execute('update notification set resolved_at = ? where id = any(?::int[])', [clock.now, intArray(resolve)], 'run', ctx);
      for (const recipientId of new Set(open.filter((n) => resolve.includes(n.id)).map((n) => n.recipientId))) {
        await notifyChange(tx, { kind: 'notification', recipientId });
      }
    }
    return { created: create.length, resolved: resolve.length };
  });
}
