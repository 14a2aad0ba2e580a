import 'reflect-metadata';
import './enums';
import { GraphQLSchema } from 'graphql';
import { CallbackResolver } from '../modules/callbacks/callback.resolver';
import { PolicyResolver } from '../modules/policies/policy.resolver';
import { ProjectResolver } from '../modules/projects/project.resolver';
import { StatisticsResolver } from '../modules/statistics/statistics.resolver';
import { QuarterlyReportResolver } from '../modules/statistics/quarterly-report.resolver';
import { ArchiveResolver } from '../modules/archives/archive.resolver';
import { ProjectSettingsResolver } from '../modules/projects/project-settings.resolver';
import { TicketResolver } from '../modules/tickets/ticket.resolver';
import { UserResolver } from '../modules/users/user.resolver';
import { WorkbookExportResolver } from '../modules/exports/workbook-export.resolver';
import { ApiTokenResolver } from '../modules/api-tokens/api-token.resolver';
import { ChangeRecordResolver } from '../modules/audit/history.resolver';
import { NodeResolver } from './node.resolver';
export declare const resolvers: readonly [typeof NodeResolver, typeof UserResolver, typeof ProjectResolver, typeof TicketResolver, typeof CallbackResolver, typeof PolicyResolver, typeof StatisticsResolver, typeof QuarterlyReportResolver, typeof ArchiveResolver, typeof ProjectSettingsResolver, typeof WorkbookExportResolver, typeof ApiTokenResolver, typeof ChangeRecordResolver, ...({
    new (): {
        history(row: import("../modules/tickets/ticket.entity").Ticket, ctx: import("./context").Context, first?: number, after?: string): Promise<import("./connection").ConnectionShape<import("../modules/audit/change-record.entity").ChangeRecord>>;
    };
} | {
    new (): {
        history(row: import("../modules/callbacks/callback.entity").Callback, ctx: import("./context").Context, first?: number, after?: string): Promise<import("./connection").ConnectionShape<import("../modules/audit/change-record.entity").ChangeRecord>>;
    };
} | {
    new (): {
        history(row: import("../modules/policies/callback-policy.entity").CallbackPolicy, ctx: import("./context").Context, first?: number, after?: string): Promise<import("./connection").ConnectionShape<import("../modules/audit/change-record.entity").ChangeRecord>>;
    };
} | {
    new (): {
        history(row: import("../modules/statistics/quarterly-report.entity").QuarterlyReport, ctx: import("./context").Context, first?: number, after?: string): Promise<import("./connection").ConnectionShape<import("../modules/audit/change-record.entity").ChangeRecord>>;
    };
})[]];
export declare function createSchema(): Promise<GraphQLSchema>;
