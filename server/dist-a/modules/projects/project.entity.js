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
exports.Department = exports.Project = void 0;
const core_1 = require("@mikro-orm/core");
const shared_1 = require("@hf/shared");
const type_graphql_1 = require("type-graphql");
const node_1 = require("../../graphql/node");
/** 物业项目: one residential estate; every ticket belongs to one. */
let Project = class Project {
    constructor() {
        this.statisticsPeriod = shared_1.StatisticsPeriod.QUARTER;
        this.minGapDays = 30;
        this.maxAttempts = 3;
        this.correctionHours = 24;
        this.retentionYears = 2;
        this.createdAt = new Date();
    }
    get nodeId() {
        return (0, node_1.encodeGlobalId)('Project', this.id);
    }
};
exports.Project = Project;
__decorate([
    (0, core_1.PrimaryKey)({ type: 'integer' }),
    __metadata("design:type", Number)
], Project.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { name: 'id' }),
    __metadata("design:type", String),
    __metadata("design:paramtypes", [])
], Project.prototype, "nodeId", null);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'short code used in every number, e.g. A01' }),
    (0, core_1.Unique)(),
    (0, core_1.Property)({ type: 'string', length: 8 }),
    __metadata("design:type", String)
], Project.prototype, "code", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, core_1.Property)({ type: 'string', length: 100 }),
    __metadata("design:type", String)
], Project.prototype, "name", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, core_1.Property)({ type: 'string', length: 100 }),
    __metadata("design:type", String)
], Project.prototype, "companyName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.StatisticsPeriod, { description: 'quarter by default; seed 001 compiles monthly' }),
    (0, core_1.Enum)({ items: () => shared_1.StatisticsPeriod }),
    __metadata("design:type", String)
], Project.prototype, "statisticsPeriod", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'minimum days between two callbacks to the same owner (complaints excepted)' }),
    (0, core_1.Property)({ type: 'integer' }),
    __metadata("design:type", Number)
], Project.prototype, "minGapDays", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'attempts before a callback is marked unreachable (无法联系)' }),
    (0, core_1.Property)({ type: 'integer' }),
    __metadata("design:type", Number)
], Project.prototype, "maxAttempts", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'hours during which the visitor may correct a recorded result' }),
    (0, core_1.Property)({ type: 'integer' }),
    __metadata("design:type", Number)
], Project.prototype, "correctionHours", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: '保管2年: years records are kept; nothing is deleted automatically' }),
    (0, core_1.Property)({ type: 'integer' }),
    __metadata("design:type", Number)
], Project.prototype, "retentionYears", void 0);
__decorate([
    (0, core_1.Property)({ type: 'Date' }),
    __metadata("design:type", Date)
], Project.prototype, "createdAt", void 0);
exports.Project = Project = __decorate([
    (0, type_graphql_1.ObjectType)({ implements: node_1.Node, description: '物业项目' }),
    (0, core_1.Entity)({ tableName: 'project' })
], Project);
let Department = class Department {
    get nodeId() {
        return (0, node_1.encodeGlobalId)('Department', this.id);
    }
};
exports.Department = Department;
__decorate([
    (0, core_1.PrimaryKey)({ type: 'integer' }),
    __metadata("design:type", Number)
], Department.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { name: 'id' }),
    __metadata("design:type", String),
    __metadata("design:paramtypes", [])
], Department.prototype, "nodeId", null);
__decorate([
    (0, core_1.ManyToOne)(() => Project, { ref: true }),
    __metadata("design:type", Object)
], Department.prototype, "project", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, core_1.Property)({ type: 'string', length: 50 }),
    __metadata("design:type", String)
], Department.prototype, "name", void 0);
exports.Department = Department = __decorate([
    (0, type_graphql_1.ObjectType)({ implements: node_1.Node, description: '部门' }),
    (0, core_1.Entity)({ tableName: 'department' }),
    (0, core_1.Unique)({ properties: ['project', 'name'] })
], Department);
//# sourceMappingURL=project.entity.js.map