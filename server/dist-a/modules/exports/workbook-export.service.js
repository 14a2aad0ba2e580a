"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateExportPeriod = validateExportPeriod;
exports.exportQuarterlyWorkbook = exportQuarterlyWorkbook;
exports.registerWhere = registerWhere;
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const shared_1 = require("@hf/shared");
const user_error_1 = require("../../graphql/user-error");
const code_counter_1 = require("../numbering/code-counter");
const project_entity_1 = require("../projects/project.entity");
const statistics_service_1 = require("../statistics/statistics.service");
const access_1 = require("../users/access");
const user_entity_1 = require("../users/user.entity");
const quarterly_workbook_1 = require("./quarterly-workbook");
const workbook_export_entity_1 = require("./workbook-export.entity");
const workbook_file_1 = require("./workbook-file");
/** The period to export: a quarter (2026Q3) or, where the project compiles monthly (seed 001), a month; not a future one. */
function validateExportPeriod(period, today) {
    if (!(0, shared_1.isPeriodKey)(period))
        throw (0, user_error_1.badInput)('period', '期间格式应为 2026Q3 或 2026-07 (period must look like 2026Q3 or 2026-07)');
    const range = (0, shared_1.parsePeriod)(period);
    if (range.from > today)
        throw (0, user_error_1.badInput)('period', '该期间尚未开始，不能导出 (the period has not started yet)');
    return range;
}
/**
 * Exports a project's period as a numbered workbook (HFB-A01-2026Q3-01) and registers it.
 *
 * The number comes from the same gapless counter as the serial codes: the counter row stays locked until
 * this transaction commits, so concurrent exports of a quarter queue up and get consecutive numbers, and a
 * failed export gives its number back (the file it started is removed). The rows are read in batches inside
 * the same transaction and streamed into the file while its SHA-256 is computed; the register row holds
 * the path, the counts and the hash.
 */
async function exportQuarterlyWorkbook(em, viewer, input, dataDir, now = new Date()) {
    const projectId = (0, access_1.parseId)(input.projectId, 'Project', 'projectId');
    (0, access_1.assertProjectAccess)(viewer, projectId);
    const today = (0, shared_1.toLocalDate)(now);
    const range = validateExportPeriod(input.period.trim(), today);
    const project = await em.findOneOrFail(project_entity_1.Project, projectId);
    let written = null;
    try {
        return await em.transactional(async (tx) => {
            const sequence = await (0, code_counter_1.nextSequence)(tx, projectId, code_counter_1.COUNTER_SCOPE.workbook, range.key);
            const number = (0, shared_1.formatWorkbookNumber)(project.code, range.key, sequence);
            const filePath = (0, workbook_file_1.workbookRelativePath)(project.code, number);
            const absolutePath = node_path_1.default.join(dataDir, filePath);
            // the figures in the same transaction as the rows, by the statistics service (one SQL statement)
            const figures = await (0, statistics_service_1.computeQuarterlyStatistics)(tx, projectId, range.key, now);
            const file = await (0, workbook_file_1.writeHashedFile)(absolutePath, (output) => (0, quarterly_workbook_1.writeQuarterlyWorkbook)({
                em: tx,
                projectId,
                access: viewer,
                projectCode: project.code,
                projectName: project.name,
                range,
                workbookNumber: number,
                exportedBy: viewer.user.displayName,
                exportedAt: now,
                today,
                figures,
            }, output));
            written = absolutePath;
            const entry = tx.create(workbook_export_entity_1.WorkbookExport, {
                project: tx.getReference(project_entity_1.Project, projectId, { wrapped: true }),
                period: range.key,
                sequence,
                number,
                exportedBy: tx.getReference(user_entity_1.User, viewer.user.id, { wrapped: true }),
                exportedAt: now,
                rowCounts: file.result,
                filePath,
                byteSize: file.byteSize,
                sha256: file.sha256,
            });
            await tx.flush();
            return entry;
        });
    }
    catch (error) {
        // the number was given back by the rollback: so is the file written under it
        if (written)
            node_fs_1.default.rmSync(written, { force: true });
        throw error;
    }
}
/** 导出登记: the register of a project's workbooks (or of all the viewer's projects), newest first. */
function registerWhere(viewer, projectIds, period) {
    if (period && !(0, shared_1.isPeriodKey)(period))
        throw (0, user_error_1.badInput)('period', '期间格式应为 2026Q3 或 2026-07 (period must look like 2026Q3 or 2026-07)');
    return {
        project: { $in: projectIds.filter((id) => viewer.projectIds.includes(id)) },
        ...(period ? { period } : {}),
    };
}
//# sourceMappingURL=workbook-export.service.js.map