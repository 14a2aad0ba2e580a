import { Ref, OptionalProps } from '@mikro-orm/core';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';
/** Rows written to one sheet of a workbook (kept in the register as they were in the file). */
export declare class SheetRowCount {
    sheet: string;
    rows: number;
}
/**
 * 导出登记: one numbered quarterly workbook (HFB-A01-2026Q3-01), who exported it, when, what it holds and
 * the SHA-256 of the file. 回访记录表每页应印有编码，不允许撕毁: the row and its file are never changed.
 */
export declare class WorkbookExport {
    [OptionalProps]?: 'nodeId' | 'downloadUrl';
    id: number;
    get nodeId(): string;
    project: Ref<Project>;
    period: string;
    sequence: number;
    number: string;
    exportedBy: Ref<User>;
    exportedAt: Date;
    rowCounts: SheetRowCount[];
    /** relative to the data directory; never sent to clients */
    filePath: string;
    byteSize: number;
    sha256: string;
    get downloadUrl(): string;
}
export declare function workbookDownloadPath(number: string): string;
