"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.writeQuarterlyWorkbook = writeQuarterlyWorkbook;
const exceljs_1 = __importDefault(require("exceljs"));
const personal_data_1 = require("../../graphql/personal-data");
const access_1 = require("../users/access");
const statistics_privacy_1 = require("../statistics/statistics.privacy");
const callback_record_sheet_1 = require("./callback-record.sheet");
const complaint_register_sheet_1 = require("./complaint-register.sheet");
const print_sheet_1 = require("./print-sheet");
const statistics_sheets_1 = require("./statistics.sheets");
const row_batches_1 = require("./row-batches");
/**
 * Rows as the exporting caller may see them: the decision and the masks of the Ticket fields (maskRow, seed 001:
 * 保护客户隐私), taken once for the export's project; rows pass untouched when the caller may read them.
 */
async function* residentsAsSeenBy(access, projectId, batches) {
    if ((0, access_1.canSeePersonalData)(access, projectId))
        return yield* batches;
    for await (const rows of batches) {
        yield rows.map((row) => {
            const seen = (0, personal_data_1.maskRow)(access, 'Ticket', projectId, { ownerName: row.owner_name, unit: row.unit, phone: row.phone });
            return { ...row, owner_name: seen.ownerName, unit: seen.unit, phone: seen.phone };
        });
    }
}
/**
 * Writes the quarter's workbook to a stream: one sheet per paper form, rows streamed from PostgreSQL in
 * batches (ExcelJS's streaming writer), so memory stays flat however large the quarter is.
 */
async function writeQuarterlyWorkbook(content, output) {
    const workbook = new exceljs_1.default.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
    workbook.creator = content.exportedBy;
    workbook.lastModifiedBy = content.exportedBy;
    workbook.created = content.exportedAt;
    workbook.modified = content.exportedAt;
    const heading = (title) => ({
        title,
        workbookNumber: content.workbookNumber,
        projectName: content.projectName,
        projectCode: content.projectCode,
        period: content.range.key,
    });
    const batchSize = content.batchSize ?? row_batches_1.EXPORT_BATCH_SIZE;
    const { from, to } = content.range;
    const counts = [];
    counts.push({
        sheet: callback_record_sheet_1.CALLBACK_RECORD_SHEET,
        rows: await (0, print_sheet_1.writePrintSheet)(workbook, {
            name: callback_record_sheet_1.CALLBACK_RECORD_SHEET,
            heading: heading(`《${callback_record_sheet_1.CALLBACK_RECORD_SHEET}》`),
            columns: (0, callback_record_sheet_1.callbackRecordColumns)(content.today),
            muted: (row) => row.status === 'VOIDED',
        }, residentsAsSeenBy(content.access, content.projectId, (0, callback_record_sheet_1.callbackRecordBatches)(content.em, content.projectId, from, to, batchSize))),
    });
    counts.push({
        sheet: complaint_register_sheet_1.COMPLAINT_REGISTER_SHEET,
        rows: await (0, print_sheet_1.writePrintSheet)(workbook, {
            name: complaint_register_sheet_1.COMPLAINT_REGISTER_SHEET,
            heading: heading(`《${complaint_register_sheet_1.COMPLAINT_REGISTER_SHEET}》`),
            columns: (0, complaint_register_sheet_1.complaintColumns)(),
            muted: (row) => row.status === 'VOIDED',
        }, residentsAsSeenBy(content.access, content.projectId, (0, complaint_register_sheet_1.complaintBatches)(content.em, content.projectId, from, to, batchSize))),
    });
    const figures = (0, statistics_privacy_1.statisticsAsSeenBy)(content.access, content.projectId, content.figures);
    const NONE = '本期无 (none this period)';
    counts.push({
        sheet: statistics_sheets_1.SUMMARY_SHEET,
        rows: await (0, print_sheet_1.writePrintSheet)(workbook, { name: statistics_sheets_1.SUMMARY_SHEET, heading: heading("季度统计汇总"), columns: (0, statistics_sheets_1.summaryColumns)(), appendix: (0, statistics_sheets_1.summaryAppendix)(figures) }, [(0, statistics_sheets_1.summaryRows)(figures)]),
    });
    counts.push({
        sheet: statistics_sheets_1.UNQUALIFIED_SHEET,
        rows: await (0, print_sheet_1.writePrintSheet)(workbook, { name: statistics_sheets_1.UNQUALIFIED_SHEET, heading: heading('回访不合格记录'), columns: (0, statistics_sheets_1.unqualifiedColumns)(), empty: NONE }, [figures.unqualifiedCallbacks]),
    });
    counts.push({
        sheet: statistics_sheets_1.REPEATED_COMPLAINTS_SHEET,
        rows: await (0, print_sheet_1.writePrintSheet)(workbook, { name: statistics_sheets_1.REPEATED_COMPLAINTS_SHEET, heading: heading('重复投诉（同一事项两次以上）'), columns: (0, statistics_sheets_1.repeatedComplaintColumns)(), empty: NONE }, [figures.repeatedComplaints]),
    });
    counts.push({
        sheet: statistics_sheets_1.REPEATED_REPAIRS_SHEET,
        rows: await (0, print_sheet_1.writePrintSheet)(workbook, { name: statistics_sheets_1.REPEATED_REPAIRS_SHEET, heading: heading('重复维修（同一种维修三次以上）'), columns: (0, statistics_sheets_1.repeatedRepairColumns)(), empty: NONE }, [figures.repeatedRepairs]),
    });
    await workbook.commit();
    return counts;
}
//# sourceMappingURL=quarterly-workbook.js.map