// Pure layout rules of the printed workbook: column widths for Chinese text, Excel dates in business time,
// the page header and footer. No I/O, unit-tested in test/unit/sheet-layout.test.ts.
import { BUSINESS_UTC_OFFSET_MINUTES, parsePeriod, StatisticsPeriod } from '@hf/shared';

/** CJK ideographs, kana, hangul, full-width forms and CJK punctuation take two columns of width. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Width of a text in Excel column units (one per Latin character, two per Chinese character). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

export const MIN_COLUMN_WIDTH = 6;
export const MAX_COLUMN_WIDTH = 50;
/** a wrapping text column is kept this narrow: its long values take more lines, not more width */
export const WRAPPED_TEXT_WIDTH = 12;

/**
 * A column wide enough for its header and for a typical value (rows are streamed, so the width is chosen
 * before they are read). 38 columns must fit the width of an A4 landscape page, so a long header wraps onto
 * two lines (half its width) and a wrapping text column stays narrow.
 */
export function columnWidth(header: string, typicalValue = '', wraps = false): number {
  const headerWidth = displayWidth(header);
  const headerNeed = headerWidth > 8 ? Math.ceil(headerWidth / 4) * 2 : headerWidth;
  const valueNeed = wraps ? Math.min(WRAPPED_TEXT_WIDTH, displayWidth(typicalValue)) : displayWidth(typicalValue);
  return Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, Math.max(headerNeed, valueNeed) + 2));
}

/**
 * ExcelJS writes a Date as the serial number of its UTC fields. Business times are China Standard Time,
 * so a time is shifted by the business offset to show 09:00 for 09:00 in Beijing on any server.
 */
export function excelDateTime(instant: Date | string | null): Date | null {
  if (instant === null || instant === undefined) return null;
  // raw SQL rows carry timestamptz as text (MikroORM's driver settings); both forms name the same instant
  const time = instant instanceof Date ? instant.getTime() : Date.parse(instant);
  return new Date(time + BUSINESS_UTC_OFFSET_MINUTES * 60_000);
}

/** A local date (YYYY-MM-DD) as an Excel date at midnight. */
export function excelDate(localDate: string | null): Date | null {
  if (!localDate) return null;
  const [y, m, d] = localDate.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** 2026Q3 → 2026年第3季度; 2026-07 → 2026年7月. */
export function periodLabel(key: string): string {
  const range = parsePeriod(key);
  if (range.kind === StatisticsPeriod.MONTH) return `${key.slice(0, 4)}年${Number(key.slice(5, 7))}月`;
  return `${key.slice(0, 4)}年第${key.slice(5)}季度`;
}

/** In header/footer codes "&" starts a command: a literal ampersand is written "&&". */
export function escapeHeaderText(text: string): string {
  return text.replace(/&/g, '&&');
}

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
export function pageHeaderFooter(heading: PageHeading): { oddHeader: string; oddFooter: string } {
  const project = escapeHeaderText(`${heading.projectName} (${heading.projectCode})`);
  const number = escapeHeaderText(heading.workbookNumber);
  const period = periodLabel(heading.period);
  return {
    oddHeader: `&L${escapeHeaderText(heading.title)}&C${project} ${period}&R工作簿编号 ${number}`,
    oddFooter: `&L${number}  ${project}  ${period}&R第 &P 页 共 &N 页`,
  };
}
