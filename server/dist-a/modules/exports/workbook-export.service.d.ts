import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../graphql/context';
import { WorkbookExport } from './workbook-export.entity';
export interface ExportWorkbookInput {
    projectId: string;
    period: string;
}
/** The period to export: a quarter (2026Q3) or, where the project compiles monthly (seed 001), a month; not a future one. */
export declare function validateExportPeriod(period: string, today: string): import("@hf/shared").PeriodRange;
/**
 * Exports a project's period as a numbered workbook (HFB-A01-2026Q3-01) and registers it.
 *
 * The number comes from the same gapless counter as the serial codes: the counter row stays locked until
 * this transaction commits, so concurrent exports of a quarter queue up and get consecutive numbers, and a
 * failed export gives its number back (the file it started is removed). The rows are read in batches inside
 * the same transaction and streamed into the file while its SHA-256 is computed; the register row holds
 * the path, the counts and the hash.
 */
export declare function exportQuarterlyWorkbook(em: EntityManager, viewer: Viewer, input: ExportWorkbookInput, dataDir: string, now?: Date): Promise<WorkbookExport>;
/** 导出登记: the register of a project's workbooks (or of all the viewer's projects), newest first. */
export declare function registerWhere(viewer: Viewer, projectIds: number[], period: string | null | undefined): {
    period?: string | undefined;
    project: {
        $in: number[];
    };
};
