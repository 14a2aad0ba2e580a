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
exports.QuarterlyReport = void 0;
const core_1 = require("@mikro-orm/core");
const shared_1 = require("@hf/shared");
const graphql_scalars_1 = require("graphql-scalars");
const type_graphql_1 = require("type-graphql");
const node_1 = require("../../graphql/node");
const project_entity_1 = require("../projects/project.entity");
const user_entity_1 = require("../users/user.entity");
(0, type_graphql_1.registerEnumType)(shared_1.QuarterlyReportStatus, { name: 'QuarterlyReportStatus' });
/**
 * 季度统计分析报告 of one project and period: the written analysis and improvement measures, and (from
 * submission on) a snapshot of the figures, so a later edit of a callback cannot change it silently.
 * Every step keeps who and when; every change is in the history (HistorySubscriber audits QuarterlyReport).
 */
let QuarterlyReport = class QuarterlyReport {
    constructor() {
        this.status = shared_1.QuarterlyReportStatus.DRAFT;
        this.analysis = null;
        this.improvementMeasures = null;
        /** the figures as submitted (null while a draft: the live figures are shown) */
        this.figures = null;
        this.createdBy = null;
        this.submittedBy = null;
        this.submittedAt = null;
        this.reviewedBy = null;
        this.reviewedAt = null;
        this.reviewOpinion = null;
        this.reportedBy = null;
        this.reportedAt = null;
        this.returnedBy = null;
        this.returnedAt = null;
        this.returnReason = null;
        this.createdAt = new Date();
        this.updatedAt = new Date();
    }
    get nodeId() {
        return (0, node_1.encodeGlobalId)('QuarterlyReport', this.id);
    }
};
exports.QuarterlyReport = QuarterlyReport;
__decorate([
    (0, core_1.PrimaryKey)({ type: 'integer' }),
    __metadata("design:type", Number)
], QuarterlyReport.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { name: 'id' }),
    __metadata("design:type", String),
    __metadata("design:paramtypes", [])
], QuarterlyReport.prototype, "nodeId", null);
__decorate([
    (0, core_1.ManyToOne)(() => project_entity_1.Project, { ref: true }),
    __metadata("design:type", Object)
], QuarterlyReport.prototype, "project", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: '2026Q3, or 2026-07 for monthly projects' }),
    (0, core_1.Property)({ type: 'string', length: 10 }),
    __metadata("design:type", String)
], QuarterlyReport.prototype, "period", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLLocalDate),
    (0, core_1.Property)({ type: 'date' }),
    __metadata("design:type", String)
], QuarterlyReport.prototype, "fromDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLLocalDate),
    (0, core_1.Property)({ type: 'date' }),
    __metadata("design:type", String)
], QuarterlyReport.prototype, "toDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.QuarterlyReportStatus),
    (0, core_1.Enum)({ items: () => shared_1.QuarterlyReportStatus }),
    __metadata("design:type", String)
], QuarterlyReport.prototype, "status", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '统计分析' }),
    (0, core_1.Property)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], QuarterlyReport.prototype, "analysis", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '改进措施' }),
    (0, core_1.Property)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], QuarterlyReport.prototype, "improvementMeasures", void 0);
__decorate([
    (0, core_1.Property)({ type: 'json', nullable: true }),
    __metadata("design:type", Object)
], QuarterlyReport.prototype, "figures", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => user_entity_1.User, { ref: true, nullable: true }),
    __metadata("design:type", Object)
], QuarterlyReport.prototype, "createdBy", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => user_entity_1.User, { ref: true, nullable: true }),
    __metadata("design:type", Object)
], QuarterlyReport.prototype, "submittedBy", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime, { nullable: true }),
    (0, core_1.Property)({ type: 'Date', nullable: true }),
    __metadata("design:type", Object)
], QuarterlyReport.prototype, "submittedAt", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => user_entity_1.User, { ref: true, nullable: true }),
    __metadata("design:type", Object)
], QuarterlyReport.prototype, "reviewedBy", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime, { nullable: true }),
    (0, core_1.Property)({ type: 'Date', nullable: true }),
    __metadata("design:type", Object)
], QuarterlyReport.prototype, "reviewedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '审核意见' }),
    (0, core_1.Property)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], QuarterlyReport.prototype, "reviewOpinion", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => user_entity_1.User, { ref: true, nullable: true }),
    __metadata("design:type", Object)
], QuarterlyReport.prototype, "reportedBy", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime, { nullable: true }),
    (0, core_1.Property)({ type: 'Date', nullable: true }),
    __metadata("design:type", Object)
], QuarterlyReport.prototype, "reportedAt", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => user_entity_1.User, { ref: true, nullable: true }),
    __metadata("design:type", Object)
], QuarterlyReport.prototype, "returnedBy", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime, { nullable: true, description: 'last time it was sent back to draft' }),
    (0, core_1.Property)({ type: 'Date', nullable: true }),
    __metadata("design:type", Object)
], QuarterlyReport.prototype, "returnedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '退回原因' }),
    (0, core_1.Property)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], QuarterlyReport.prototype, "returnReason", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime),
    (0, core_1.Property)({ type: 'Date' }),
    __metadata("design:type", Date)
], QuarterlyReport.prototype, "createdAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime),
    (0, core_1.Property)({ type: 'Date', onUpdate: () => new Date() }),
    __metadata("design:type", Date)
], QuarterlyReport.prototype, "updatedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    (0, core_1.Property)({ version: true, type: 'integer' }),
    __metadata("design:type", Number)
], QuarterlyReport.prototype, "version", void 0);
exports.QuarterlyReport = QuarterlyReport = __decorate([
    (0, type_graphql_1.ObjectType)({ implements: node_1.Node, description: '季度统计分析报告' }),
    (0, core_1.Entity)({ tableName: 'quarterly_report' }),
    (0, core_1.Unique)({ properties: ['project', 'period'] })
], QuarterlyReport);
//# sourceMappingURL=quarterly-report.entity.js.map