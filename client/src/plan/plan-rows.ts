import type { CallbackRowFragment } from '../api/generated/graphql';

type Row = CallbackRowFragment;

/** The plan's order: by assignee (Chinese collation), then by the end of the window. */
export function planOrder(rows: readonly Row[]): Row[] {
  const name = (r: Row) => r.assignee?.displayName ?? '';
  return [...rows].sort((a, b) => name(a).localeCompare(name(b), 'zh-CN') || a.windowTo.localeCompare(b.windowTo));
}

/** How many callbacks each assignee has due, and how many of them are overdue, in the order they first appear. */
export function dueByAssignee(rows: readonly Row[], unassigned: string): [string, { count: number; overdue: number }][] {
  const counts = new Map<string, { count: number; overdue: number }>();
  for (const r of rows) {
    const key = r.assignee?.displayName ?? unassigned;
    const c = counts.get(key) ?? { count: 0, overdue: 0 };
    c.count += 1;
    if (r.overdue) c.overdue += 1;
    counts.set(key, c);
  }
  return [...counts];
}
