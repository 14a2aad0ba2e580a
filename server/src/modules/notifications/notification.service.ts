import type { EntityManager } from '@mikro-orm/postgresql';
import { apiMessage, type Message, type MessageKey, messageArgumentList, ReminderKind } from '@hf/shared';
import { encodeGlobalId } from '../../core/global-id';
import { decodeCursor, encodeCursor } from '../../db/keyset';
import { intArray } from '../../db/sql-array';
import { notifyChange } from '../events/notify';
import type { Notification } from './notification.types';

interface NotificationRow {
  id: number;
  kind: ReminderKind;
  project_id: number | null;
  target_type: string | null;
  target_id: number | null;
  args: Record<string, string | number>;
  created_at: Date;
  read_at: Date | null;
  resolved_at: Date | null;
}

export function notificationMessage(kind: ReminderKind, args: Record<string, string | number>): Message {
  return { key: `reminder.${kind}` as MessageKey, args };
}

function toNotification(row: NotificationRow): Notification {
  const message = notificationMessage(row.kind, row.args);
  return {
    id: encodeGlobalId('Notification', row.id),
    kind: row.kind,
    message: apiMessage(message),
    messageKey: message.key,
    args: messageArgumentList(row.args),
    projectId: row.project_id ? encodeGlobalId('Project', row.project_id) : null,
    targetType: row.target_type,
    targetId: row.target_type && row.target_id ? encodeGlobalId(row.target_type, row.target_id) : null,
    createdAt: new Date(row.created_at),
    readAt: row.read_at && new Date(row.read_at),
    resolvedAt: row.resolved_at && new Date(row.resolved_at),
  };
}

/**
 * A person's notifications, newest first; open ones only unless `includeResolved`. Nobody reads another person's:
 * the recipient is the caller. Projects the person no longer belongs to are left out (access is checked on every read).
 */
export async function notificationPage(
  em: EntityManager,
  recipient: { userId: number; projectIds: number[] },
  args: { first: number; after?: string | null; unreadOnly?: boolean | null; includeResolved?: boolean | null },
) {
  const where = ['recipient_id = ?', '(project_id is null or project_id = any(?::int[]))'];
  const params: unknown[] = [recipient.userId, intArray(recipient.projectIds)];
  if (!args.includeResolved) where.push('resolved_at is null');
  if (args.unreadOnly) where.push('read_at is null');
  const countWhere = [...where];
  const countParams = [...params];
  if (args.after) {
    const [, id] = decodeCursor(args.after);
    where.push('id < ?');
    params.push(id);
  }
  const rows: NotificationRow[] = await em.getConnection().execute(
    `select id, kind, project_id, target_type, target_id, args, created_at, read_at, resolved_at from notification
     where ${where.join(' and ')} order by id desc limit ?`,
    [...params, args.first + 1],
  );
  const page = rows.slice(0, args.first);
  const edges = page.map((row) => ({ cursor: encodeCursor(row.id, row.id), node: toNotification(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > args.first, hasPreviousPage: Boolean(args.after), startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
    count: async () =>
      Number((await em.getConnection().execute<{ n: string }[]>(`select count(*) as n from notification where ${countWhere.join(' and ')}`, countParams))[0].n),
  };
}

export async function unreadCount(em: EntityManager, recipient: { userId: number; projectIds: number[] }): Promise<number> {
  const [row] = await em.getConnection().execute<{ n: string }[]>(
    'select count(*) as n from notification where recipient_id = ? and (project_id is null or project_id = any(?::int[])) and resolved_at is null and read_at is null',
    [recipient.userId, intArray(recipient.projectIds)],
  );
  return Number(row.n);
}

/** 标为已读: the caller's own notifications only (another person's id marks nothing). */
export async function markRead(em: EntityManager, recipient: { userId: number; projectIds: number[] }, ids: number[] | null, now = new Date()): Promise<number> {
  const rows = await em.getConnection().execute<{ id: number }[]>(
    `update notification set read_at = ? where recipient_id = ? and read_at is null ${ids ? 'and id = any(?::int[])' : ''} returning id`,
    ids ? [now, recipient.userId, intArray(ids)] : [now, recipient.userId],
  );
  // the person's other tabs and devices update their bell too
  if (rows.length) await notifyChange(em, { kind: 'notification', recipientId: recipient.userId });
  return rows.length;
}
