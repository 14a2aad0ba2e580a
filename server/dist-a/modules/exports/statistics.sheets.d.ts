import type { QuarterlyStatistics } from '../statistics/statistics.types';
import type { AppendixBlock, ColumnSpec } from './print-sheet';
/**
 * The quarter's figures as the workbook prints them. They come from the statistics service
 * (computeQuarterlyStatistics, one SQL statement); the sheets only lay them out.
 */
export type QuarterlyFigures = Pick<QuarterlyStatistics, 'kinds' | 'totals' | 'satisfaction' | 'unqualifiedCallbacks' | 'repeatedComplaints' | 'repeatedRepairs' | 'spotCheck'>;
export declare const SUMMARY_SHEET = "\u7EDF\u8BA1\u6C47\u603B";
export declare const UNQUALIFIED_SHEET = "\u4E0D\u5408\u683C\u56DE\u8BBF";
export declare const REPEATED_COMPLAINTS_SHEET = "\u91CD\u590D\u6295\u8BC9";
export declare const REPEATED_REPAIRS_SHEET = "\u91CD\u590D\u7EF4\u4FEE";
type KindRow = QuarterlyFigures['kinds'][number];
type UnqualifiedRow = QuarterlyFigures['unqualifiedCallbacks'][number];
type RepeatedComplaintRow = QuarterlyFigures['repeatedComplaints'][number];
type RepeatedRepairRow = QuarterlyFigures['repeatedRepairs'][number];
/** 统计汇总: per ticket kind, the callbacks required by the policy, done, and the achieved rate against the target. */
export declare function summaryColumns(): ColumnSpec<KindRow>[];
export declare function summaryRows(figures: QuarterlyFigures): KindRow[];
/** Under the table: the satisfaction distribution and rate, and the supervisor's spot checks (seed 004). */
export declare function summaryAppendix(figures: QuarterlyFigures): AppendixBlock[];
/** 不合格回访: every unqualified callback of the period, with the escalation and the manager's handling. */
export declare function unqualifiedColumns(): ColumnSpec<UnqualifiedRow>[];
/** 重复投诉: the same unit complaining about the same matter two or more times (连续就同一事项投诉两次以上). */
export declare function repeatedComplaintColumns(): ColumnSpec<RepeatedComplaintRow>[];
/** 重复维修: the same unit with the same repair category three or more times (同一种维修三次以上). */
export declare function repeatedRepairColumns(): ColumnSpec<RepeatedRepairRow>[];
export {};
