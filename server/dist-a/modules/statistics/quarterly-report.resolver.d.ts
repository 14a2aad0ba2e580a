import type { Context } from '../../graphql/context';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';
import { QuarterlyReport } from './quarterly-report.entity';
import { QuarterlyReportActionInput, SaveQuarterlyReportInput } from './quarterly-report.types';
import { QuarterlyStatistics } from './statistics.types';
export declare class QuarterlyReportResolver {
    quarterlyReport(ctx: Context, projectId: string, period: string): Promise<import("@mikro-orm/core").Loaded<QuarterlyReport, never, "*", never> | null>;
    quarterlyReports(ctx: Context, projectId: string): Promise<QuarterlyReport[]>;
    project(report: QuarterlyReport): Promise<import("@mikro-orm/core").Loaded<Project & object, never, "*", never>>;
    figures(report: QuarterlyReport, ctx: Context): Promise<QuarterlyStatistics>;
    figuresFrozen(report: QuarterlyReport): boolean;
    changedSinceSubmission(report: QuarterlyReport, ctx: Context): Promise<boolean>;
    createdBy(r: QuarterlyReport): Promise<import("@mikro-orm/core").Loaded<User & object, never, "*", never> | null> | null;
    submittedBy(r: QuarterlyReport): Promise<import("@mikro-orm/core").Loaded<User & object, never, "*", never> | null> | null;
    reviewedBy(r: QuarterlyReport): Promise<import("@mikro-orm/core").Loaded<User & object, never, "*", never> | null> | null;
    reportedBy(r: QuarterlyReport): Promise<import("@mikro-orm/core").Loaded<User & object, never, "*", never> | null> | null;
    returnedBy(r: QuarterlyReport): Promise<import("@mikro-orm/core").Loaded<User & object, never, "*", never> | null> | null;
    saveQuarterlyReport(input: SaveQuarterlyReportInput, ctx: Context): Promise<Partial<{
        report: QuarterlyReport;
    }> & {
        userErrors: import("../../graphql/user-error").UserError[];
    }>;
    submitQuarterlyReport(input: QuarterlyReportActionInput, ctx: Context): Promise<Partial<{
        report: QuarterlyReport;
    }> & {
        userErrors: import("../../graphql/user-error").UserError[];
    }>;
    reviewQuarterlyReport(input: QuarterlyReportActionInput, ctx: Context): Promise<Partial<{
        report: QuarterlyReport;
    }> & {
        userErrors: import("../../graphql/user-error").UserError[];
    }>;
    reportQuarterlyReport(input: QuarterlyReportActionInput, ctx: Context): Promise<Partial<{
        report: QuarterlyReport;
    }> & {
        userErrors: import("../../graphql/user-error").UserError[];
    }>;
    returnQuarterlyReport(input: QuarterlyReportActionInput, ctx: Context): Promise<Partial<{
        report: QuarterlyReport;
    }> & {
        userErrors: import("../../graphql/user-error").UserError[];
    }>;
}
