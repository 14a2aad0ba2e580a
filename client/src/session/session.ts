import type { Role, StatisticsPeriod } from '@hf/shared';
import type { TargetSheet } from '../work-queue/navigation';

/** Who is working, on which project and period: decided in the header, read by every sheet. */
export interface Session {
  user: { id: string; displayName: string; role: Role };
  project: {
    id: string; code: string; name: string; statisticsPeriod: StatisticsPeriod; correctionHours: number;
    /** 房号 format of the project (楼栋-单元-房号 by default): a pattern, and an example for forms and messages */
    unitPattern: string; unitExample: string;
    /** 缺点与不足: the project's common reasons, offered by the record form (项目设置) */
    commonShortcomings: readonly string[];
  };
  /** "2026Q4", "2026-11", or null for all periods */
  period: string | null;
  /** the period is archived (于下一季度10日前存档): everything read-only */
  archived: boolean;
  /** the server answered ARCHIVED: the sheet becomes read-only */
  markArchived: () => void;
  /** seconds between refreshes of rows changed by someone else (0: never) */
  pollSeconds: number;
  /** rows saved by others are pushed (graphql-ws) unless ?live=0 */
  live: boolean;
  /** opens a sheet of a project and period at a row and column (a 待办 link; work-queue/navigation.ts) */
  open: (target: { sheet: TargetSheet; projectId: string; period: string; rowId?: string; field?: string }) => void;
}
