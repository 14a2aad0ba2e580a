import { UserError } from '../../graphql/user-error';
import { QuarterlyReport } from './quarterly-report.entity';
export declare class SaveQuarterlyReportInput {
    projectId: string;
    period: string;
    version?: number | null;
    analysis?: string | null;
    improvementMeasures?: string | null;
}
export declare class QuarterlyReportActionInput {
    id: string;
    version: number;
    opinion?: string | null;
}
export declare class QuarterlyReportPayload {
    report?: QuarterlyReport | null;
    userErrors: UserError[];
}
