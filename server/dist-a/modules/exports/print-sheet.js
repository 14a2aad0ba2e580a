"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.writePrintSheet = writePrintSheet;
const sheet_layout_1 = require("./sheet-layout");
const NUMBER_FORMATS = {
    date: 'yyyy-mm-dd',
    datetime: 'yyyy-mm-dd hh:mm',
    integer: '0',
    percent: '0.0%',
};
const THIN = { style: 'thin', color: { argb: 'FF999999' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** An empty text is left blank (a bordered empty cell), not written as an empty string. */
function blankAsNull(value) {
    return value === '' || value === undefined ? null : value;
}
function cellStyle(kind, muted) {
    return {
        numFmt: NUMBER_FORMATS[kind ?? 'text'],
        alignment: { vertical: 'top', wrapText: kind === 'wrap' },
        border: BORDER,
        // 作废 rows stay in the form, greyed out
        ...(muted ? { font: { color: { argb: 'FF808080' }, italic: true } } : {}),
    };
}
/**
 * Adds a sheet laid out like the paper form and ready to print: A4 landscape fitted to the page width,
 * the title and header rows repeated on every page and frozen on screen, the workbook number, project,
 * period and "第 x 页 共 y 页" on every page, and protection against accidental edits of the archive copy.
 * Rows come in batches and are committed as they are written, so memory does not grow with the sheet.
 */
async function writePrintSheet(workbook, spec, batches) {
    const lastColumn = spec.columns.length;
    const sheet = workbook.addWorksheet(spec.name, {
        pageSetup: {
            paperSize: 9, // A4
            orientation: 'landscape',
            fitToPage: true,
            fitToWidth: 1,
            fitToHeight: 0, // as many pages down as the rows need
            printTitlesRow: '1:2',
            horizontalCentered: true,
            margins: { left: 0.4, right: 0.4, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
        },
        headerFooter: { differentFirst: false, differentOddEven: false, ...(0, sheet_layout_1.pageHeaderFooter)(spec.heading) },
        views: [{ state: 'frozen', xSplit: 1, ySplit: 2, topLeftCell: 'B3', activeCell: 'B3' }],
    });
    sheet.columns = spec.columns.map((column) => ({ width: (0, sheet_layout_1.columnWidth)(column.header, column.typical, column.kind === 'wrap') }));
    // one style object per column, shared by its cells: ExcelJS recognises a style object it has seen and skips
    // rendering it again for every cell (measured in test/bench/export.bench.mjs)
    const styles = spec.columns.map((column) => cellStyle(column.kind, false));
    const mutedStyles = spec.columns.map((column) => cellStyle(column.kind, true));
    const title = sheet.addRow([`${spec.heading.title}  ${spec.heading.projectName} (${spec.heading.projectCode})  工作簿编号 ${spec.heading.workbookNumber}`]);
    title.height = 24;
    title.getCell(1).font = { bold: true, size: 14 };
    title.getCell(1).alignment = { vertical: 'middle', horizontal: 'left' };
    title.getCell(1).border = {};
    sheet.mergeCells(1, 1, 1, lastColumn);
    title.commit();
    const header = sheet.addRow(spec.columns.map((column) => column.header));
    header.height = 32; // two lines: long headers wrap
    header.eachCell((cell) => {
        cell.font = { bold: true };
        cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
        cell.border = BORDER;
    });
    header.commit();
    let count = 0;
    for await (const batch of batches) {
        for (const item of batch) {
            const row = sheet.addRow(spec.columns.map((column) => blankAsNull(column.value(item))));
            const rowStyles = spec.muted?.(item) ? mutedStyles : styles;
            for (let index = 0; index < rowStyles.length; index++)
                row.getCell(index + 1).style = rowStyles[index];
            row.commit();
            count += 1;
        }
    }
    if (count === 0 && spec.empty) {
        const empty = sheet.addRow([spec.empty]);
        empty.getCell(1).font = { italic: true };
        empty.commit();
    }
    for (const block of spec.appendix ?? [])
        writeAppendixBlock(sheet, block);
    // 存档: the archived copy is protected against accidental edits (no password: it guards against slips, not people)
    await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
    sheet.commit();
    return count;
}
function writeAppendixBlock(sheet, block) {
    sheet.addRow([]).commit();
    const title = sheet.addRow([block.title]);
    title.getCell(1).font = { bold: true };
    title.getCell(1).border = {};
    title.commit();
    const header = sheet.addRow(block.header);
    header.eachCell((cell) => {
        cell.font = { bold: true };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
    });
    header.commit();
    for (const values of block.rows) {
        const row = sheet.addRow(values);
        values.forEach((_, index) => {
            const format = block.formats?.[index];
            row.getCell(index + 1).numFmt = format ?? 'General';
        });
        row.commit();
    }
}
//# sourceMappingURL=print-sheet.js.map