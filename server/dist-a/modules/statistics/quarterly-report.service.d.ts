import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../graphql/context';
import { QuarterlyReport } from './quarterly-report.entity';
import type { QuarterlyReportActionInput, SaveQuarterlyReportInput } from './quarterly-report.types';
import type { QuarterlyStatistics } from './statistics.types';
/** 起草: the clerk writes the analysis and measures; only a draft can be changed. */
export declare function saveQuarterlyReport(em: EntityManager, viewer: Viewer, input: SaveQuarterlyReportInput, now?: Date): Promise<QuarterlyReport>;
/** 提交 (clerk): the figures are frozen into the report as they are now. */
export declare function submitQuarterlyReport(em: EntityManager, viewer: Viewer, input: QuarterlyReportActionInput, now?: Date): Promise<QuarterlyReport>;
/** 审核 (service supervisor). */
export declare function reviewQuarterlyReport(em: EntityManager, viewer: Viewer, input: QuarterlyReportActionInput, now?: Date): Promise<QuarterlyReport>;
/** 上报 (project manager receives the reviewed report). */
export declare function reportQuarterlyReport(em: EntityManager, viewer: Viewer, input: QuarterlyReportActionInput, now?: Date): Promise<QuarterlyReport>;
/** 退回: the supervisor (submitted) or the project manager (reviewed) sends it back to draft, with a reason. */
export declare function returnQuarterlyReport(em: EntityManager, viewer: Viewer, input: QuarterlyReportActionInput, now?: Date): Promise<QuarterlyReport>;
/** The report's figures: the snapshot once submitted, the live statistics while a draft. */
export declare function reportFigures(em: EntityManager, report: QuarterlyReport): Promise<QuarterlyStatistics>;
/** Whether the records changed after submission (the live figures, as of the snapshot's day, differ from it). */
export declare function changedSinceSubmission(em: EntityManager, report: QuarterlyReport): Promise<boolean>;
