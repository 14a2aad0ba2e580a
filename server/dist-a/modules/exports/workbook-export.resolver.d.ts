import { Role } from '@hf/shared';
import type { Context } from '../../graphql/context';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';
import { WorkbookExport } from './workbook-export.entity';
import { ExportQuarterlyWorkbookInput } from './workbook-export.types';
/** Who may export and download a quarter: the service supervisor, the project manager and the quality auditor. */
export declare const WORKBOOK_ROLES: Role[];
export declare class WorkbookExportResolver {
    exportQuarterlyWorkbook(input: ExportQuarterlyWorkbookInput, ctx: Context): Promise<{
        downloadUrl: string | null;
        workbook?: WorkbookExport | undefined;
        userErrors: import("../../graphql/user-error").UserError[];
    }>;
    exportRegister(ctx: Context, projectId?: string, period?: string, first?: number, after?: string): Promise<import("../../graphql/connection").ConnectionShape<WorkbookExport>>;
    project(entry: WorkbookExport): Promise<Project>;
    exportedBy(entry: WorkbookExport): Promise<User>;
}
