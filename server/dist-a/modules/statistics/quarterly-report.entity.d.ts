import { OptionalProps, Ref } from '@mikro-orm/core';
import { QuarterlyReportStatus } from '@hf/shared';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';
import type { QuarterlyStatistics } from './statistics.types';
/**
 * 季度统计分析报告 of one project and period: the written analysis and improvement measures, and (from
 * submission on) a snapshot of the figures, so a later edit of a callback cannot change it silently.
 * Every step keeps who and when; every change is in the history (HistorySubscriber audits QuarterlyReport).
 */
export declare class QuarterlyReport {
    [OptionalProps]?: 'nodeId' | 'status' | 'analysis' | 'improvementMeasures' | 'figures' | 'createdBy' | 'submittedBy' | 'submittedAt' | 'reviewedBy' | 'reviewedAt' | 'reviewOpinion' | 'reportedBy' | 'reportedAt' | 'returnedBy' | 'returnedAt' | 'returnReason' | 'createdAt' | 'updatedAt' | 'version';
    id: number;
    get nodeId(): string;
    project: Ref<Project>;
    period: string;
    fromDate: string;
    toDate: string;
    status: QuarterlyReportStatus;
    analysis: string | null;
    improvementMeasures: string | null;
    /** the figures as submitted (null while a draft: the live figures are shown) */
    figures: QuarterlyStatistics | null;
    createdBy: Ref<User> | null;
    submittedBy: Ref<User> | null;
    submittedAt: Date | null;
    reviewedBy: Ref<User> | null;
    reviewedAt: Date | null;
    reviewOpinion: string | null;
    reportedBy: Ref<User> | null;
    reportedAt: Date | null;
    returnedBy: Ref<User> | null;
    returnedAt: Date | null;
    returnReason: string | null;
    createdAt: Date;
    updatedAt: Date;
    version: number;
}
