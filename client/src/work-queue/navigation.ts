import { periodOf, StatisticsPeriod, WorkQueueKind } from '@hf/shared';
import { recentPeriods } from '../session/periods';

/**
 * Where a 待办 item opens: a sheet of a project and period, and (for callbacks) the row to select. The address is
 * the hash `#/callbacks?row=<Callback id>`, so an item is a real link and the sheet finds the row after a reload.
 */
export type TargetSheet = 'callbacks' | 'statistics' | 'report';

export interface OpenTarget {
  sheet: TargetSheet;
  projectId: string;
  /** "2026Q4", "2026-11", or "all" */
  period: string;
  rowId?: string;
  /** the column the person fills next (e.g. 处理意见 for an escalation) */
  field?: string;
}

export function hashFor(target: Pick<OpenTarget, 'sheet' | 'rowId' | 'field'>): string {
  if (!target.rowId) return `/${target.sheet}`;
  const query = new URLSearchParams({ row: target.rowId, ...(target.field ? { col: target.field } : {}) });
  return `/${target.sheet}?${query.toString()}`;
}

/** The sheet named by a hash, without its parameters: `#/callbacks?row=…` → `callbacks`. */
export function sheetOfHash(hash: string): string {
  return hash.replace(/^#\/?/, '').split('?')[0];
}

/** The row (and column) a hash asks to open, if any. */
export function rowOfHash(hash: string): { rowId: string; field: string | null } | null {
  const query = new URLSearchParams(hash.split('?')[1] ?? '');
  const rowId = query.get('row');
  return rowId ? { rowId, field: query.get('col') } : null;
}

/** The column of 《业主回访记录表》 a queue's item is opened at: what its person writes next. */
export function fieldOfQueue(kind: WorkQueueKind): string {
  switch (kind) {
    case WorkQueueKind.RECORDS_TO_REVIEW:
      return 'reviewOpinion';
    case WorkQueueKind.ESCALATIONS_WITHOUT_OPINION:
      return 'handlingOpinion';
    default:
      return 'methods';
  }
}

/**
 * A callback shows in the sheet of the period of its anchor date (the sheet filters by it): that period when the
 * header offers it, else all periods. One carried over from an archived period (跨期) is recorded in the current
 * period's sheet, which lists it while its window is open; its own period's sheet is read-only.
 */
export function periodOfRow(anchorDate: string, kind: StatisticsPeriod, today: string, carriedOverFrom: string | null = null): string {
  const period = carriedOverFrom ? periodOf(today, kind) : periodOf(anchorDate, kind);
  return recentPeriods(kind, today).includes(period) ? period : 'all';
}

/** The sheet each queue's items open in, and whose badge counts them. */
export function sheetOfQueue(kind: WorkQueueKind): TargetSheet {
  switch (kind) {
    case WorkQueueKind.REPORTS_TO_REVIEW:
    case WorkQueueKind.REPORTS_TO_MARK_REPORTED:
      return 'report';
    case WorkQueueKind.ARCHIVE_DUE:
    case WorkQueueKind.SPOT_CHECK_QUOTA:
    case WorkQueueKind.TARGETS_AT_RISK:
    case WorkQueueKind.ARCHIVE_OVERVIEW:
    case WorkQueueKind.REPORTS_BY_STATE:
      return 'statistics';
    default:
      return 'callbacks';
  }
}

/** Navigation badges: the 待办 total and, per sheet, the items that open in it (zero: no badge). */
export function badgesBySheet(queues: readonly { kind: string; count: number }[]): Record<string, number> {
  const badges: Record<string, number> = { work: 0 };
  for (const { kind, count } of queues) {
    badges.work += count;
    const sheet = sheetOfQueue(kind as WorkQueueKind);
    badges[sheet] = (badges[sheet] ?? 0) + count;
  }
  return badges;
}
