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
exports.WorkbookExportResolver = exports.WORKBOOK_ROLES = void 0;
const shared_1 = require("@hf/shared");
const type_graphql_1 = require("type-graphql");
const connection_1 = require("../../graphql/connection");
const enums_1 = require("../../graphql/enums");
const paginate_1 = require("../../graphql/paginate");
const query_errors_1 = require("../../graphql/query-errors");
const user_error_1 = require("../../graphql/user-error");
const settings_1 = require("../../graphql/settings");
const project_entity_1 = require("../projects/project.entity");
const access_1 = require("../users/access");
const user_entity_1 = require("../users/user.entity");
const workbook_export_entity_1 = require("./workbook-export.entity");
const workbook_export_service_1 = require("./workbook-export.service");
const workbook_export_types_1 = require("./workbook-export.types");
/** Who may export and download a quarter: the service supervisor, the project manager and the quality auditor. */
exports.WORKBOOK_ROLES = [shared_1.Role.SUPERVISOR, shared_1.Role.PROJECT_MANAGER, shared_1.Role.AUDITOR];
let WorkbookExportResolver = class WorkbookExportResolver {
    async exportQuarterlyWorkbook(input, ctx) {
        const result = await (0, user_error_1.withUserErrors)(async () => ({
            workbook: await (0, workbook_export_service_1.exportQuarterlyWorkbook)(ctx.em, (0, access_1.requireViewer)(ctx), input, (0, settings_1.loadConfigOnce)().dataDir),
        }));
        return { ...result, downloadUrl: result.workbook?.downloadUrl ?? null };
    }
    async exportRegister(ctx, projectId, period, first, after) {
        const viewer = (0, access_1.requireViewer)(ctx);
        return (0, query_errors_1.withQueryErrors)(() => (0, paginate_1.paginate)(ctx.em, workbook_export_entity_1.WorkbookExport, (0, workbook_export_service_1.registerWhere)(viewer, (0, access_1.projectArgument)(viewer, projectId), period), {
            first: (0, connection_1.pageSize)(first),
            after,
            orderBy: 'id',
            direction: enums_1.SortDirection.DESC,
        }));
    }
    project(entry) {
        return entry.project.loadOrFail();
    }
    exportedBy(entry) {
        return entry.exportedBy.loadOrFail();
    }
};
exports.WorkbookExportResolver = WorkbookExportResolver;
__decorate([
    (0, type_graphql_1.Authorized)(...exports.WORKBOOK_ROLES),
    (0, type_graphql_1.Mutation)(() => workbook_export_types_1.ExportQuarterlyWorkbookPayload, { description: '导出季度工作簿: numbers, registers and stores the quarter as an .xlsx' }),
    __param(0, (0, type_graphql_1.Arg)('input', () => workbook_export_types_1.ExportQuarterlyWorkbookInput)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [workbook_export_types_1.ExportQuarterlyWorkbookInput, Object]),
    __metadata("design:returntype", Promise)
], WorkbookExportResolver.prototype, "exportQuarterlyWorkbook", null);
__decorate([
    (0, type_graphql_1.Authorized)(...exports.WORKBOOK_ROLES),
    (0, type_graphql_1.Query)(() => workbook_export_types_1.WorkbookExportConnection, { description: '导出登记: every exported workbook, newest first' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('projectId', () => type_graphql_1.ID, { nullable: true })),
    __param(2, (0, type_graphql_1.Arg)('period', () => String, { nullable: true, description: 'e.g. 2026Q3' })),
    __param(3, (0, type_graphql_1.Arg)('first', () => type_graphql_1.Int, { nullable: true, description: '1–500, default 50' })),
    __param(4, (0, type_graphql_1.Arg)('after', () => String, { nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, String, Number, String]),
    __metadata("design:returntype", Promise)
], WorkbookExportResolver.prototype, "exportRegister", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => project_entity_1.Project),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [workbook_export_entity_1.WorkbookExport]),
    __metadata("design:returntype", Promise)
], WorkbookExportResolver.prototype, "project", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => user_entity_1.User, { description: '导出人' }),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [workbook_export_entity_1.WorkbookExport]),
    __metadata("design:returntype", Promise)
], WorkbookExportResolver.prototype, "exportedBy", null);
exports.WorkbookExportResolver = WorkbookExportResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => workbook_export_entity_1.WorkbookExport)
], WorkbookExportResolver);
//# sourceMappingURL=workbook-export.resolver.js.map