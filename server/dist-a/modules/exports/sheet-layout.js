"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WRAPPED_TEXT_WIDTH = exports.MAX_COLUMN_WIDTH = exports.MIN_COLUMN_WIDTH = void 0;
exports.displayWidth = displayWidth;
exports.columnWidth = columnWidth;
exports.excelDateTime = excelDateTime;
exports.excelDate = excelDate;
exports.periodLabel = periodLabel;
exports.escapeHeaderText = escapeHeaderText;
exports.pageHeaderFooter = pageHeaderFooter;
// Pure layout rules of the printed workbook: column widths for Chinese text, Excel dates in business time,
// the page header and footer. No I/O, unit-tested in test/unit/sheet-layout.test.ts.
const shared_1 = require("@hf/shared");
/** CJK ideographs, kana, hangul, full-width forms and CJK punctuation take two columns of width. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** Width of a text in Excel column units (one per Latin character, two per Chinese character). */
function displayWidth(text) {
    let width = 0;
    for (const char of text)
        width += WIDE.test(char) ? 2 : 1;
    return width;
}
exports.MIN_COLUMN_WIDTH = 6;
exports.MAX_COLUMN_WIDTH = 50;
/** a wrapping text column is kept this narrow: its long values take more lines, not more width */
exports.WRAPPED_TEXT_WIDTH = 12;
/**
 * A column wide enough for its header and for a typical value (rows are streamed, so the width is chosen
 * before they are read). 38 columns must fit the width of an A4 landscape page, so a long header wraps onto
 * two lines (half its width) and a wrapping text column stays narrow.
 */
function columnWidth(header, typicalValue = '', wraps = false) {
    const headerWidth = displayWidth(header);
    const headerNeed = headerWidth > 8 ? Math.ceil(headerWidth / 4) * 2 : headerWidth;
    const valueNeed = wraps ? Math.min(exports.WRAPPED_TEXT_WIDTH, displayWidth(typicalValue)) : displayWidth(typicalValue);
    return Math.min(exports.MAX_COLUMN_WIDTH, Math.max(exports.MIN_COLUMN_WIDTH, Math.max(headerNeed, valueNeed) + 2));
}
/**
 * ExcelJS writes a Date as the serial number of its UTC fields. Business times are China Standard Time,
 * so a time is shifted by the business offset to show 09:00 for 09:00 in Beijing on any server.
 */
function excelDateTime(instant) {
    if (instant === null || instant === undefined)
        return null;
    // raw SQL rows carry timestamptz as text (MikroORM's driver settings); both forms name the same instant
    const time = instant instanceof Date ? instant.getTime() : Date.parse(instant);
    return new Date(time + shared_1.BUSINESS_UTC_OFFSET_MINUTES * 60_000);
}
/** A local date (YYYY-MM-DD) as an Excel date at midnight. */
function excelDate(localDate) {
    if (!localDate)
        return null;
    const [y, m, d] = localDate.slice(0, 10).split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d));
}
/** 2026Q3 → 2026年第3季度; 2026-07 → 2026年7月. */
function periodLabel(key) {
    const range = (0, shared_1.parsePeriod)(key);
    if (range.kind === shared_1.StatisticsPeriod.MONTH)
        return `${key.slice(0, 4)}年${Number(key.slice(5, 7))}月`;
    return `${key.slice(0, 4)}年第${key.slice(5)}季度`;
}
/** In header/footer codes "&" starts a command: a literal ampersand is written "&&". */
function escapeHeaderText(text) {
    return text.replace(/&/g, '&&');
}
/**
 * 回访记录表每页应印有编码: every printed page carries the workbook number, the project and the period in
 * the header and footer, and "第 x 页 共 y 页" (&P and &N are Excel's page number and page count).
 */
function pageHeaderFooter(heading) {
    const project = escapeHeaderText(`${heading.projectName} (${heading.projectCode})`);
    const number = escapeHeaderText(heading.workbookNumber);
    const period = periodLabel(heading.period);
    return {
        oddHeader: `&L${escapeHeaderText(heading.title)}&C${project} ${period}&R工作簿编号 ${number}`,
        oddFooter: `&L${number}  ${project}  ${period}&R第 &P 页 共 &N 页`,
    };
}
//# sourceMappingURL=sheet-layout.js.map