import type { OpenTarget } from '../work-queue/navigation';

export interface NotificationLink {
  projectId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  args: readonly { name: string; value: string }[];
}

/**
 * Where a notification opens: a callback at its row in 回访记录表 (any period), a report waiting for its next step in
 * 季度报告 of its period, the archive reminder in the statistics of its period (存档 is there).
 */
export function notificationTarget(item: NotificationLink): OpenTarget | null {
  if (!item.projectId) return null;
  if (item.targetType === 'Callback' && item.targetId) return { sheet: 'callbacks', projectId: item.projectId, period: 'all', rowId: item.targetId };
  const period = item.args.find((a) => a.name === 'period')?.value ?? 'all';
  return { sheet: item.targetType === 'QuarterlyReport' ? 'report' : 'statistics', projectId: item.projectId, period };
}
