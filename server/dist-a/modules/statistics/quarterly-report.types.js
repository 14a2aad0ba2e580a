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
exports.QuarterlyReportPayload = exports.QuarterlyReportActionInput = exports.SaveQuarterlyReportInput = void 0;
const class_validator_1 = require("class-validator");
const type_graphql_1 = require("type-graphql");
const user_error_1 = require("../../graphql/user-error");
const quarterly_report_entity_1 = require("./quarterly-report.entity");
const TEXT_LIMIT = 20_000;
let SaveQuarterlyReportInput = class SaveQuarterlyReportInput {
};
exports.SaveQuarterlyReportInput = SaveQuarterlyReportInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], SaveQuarterlyReportInput.prototype, "projectId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: '2026Q3, or 2026-07 for monthly projects' }),
    __metadata("design:type", String)
], SaveQuarterlyReportInput.prototype, "period", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true, description: 'the version read; required when the report exists' }),
    __metadata("design:type", Object)
], SaveQuarterlyReportInput.prototype, "version", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '统计分析' }),
    (0, class_validator_1.MaxLength)(TEXT_LIMIT),
    __metadata("design:type", Object)
], SaveQuarterlyReportInput.prototype, "analysis", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '改进措施' }),
    (0, class_validator_1.MaxLength)(TEXT_LIMIT),
    __metadata("design:type", Object)
], SaveQuarterlyReportInput.prototype, "improvementMeasures", void 0);
exports.SaveQuarterlyReportInput = SaveQuarterlyReportInput = __decorate([
    (0, type_graphql_1.InputType)({ description: '起草或修改草稿 (only a DRAFT can be edited)' })
], SaveQuarterlyReportInput);
let QuarterlyReportActionInput = class QuarterlyReportActionInput {
};
exports.QuarterlyReportActionInput = QuarterlyReportActionInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], QuarterlyReportActionInput.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], QuarterlyReportActionInput.prototype, "version", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'review opinion, or the reason for sending it back' }),
    (0, class_validator_1.MaxLength)(TEXT_LIMIT),
    __metadata("design:type", Object)
], QuarterlyReportActionInput.prototype, "opinion", void 0);
exports.QuarterlyReportActionInput = QuarterlyReportActionInput = __decorate([
    (0, type_graphql_1.InputType)()
], QuarterlyReportActionInput);
let QuarterlyReportPayload = class QuarterlyReportPayload {
};
exports.QuarterlyReportPayload = QuarterlyReportPayload;
__decorate([
    (0, type_graphql_1.Field)(() => quarterly_report_entity_1.QuarterlyReport, { nullable: true }),
    __metadata("design:type", Object)
], QuarterlyReportPayload.prototype, "report", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [user_error_1.UserError]),
    __metadata("design:type", Array)
], QuarterlyReportPayload.prototype, "userErrors", void 0);
exports.QuarterlyReportPayload = QuarterlyReportPayload = __decorate([
    (0, type_graphql_1.ObjectType)()
], QuarterlyReportPayload);
//# sourceMappingURL=quarterly-report.types.js.map