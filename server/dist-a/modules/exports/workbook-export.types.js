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
Object.defineProperty(exports, "__esModule", { value: true });
exports.WorkbookExportConnection = exports.ExportQuarterlyWorkbookPayload = exports.ExportQuarterlyWorkbookInput = void 0;
const type_graphql_1 = require("type-graphql");
const class_validator_1 = require("class-validator");
const connection_1 = require("../../graphql/connection");
const user_error_1 = require("../../graphql/user-error");
const workbook_export_entity_1 = require("./workbook-export.entity");
let ExportQuarterlyWorkbookInput = class ExportQuarterlyWorkbookInput {
};
exports.ExportQuarterlyWorkbookInput = ExportQuarterlyWorkbookInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], ExportQuarterlyWorkbookInput.prototype, "projectId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'the quarter, e.g. 2026Q3 (or a month, 2026-07, where the project compiles monthly)' }),
    (0, class_validator_1.Length)(6, 10),
    (0, class_validator_1.Matches)(/\S/),
    __metadata("design:type", String)
], ExportQuarterlyWorkbookInput.prototype, "period", void 0);
exports.ExportQuarterlyWorkbookInput = ExportQuarterlyWorkbookInput = __decorate([
    (0, type_graphql_1.InputType)()
], ExportQuarterlyWorkbookInput);
let ExportQuarterlyWorkbookPayload = class ExportQuarterlyWorkbookPayload {
};
exports.ExportQuarterlyWorkbookPayload = ExportQuarterlyWorkbookPayload;
__decorate([
    (0, type_graphql_1.Field)(() => workbook_export_entity_1.WorkbookExport, { nullable: true }),
    __metadata("design:type", Object)
], ExportQuarterlyWorkbookPayload.prototype, "workbook", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'path of the download on this server, e.g. /files/workbooks/HFB-A01-2026Q3-01.xlsx' }),
    __metadata("design:type", Object)
], ExportQuarterlyWorkbookPayload.prototype, "downloadUrl", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [user_error_1.UserError]),
    __metadata("design:type", Array)
], ExportQuarterlyWorkbookPayload.prototype, "userErrors", void 0);
exports.ExportQuarterlyWorkbookPayload = ExportQuarterlyWorkbookPayload = __decorate([
    (0, type_graphql_1.ObjectType)()
], ExportQuarterlyWorkbookPayload);
exports.WorkbookExportConnection = (0, connection_1.Connection)(workbook_export_entity_1.WorkbookExport, 'WorkbookExport');
//# sourceMappingURL=workbook-export.types.js.map