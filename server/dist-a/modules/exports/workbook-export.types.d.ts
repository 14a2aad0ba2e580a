import { UserError } from '../../graphql/user-error';
import { WorkbookExport } from './workbook-export.entity';
export declare class ExportQuarterlyWorkbookInput {
    projectId: string;
    period: string;
}
export declare class ExportQuarterlyWorkbookPayload {
    workbook?: WorkbookExport | null;
    downloadUrl?: string | null;
    userErrors: UserError[];
}
export declare const WorkbookExportConnection: {
    new (): {
        edges: {
            cursor: string;
            node: WorkbookExport;
        }[];
        pageInfo: import("../../graphql/connection").PageInfo;
        count: () => Promise<number>;
        totalCount(): Promise<number>;
    };
};
