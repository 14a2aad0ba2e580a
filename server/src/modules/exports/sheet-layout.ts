// Pure rules of the printed workbook's text: Excel dates in business time, period names, the page header and
// footer (the page geometry is in print-layout.ts). No I/O, unit-tested in test/unit/sheet-layout.test.ts.
import { BUSINESS_UTC_OFFSET_MINUTES, parsePeriod, StatisticsPeriod } from '@hf/shared';
import { FONT_NAME, HEADER_FOOTER_FONT_PT } from './print-layout';

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
  // YYYY-MM-DD read digit by digit (two dates on every row of 《业主回访记录表》); anything else as before
  if (localDate.length >= 10 && localDate.charCodeAt(4) === 45 && localDate.charCodeAt(7) === 45) {
    const digit = (index: number) => localDate.charCodeAt(index) - 48;
    let valid = true;
    for (const index of DATE_DIGITS) if (digit(index) < 0 || digit(index) > 9) valid = false;
    if (valid) {
      const y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
      return new Date(Date.UTC(y, digit(5) * 10 + digit(6) - 1, digit(8) * 10 + digit(9)));
    }
  }
  const [y, m, d] = localDate.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

const DATE_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];

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
  /** the period was not archived when exported: every page says 未存档（草稿） */
  draft?: boolean;
  /** 封存 of an archived period, shortened (archive-seal.ts): at the left of every footer */
  seal?: string;
  /** who exported it and when: in the middle of every footer */
  exportedBy?: string;
  exportedAt?: Date;
}

export const DRAFT_MARK = '未存档（草稿）';

/**
 * 回访记录表每页应印有编码: every printed page carries the workbook number, the project and the period in
 * the header and footer, and "第 x 页 共 y 页" (&P and &N are Excel's page number and page count); a workbook of a
 * period not yet archived says so in bold in the middle of every header. The font is named and sized in each section
 * (&"Calibri,Regular"&9): without it a renderer uses its own default, and the size stays 9 pt on paper at 100 %.
 */
export function pageHeaderFooter(heading: PageHeading, fontPt = HEADER_FOOTER_FONT_PT): { oddHeader: string; oddFooter: string } {
  const font = `&"${FONT_NAME},Regular"&${fontPt}`;
  const project = escapeHeaderText(`${heading.projectName} (${heading.projectCode})`);
  const number = escapeHeaderText(heading.workbookNumber);
  const period = periodLabel(heading.period);
  const draft = heading.draft ? ` &B${DRAFT_MARK}&B` : '';
  const exported = heading.exportedBy && heading.exportedAt
    ? `&C${font}导出 ${escapeHeaderText(heading.exportedBy)} ${excelDateTime(heading.exportedAt)!.toISOString().slice(0, 16).replace('T', ' ')}`
    : '';
  return {
    oddHeader: `&L${font}${escapeHeaderText(heading.title)}&C${font}${project} ${period}${draft}&R${font}工作簿编号 ${number}`,
    oddFooter: `&L${font}${number}  ${project}  ${period}${heading.seal ? `  ${escapeHeaderText(heading.seal)}` : ''}${exported}&R${font}第 &P 页 共 &N 页`,
  };
}
