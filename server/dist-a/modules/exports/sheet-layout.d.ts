/** Width of a text in Excel column units (one per Latin character, two per Chinese character). */
export declare function displayWidth(text: string): number;
export declare const MIN_COLUMN_WIDTH = 6;
export declare const MAX_COLUMN_WIDTH = 50;
/** a wrapping text column is kept this narrow: its long values take more lines, not more width */
export declare const WRAPPED_TEXT_WIDTH = 12;
/**
 * A column wide enough for its header and for a typical value (rows are streamed, so the width is chosen
 * before they are read). 38 columns must fit the width of an A4 landscape page, so a long header wraps onto
 * two lines (half its width) and a wrapping text column stays narrow.
 */
export declare function columnWidth(header: string, typicalValue?: string, wraps?: boolean): number;
/**
 * ExcelJS writes a Date as the serial number of its UTC fields. Business times are China Standard Time,
 * so a time is shifted by the business offset to show 09:00 for 09:00 in Beijing on any server.
 */
export declare function excelDateTime(instant: Date | string | null): Date | null;
/** A local date (YYYY-MM-DD) as an Excel date at midnight. */
export declare function excelDate(localDate: string | null): Date | null;
/** 2026Q3 → 2026年第3季度; 2026-07 → 2026年7月. */
export declare function periodLabel(key: string): string;
/** In header/footer codes "&" starts a command: a literal ampersand is written "&&". */
export declare function escapeHeaderText(text: string): string;
export interface PageHeading {
    /** the sheet title as printed, e.g. 《业主回访记录表》 or 统计汇总 */
    title: string;
    workbookNumber: string;
    projectName: string;
    projectCode: string;
    period: string;
}
/**
 * 回访记录表每页应印有编码: every printed page carries the workbook number, the project and the period in
 * the header and footer, and "第 x 页 共 y 页" (&P and &N are Excel's page number and page count).
 */
export declare function pageHeaderFooter(heading: PageHeading): {
    oddHeader: string;
    oddFooter: string;
};
