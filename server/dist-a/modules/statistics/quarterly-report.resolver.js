"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.QuarterlyReportResolver = void 0;
const shared_1 = require("@hf/shared");
const type_graphql_1 = require("type-graphql");
const query_errors_1 = require("../../graphql/query-errors");
const user_error_1 = require("../../graphql/user-error");
const archive_service_1 = require("../archives/archive.service");
const project_entity_1 = require("../projects/project.entity");
const access_1 = require("../users/access");
const user_entity_1 = require("../users/user.entity");
const quarterly_report_entity_1 = require("./quarterly-report.entity");
const quarterly_report_service_1 = require("./quarterly-report.service");
const quarterly_report_types_1 = require("./quarterly-report.types");
const statistics_types_1 = require("./statistics.types");
let QuarterlyReportResolver = class QuarterlyReportResolver {
    async quarterlyReport(ctx, projectId, period) {
        const [id] = (0, access_1.projectArgument)((0, access_1.requireCaller)(ctx), projectId);
        const range = await (0, query_errors_1.withQueryErrors)(async () => (0, archive_service_1.periodArgument)(period));
        return ctx.em.findOne(quarterly_report_entity_1.QuarterlyReport, { project: id, period: range.key });
    }
    quarterlyReports(ctx, projectId) {
        const ids = (0, access_1.projectArgument)((0, access_1.requireCaller)(ctx), projectId);
        return ctx.em.find(quarterly_report_entity_1.QuarterlyReport, { project: { $in: ids } }, { orderBy: { fromDate: 'desc', period: 'asc' } });
    }
    project(report) {
        return report.project.loadOrFail();
    }
    figures(report, ctx) {
        return (0, quarterly_report_service_1.reportFigures)(ctx.em, report);
    }
    figuresFrozen(report) {
        return report.figures !== null;
    }
    changedSinceSubmission(report, ctx) {
        return (0, quarterly_report_service_1.changedSinceSubmission)(ctx.em, report);
    }
    createdBy(r) { return r.createdBy?.load() ?? null; }
    submittedBy(r) { return r.submittedBy?.load() ?? null; }
    reviewedBy(r) { return r.reviewedBy?.load() ?? null; }
    reportedBy(r) { return r.reportedBy?.load() ?? null; }
    returnedBy(r) { return r.returnedBy?.load() ?? null; }
    saveQuarterlyReport(input, ctx) {
        return (0, user_error_1.withUserErrors)(async () => ({ report: await (0, quarterly_report_service_1.saveQuarterlyReport)(ctx.em, (0, access_1.requireViewer)(ctx), input) }));
    }
    submitQuarterlyReport(input, ctx) {
        return (0, user_error_1.withUserErrors)(async () => ({ report: await (0, quarterly_report_service_1.submitQuarterlyReport)(ctx.em, (0, access_1.requireViewer)(ctx), input) }));
    }
    reviewQuarterlyReport(input, ctx) {
        return (0, user_error_1.withUserErrors)(async () => ({ report: await (0, quarterly_report_service_1.reviewQuarterlyReport)(ctx.em, (0, access_1.requireViewer)(ctx), input) }));
    }
    reportQuarterlyReport(input, ctx) {
        return (0, user_error_1.withUserErrors)(async () => ({ report: await (0, quarterly_report_service_1.reportQuarterlyReport)(ctx.em, (0, access_1.requireViewer)(ctx), input) }));
    }
    returnQuarterlyReport(input, ctx) {
        return (0, user_error_1.withUserErrors)(async () => ({ report: await (0, quarterly_report_service_1.returnQuarterlyReport)(ctx.em, (0, access_1.requireViewer)(ctx), input) }));
    }
};
exports.QuarterlyReportResolver = QuarterlyReportResolver;
__decorate([
    (0, type_graphql_1.Authorized)(shared_1.ApiScope.STATISTICS_READ),
    (0, type_graphql_1.Query)(() => quarterly_report_entity_1.QuarterlyReport, { nullable: true, description: '季度统计分析报告 of a project and period (null before the first draft)' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('projectId', () => type_graphql_1.ID)),
    __param(2, (0, type_graphql_1.Arg)('period', () => String)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, String]),
    __metadata("design:returntype", Promise)
], QuarterlyReportResolver.prototype, "quarterlyReport", null);
__decorate([
    (0, type_graphql_1.Authorized)(shared_1.ApiScope.STATISTICS_READ),
    (0, type_graphql_1.Query)(() => [quarterly_report_entity_1.QuarterlyReport], { description: 'the reports of a project, latest period first' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('projectId', () => type_graphql_1.ID)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], QuarterlyReportResolver.prototype, "quarterlyReports", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => project_entity_1.Project),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [quarterly_report_entity_1.QuarterlyReport]),
    __metadata("design:returntype", void 0)
], QuarterlyReportResolver.prototype, "project", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => statistics_types_1.QuarterlyStatistics, { description: 'the snapshot taken at submission; the live figures while a draft' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [quarterly_report_entity_1.QuarterlyReport, Object]),
    __metadata("design:returntype", void 0)
], QuarterlyReportResolver.prototype, "figures", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => Boolean, { description: 'the figures are the snapshot taken at submission' }),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [quarterly_report_entity_1.QuarterlyReport]),
    __metadata("design:returntype", Boolean)
], QuarterlyReportResolver.prototype, "figuresFrozen", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => Boolean, { description: 'records of the period changed after submission: the live figures differ from the snapshot' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [quarterly_report_entity_1.QuarterlyReport, Object]),
    __metadata("design:returntype", void 0)
], QuarterlyReportResolver.prototype, "changedSinceSubmission", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => user_entity_1.User, { nullable: true }),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [quarterly_report_entity_1.QuarterlyReport]),
    __metadata("design:returntype", void 0)
], QuarterlyReportResolver.prototype, "createdBy", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => user_entity_1.User, { nullable: true, description: '提交人' }),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [quarterly_report_entity_1.QuarterlyReport]),
    __metadata("design:returntype", void 0)
], QuarterlyReportResolver.prototype, "submittedBy", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => user_entity_1.User, { nullable: true, description: '审核人' }),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [quarterly_report_entity_1.QuarterlyReport]),
    __metadata("design:returntype", void 0)
], QuarterlyReportResolver.prototype, "reviewedBy", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => user_entity_1.User, { nullable: true, description: '接收的项目经理' }),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [quarterly_report_entity_1.QuarterlyReport]),
    __metadata("design:returntype", void 0)
], QuarterlyReportResolver.prototype, "reportedBy", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => user_entity_1.User, { nullable: true }),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [quarterly_report_entity_1.QuarterlyReport]),
    __metadata("design:returntype", void 0)
], QuarterlyReportResolver.prototype, "returnedBy", null);
__decorate([
    (0, type_graphql_1.Authorized)(shared_1.Role.CLERK),
    (0, type_graphql_1.Mutation)(() => quarterly_report_types_1.QuarterlyReportPayload, { description: '起草/修改 the analysis and improvement measures of a draft' }),
    __param(0, (0, type_graphql_1.Arg)('input', () => quarterly_report_types_1.SaveQuarterlyReportInput)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [quarterly_report_types_1.SaveQuarterlyReportInput, Object]),
    __metadata("design:returntype", void 0)
], QuarterlyReportResolver.prototype, "saveQuarterlyReport", null);
__decorate([
    (0, type_graphql_1.Authorized)(shared_1.Role.CLERK),
    (0, type_graphql_1.Mutation)(() => quarterly_report_types_1.QuarterlyReportPayload, { description: '提交: freezes the figures' }),
    __param(0, (0, type_graphql_1.Arg)('input', () => quarterly_report_types_1.QuarterlyReportActionInput)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [quarterly_report_types_1.QuarterlyReportActionInput, Object]),
    __metadata("design:returntype", void 0)
], QuarterlyReportResolver.prototype, "submitQuarterlyReport", null);
__decorate([
    (0, type_graphql_1.Authorized)(shared_1.Role.SUPERVISOR),
    (0, type_graphql_1.Mutation)(() => quarterly_report_types_1.QuarterlyReportPayload, { description: '审核' }),
    __param(0, (0, type_graphql_1.Arg)('input', () => quarterly_report_types_1.QuarterlyReportActionInput)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [quarterly_report_types_1.QuarterlyReportActionInput, Object]),
    __metadata("design:returntype", void 0)
], QuarterlyReportResolver.prototype, "reviewQuarterlyReport", null);
__decorate([
    (0, type_graphql_1.Authorized)(shared_1.Role.PROJECT_MANAGER),
    (0, type_graphql_1.Mutation)(() => quarterly_report_types_1.QuarterlyReportPayload, { description: '上报 to the project manager (who receives it)' }),
    __param(0, (0, type_graphql_1.Arg)('input', () => quarterly_report_types_1.QuarterlyReportActionInput)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [quarterly_report_types_1.QuarterlyReportActionInput, Object]),
    __metadata("design:returntype", void 0)
], QuarterlyReportResolver.prototype, "reportQuarterlyReport", null);
__decorate([
    (0, type_graphql_1.Authorized)(shared_1.Role.SUPERVISOR, shared_1.Role.PROJECT_MANAGER),
    (0, type_graphql_1.Mutation)(() => quarterly_report_types_1.QuarterlyReportPayload, { description: '退回 to draft with a reason; the snapshot is dropped' }),
    __param(0, (0, type_graphql_1.Arg)('input', () => quarterly_report_types_1.QuarterlyReportActionInput)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [quarterly_report_types_1.QuarterlyReportActionInput, Object]),
    __metadata("design:returntype", void 0)
], QuarterlyReportResolver.prototype, "returnQuarterlyReport", null);
exports.QuarterlyReportResolver = QuarterlyReportResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => quarterly_report_entity_1.QuarterlyReport)
], QuarterlyReportResolver);
//# sourceMappingURL=quarterly-report.resolver.js.map