import type { Writable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PeriodRange } from '@hf/shared';
import type { ProjectAccess } from '../../graphql/context';
import { QuarterlyFigures } from './statistics.sheets';
import type { SheetRowCount } from './workbook-export.entity';
export interface QuarterlyWorkbookContent {
    em: EntityManager;
    projectId: number;
    /** who exports: residents' name, unit and phone are masked unless they may read them (an auditor may not) */
    access: ProjectAccess;
    projectCode: string;
    projectName: string;
    range: PeriodRange;
    workbookNumber: string;
    exportedBy: string;
    exportedAt: Date;
    /** business date of the export: decides which planned callbacks show as overdue */
    today: string;
    /** the quarter's statistics (statistics service), laid out on 统计汇总, 不合格回访, 重复投诉 and 重复维修 */
    figures: QuarterlyFigures;
    batchSize?: number;
}
/**
 * Writes the quarter's workbook to a stream: one sheet per paper form, rows streamed from PostgreSQL in
 * batches (ExcelJS's streaming writer), so memory stays flat however large the quarter is.
 */
export declare function writeQuarterlyWorkbook(content: QuarterlyWorkbookContent, output: Writable): Promise<SheetRowCount[]>;
