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
exports.WorkbookExport = exports.SheetRowCount = void 0;
exports.workbookDownloadPath = workbookDownloadPath;
const core_1 = require("@mikro-orm/core");
const graphql_scalars_1 = require("graphql-scalars");
const type_graphql_1 = require("type-graphql");
const node_1 = require("../../graphql/node");
const project_entity_1 = require("../projects/project.entity");
const user_entity_1 = require("../users/user.entity");
/** Rows written to one sheet of a workbook (kept in the register as they were in the file). */
let SheetRowCount = class SheetRowCount {
};
exports.SheetRowCount = SheetRowCount;
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'sheet name, e.g. 业主回访记录表' }),
    __metadata("design:type", String)
], SheetRowCount.prototype, "sheet", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], SheetRowCount.prototype, "rows", void 0);
exports.SheetRowCount = SheetRowCount = __decorate([
    (0, type_graphql_1.ObjectType)({ description: '工作表行数' })
], SheetRowCount);
/**
 * 导出登记: one numbered quarterly workbook (HFB-A01-2026Q3-01), who exported it, when, what it holds and
 * the SHA-256 of the file. 回访记录表每页应印有编码，不允许撕毁: the row and its file are never changed.
 */
let WorkbookExport = class WorkbookExport {
    get nodeId() {
        return (0, node_1.encodeGlobalId)('WorkbookExport', this.id);
    }
    get downloadUrl() {
        return workbookDownloadPath(this.number);
    }
};
exports.WorkbookExport = WorkbookExport;
__decorate([
    (0, core_1.PrimaryKey)({ type: 'integer' }),
    __metadata("design:type", Number)
], WorkbookExport.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { name: 'id' }),
    __metadata("design:type", String),
    __metadata("design:paramtypes", [])
], WorkbookExport.prototype, "nodeId", null);
__decorate([
    (0, core_1.ManyToOne)(() => project_entity_1.Project, { ref: true }),
    __metadata("design:type", Object)
], WorkbookExport.prototype, "project", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'the period exported, e.g. 2026Q3' }),
    (0, core_1.Property)({ type: 'string', length: 10 }),
    __metadata("design:type", String)
], WorkbookExport.prototype, "period", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'counts exports of this project and period, from 1' }),
    (0, core_1.Property)({ type: 'integer' }),
    __metadata("design:type", Number)
], WorkbookExport.prototype, "sequence", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: '工作簿编号, e.g. HFB-A01-2026Q3-01' }),
    (0, core_1.Unique)(),
    (0, core_1.Property)({ type: 'string', length: 40 }),
    __metadata("design:type", String)
], WorkbookExport.prototype, "number", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => user_entity_1.User, { ref: true }),
    __metadata("design:type", Object)
], WorkbookExport.prototype, "exportedBy", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime),
    (0, core_1.Property)({ type: 'Date' }),
    __metadata("design:type", Date)
], WorkbookExport.prototype, "exportedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [SheetRowCount], { description: 'data rows per sheet' }),
    (0, core_1.Property)({ type: 'json' }),
    __metadata("design:type", Array)
], WorkbookExport.prototype, "rowCounts", void 0);
__decorate([
    (0, core_1.Property)({ type: 'text' }),
    __metadata("design:type", String)
], WorkbookExport.prototype, "filePath", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'file size in bytes' }),
    (0, core_1.Property)({ type: new core_1.BigIntType('number') }),
    __metadata("design:type", Number)
], WorkbookExport.prototype, "byteSize", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'SHA-256 of the file (hex); a re-download hashes the same' }),
    (0, core_1.Property)({ type: 'character', length: 64 }),
    __metadata("design:type", String)
], WorkbookExport.prototype, "sha256", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'path of the download on this server (send the session cookie or bearer token)' }),
    __metadata("design:type", String),
    __metadata("design:paramtypes", [])
], WorkbookExport.prototype, "downloadUrl", null);
exports.WorkbookExport = WorkbookExport = __decorate([
    (0, type_graphql_1.ObjectType)({ implements: node_1.Node, description: '工作簿导出登记' }),
    (0, core_1.Entity)({ tableName: 'workbook_export' }),
    (0, core_1.Unique)({ properties: ['project', 'period', 'sequence'] })
], WorkbookExport);
function workbookDownloadPath(number) {
    return `/files/workbooks/${encodeURIComponent(number)}.xlsx`;
}
//# sourceMappingURL=workbook-export.entity.js.map