import { addDays, archiveDueDate, ARCHIVE_REMINDER_DAYS_AHEAD, ReminderKind } from '@hf/shared';

/** One reason to remind one person, as the sweep finds it now. */
export interface ReminderCause {
  recipientId: number;
  projectId: number | null;
  kind: ReminderKind;
  /** the same cause has the same key on every sweep: e.g. CALLBACK_OVERDUE:Callback:42 */
  causeKey: string;
  targetType: string | null;
  targetId: number | null;
  args: Record<string, string | number>;
}

export interface OpenNotification {
  id: number;
  recipientId: number;
  causeKey: string;
}

/**
 * What a sweep changes: a cause nobody has been told of yet becomes a notification (once: the same cause found again
 * is the same open notification), and an open notification whose cause has gone (done, reviewed, archived …) is
 * resolved. Pure.
 */
export function reconcile(open: readonly OpenNotification[], current: readonly ReminderCause[]): { create: ReminderCause[]; resolve: number[] } {
  const key = (recipientId: number, causeKey: string) => `${recipientId}|${causeKey}`;
  const openKeys = new Set(open.map((n) => key(n.recipientId, n.causeKey)));
  const currentKeys = new Set(current.map((c) => key(c.recipientId, c.causeKey)));
  const seen = new Set<string>();
  const create = current.filter((c) => {
    const k = key(c.recipientId, c.causeKey);
    if (openKeys.has(k) || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return { create, resolve: open.filter((n) => !currentKeys.has(key(n.recipientId, n.causeKey))).map((n) => n.id) };
}

/**
 * 于下一季度10日前统一交由服务中心存档: remind from ARCHIVE_REMINDER_DAYS_AHEAD days before the due date, and every day
 * after it, until the period is archived. `period` is the ended period due for archiving.
 */
export function archiveDueReminder(period: string, archived: boolean, today: string): { due: string } | null {
  if (archived) return null;
  const due = archiveDueDate(period);
  return today >= addDays(due, -ARCHIVE_REMINDER_DAYS_AHEAD) ? { due } : null;
}
