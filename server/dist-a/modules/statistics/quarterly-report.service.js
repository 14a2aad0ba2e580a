"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.saveQuarterlyReport = saveQuarterlyReport;
exports.submitQuarterlyReport = submitQuarterlyReport;
exports.reviewQuarterlyReport = reviewQuarterlyReport;
exports.reportQuarterlyReport = reportQuarterlyReport;
exports.returnQuarterlyReport = returnQuarterlyReport;
exports.reportFigures = reportFigures;
exports.changedSinceSubmission = changedSinceSubmission;
const node_util_1 = require("node:util");
const core_1 = require("@mikro-orm/core");
const shared_1 = require("@hf/shared");
const user_error_1 = require("../../graphql/user-error");
const archive_guard_1 = require("../archives/archive-guard");
const archive_service_1 = require("../archives/archive.service");
const project_entity_1 = require("../projects/project.entity");
const access_1 = require("../users/access");
const user_entity_1 = require("../users/user.entity");
const quarterly_report_entity_1 = require("./quarterly-report.entity");
const statistics_privacy_1 = require("./statistics.privacy");
const statistics_service_1 = require("./statistics.service");
async function assertReportOpen(em, projectId, from, to) {
    if (await (0, archive_guard_1.isRangeArchived)(em, projectId, from, to)) {
        throw user_error_1.DomainError.of(shared_1.ErrorCode.ARCHIVED, 'id', '该期间已存档，报告只读 (the period is archived; the report is read-only)');
    }
}
const invalidState = (message) => user_error_1.DomainError.of(shared_1.ErrorCode.INVALID_STATE, 'id', message);
/** 起草: the clerk writes the analysis and measures; only a draft can be changed. */
async function saveQuarterlyReport(em, viewer, input, now = new Date()) {
    const projectId = (0, access_1.parseId)(input.projectId, 'Project', 'projectId');
    (0, access_1.assertProjectAccess)(viewer, projectId);
    const range = (0, archive_service_1.periodArgument)(input.period);
    // two clerks starting the same report at once: the unique (project, period) lets one win, the other is told
    return em.transactional(async (tx) => {
        await assertReportOpen(tx, projectId, range.from, range.to);
        let report = await tx.findOne(quarterly_report_entity_1.QuarterlyReport, { project: projectId, period: range.key }, { lockMode: core_1.LockMode.PESSIMISTIC_WRITE });
        if (!report) {
            if (input.version !== null && input.version !== undefined)
                throw (0, user_error_1.notFound)('version');
            report = tx.create(quarterly_report_entity_1.QuarterlyReport, {
                project: tx.getReference(project_entity_1.Project, projectId),
                period: range.key,
                fromDate: range.from,
                toDate: range.to,
                createdBy: tx.getReference(user_entity_1.User, viewer.user.id, { wrapped: true }),
                createdAt: now,
                updatedAt: now,
            });
        }
        else {
            if (report.version !== input.version)
                throw (0, user_error_1.conflict)();
            if (report.status !== shared_1.QuarterlyReportStatus.DRAFT)
                throw invalidState('报告已提交，不能修改 (only a draft can be edited)');
        }
        if (input.analysis !== undefined)
            report.analysis = (0, shared_1.textOrNull)(input.analysis);
        if (input.improvementMeasures !== undefined)
            report.improvementMeasures = (0, shared_1.textOrNull)(input.improvementMeasures);
        await tx.flush();
        return report;
    }).catch((error) => {
        if (error instanceof core_1.UniqueConstraintViolationException)
            throw (0, user_error_1.conflict)();
        throw error;
    });
}
async function withLockedReport(em, viewer, input, change) {
    const id = (0, access_1.parseId)(input.id, 'QuarterlyReport', 'id');
    return em.transactional(async (tx) => {
        const report = await tx.findOne(quarterly_report_entity_1.QuarterlyReport, { id }, { lockMode: core_1.LockMode.PESSIMISTIC_WRITE });
        if (!report || !viewer.projectIds.includes(report.project.id))
            throw (0, user_error_1.notFound)();
        if (report.version !== input.version)
            throw (0, user_error_1.conflict)();
        await assertReportOpen(tx, report.project.id, report.fromDate, report.toDate);
        await change(tx, report);
        await tx.flush();
        return report;
    });
}
/** 提交 (clerk): the figures are frozen into the report as they are now. */
function submitQuarterlyReport(em, viewer, input, now = new Date()) {
    return withLockedReport(em, viewer, input, async (tx, report) => {
        if (report.status !== shared_1.QuarterlyReportStatus.DRAFT)
            throw invalidState('只有草稿可以提交 (only a draft can be submitted)');
        const missing = ['analysis', 'improvementMeasures'].filter((f) => !report[f]);
        if (missing.length) {
            throw new user_error_1.DomainError(missing.map((field) => ({
                field: [field], code: shared_1.ErrorCode.BAD_USER_INPUT, message: '提交前请填写统计分析和改进措施 (write the analysis and the measures first)',
            })));
        }
        const figures = await (0, statistics_service_1.computeQuarterlyStatistics)(tx, report.project.id, report.period, now);
        report.figures = JSON.parse(JSON.stringify(figures));
        report.status = shared_1.QuarterlyReportStatus.SUBMITTED;
        report.submittedBy = tx.getReference(user_entity_1.User, viewer.user.id, { wrapped: true });
        report.submittedAt = now;
    });
}
/** 审核 (service supervisor). */
function reviewQuarterlyReport(em, viewer, input, now = new Date()) {
    return withLockedReport(em, viewer, input, async (tx, report) => {
        if (report.status !== shared_1.QuarterlyReportStatus.SUBMITTED)
            throw invalidState('只有已提交的报告可以审核 (only a submitted report can be reviewed)');
        report.status = shared_1.QuarterlyReportStatus.REVIEWED;
        report.reviewedBy = tx.getReference(user_entity_1.User, viewer.user.id, { wrapped: true });
        report.reviewedAt = now;
        report.reviewOpinion = (0, shared_1.textOrNull)(input.opinion);
    });
}
/** 上报 (project manager receives the reviewed report). */
function reportQuarterlyReport(em, viewer, input, now = new Date()) {
    return withLockedReport(em, viewer, input, async (tx, report) => {
        if (report.status !== shared_1.QuarterlyReportStatus.REVIEWED)
            throw invalidState('只有已审核的报告可以上报 (only a reviewed report can be reported)');
        report.status = shared_1.QuarterlyReportStatus.REPORTED;
        report.reportedBy = tx.getReference(user_entity_1.User, viewer.user.id, { wrapped: true });
        report.reportedAt = now;
    });
}
/** 退回: the supervisor (submitted) or the project manager (reviewed) sends it back to draft, with a reason. */
function returnQuarterlyReport(em, viewer, input, now = new Date()) {
    return withLockedReport(em, viewer, input, async (tx, report) => {
        const allowed = (report.status === shared_1.QuarterlyReportStatus.SUBMITTED && viewer.user.role === shared_1.Role.SUPERVISOR) ||
            (report.status === shared_1.QuarterlyReportStatus.REVIEWED && viewer.user.role === shared_1.Role.PROJECT_MANAGER);
        if (report.status === shared_1.QuarterlyReportStatus.DRAFT || report.status === shared_1.QuarterlyReportStatus.REPORTED) {
            throw invalidState('草稿或已上报的报告不能退回 (a draft or reported report cannot be sent back)');
        }
        if (!allowed)
            throw (0, user_error_1.forbidden)('id');
        const reason = (0, shared_1.textOrNull)(input.opinion);
        if (!reason)
            throw user_error_1.DomainError.of(shared_1.ErrorCode.BAD_USER_INPUT, 'opinion', '请填写退回原因 (give a reason)');
        report.status = shared_1.QuarterlyReportStatus.DRAFT;
        report.figures = null;
        report.returnedBy = tx.getReference(user_entity_1.User, viewer.user.id, { wrapped: true });
        report.returnedAt = now;
        report.returnReason = reason;
    });
}
/** The report's figures: the snapshot once submitted, the live statistics while a draft. */
async function reportFigures(em, report) {
    if (report.figures)
        return (0, statistics_privacy_1.withRowProject)(report.figures, report.project.id);
    return (0, statistics_service_1.computeQuarterlyStatistics)(em, report.project.id, report.period);
}
/** Whether the records changed after submission (the live figures, as of the snapshot's day, differ from it). */
async function changedSinceSubmission(em, report) {
    if (!report.figures)
        return false;
    const live = JSON.parse(JSON.stringify(await (0, statistics_service_1.computeQuarterlyStatistics)(em, report.project.id, report.period, new Date(), report.figures.asOf)));
    const { computedAt: _a, ...snapshot } = report.figures;
    const { computedAt: _b, ...now } = live;
    return !(0, node_util_1.isDeepStrictEqual)(snapshot, now);
}
//# sourceMappingURL=quarterly-report.service.js.map