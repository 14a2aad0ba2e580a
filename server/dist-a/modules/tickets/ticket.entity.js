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
exports.Ticket = void 0;
const core_1 = require("@mikro-orm/core");
const shared_1 = require("@hf/shared");
const graphql_scalars_1 = require("graphql-scalars");
const type_graphql_1 = require("type-graphql");
const node_1 = require("../../graphql/node");
const personal_data_1 = require("../../graphql/personal-data");
const owner_entity_1 = require("../owners/owner.entity");
const project_entity_1 = require("../projects/project.entity");
const user_entity_1 = require("../users/user.entity");
/** 服务事项/工单: one service event that may need a callback (the 《客户投诉登记表》 and repair work order). */
let Ticket = class Ticket {
    constructor() {
        this.severity = null;
        this.phone = null;
        this.category = null;
        this.handler = null;
        this.handlingResult = null;
        this.startedAt = null;
        this.completedAt = null;
        this.contractStart = null;
        this.contractEnd = null;
        this.status = shared_1.TicketStatus.OPEN;
        this.voidReason = null;
        this.voidedAt = null;
        this.createdAt = new Date();
        this.updatedAt = new Date();
    }
    get nodeId() {
        return (0, node_1.encodeGlobalId)('Ticket', this.id);
    }
};
exports.Ticket = Ticket;
__decorate([
    (0, core_1.PrimaryKey)({ type: 'integer' }),
    __metadata("design:type", Number)
], Ticket.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { name: 'id' }),
    __metadata("design:type", String),
    __metadata("design:paramtypes", [])
], Ticket.prototype, "nodeId", null);
__decorate([
    (0, core_1.ManyToOne)(() => project_entity_1.Project, { ref: true }),
    __metadata("design:type", Object)
], Ticket.prototype, "project", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: '工单编号, e.g. A01-20260214-001' }),
    (0, core_1.Unique)(),
    (0, core_1.Property)({ type: 'string', length: 40 }),
    __metadata("design:type", String)
], Ticket.prototype, "number", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.TicketKind),
    (0, core_1.Enum)({ items: () => shared_1.TicketKind }),
    __metadata("design:type", String)
], Ticket.prototype, "kind", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.ComplaintSeverity, { nullable: true, description: 'complaints only: 重大 / 一般' }),
    (0, core_1.Enum)({ items: () => shared_1.ComplaintSeverity, nullable: true }),
    __metadata("design:type", Object)
], Ticket.prototype, "severity", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => owner_entity_1.Owner, { ref: true }),
    __metadata("design:type", Object)
], Ticket.prototype, "owner", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: '业主/住户姓名 (masked, e.g. 张**, unless you are staff of the project or hold pii:read)' }),
    (0, personal_data_1.PersonalData)('name'),
    (0, core_1.Property)({ type: 'string', length: 50 }),
    __metadata("design:type", String)
], Ticket.prototype, "ownerName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: '楼栋-单元-房号 (masked, e.g. 3-*-****, unless you are staff of the project or hold pii:read)' }),
    (0, personal_data_1.PersonalData)('unit'),
    (0, core_1.Property)({ type: 'string', length: 30 }),
    __metadata("design:type", String)
], Ticket.prototype, "unit", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'masked, e.g. 138****5678, unless you are staff of the project or hold pii:read' }),
    (0, personal_data_1.PersonalData)('phone'),
    (0, core_1.Property)({ type: 'string', length: 30, nullable: true }),
    __metadata("design:type", Object)
], Ticket.prototype, "phone", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.Channel),
    (0, core_1.Enum)({ items: () => shared_1.Channel }),
    __metadata("design:type", String)
], Ticket.prototype, "channel", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime),
    (0, core_1.Property)({ type: 'Date' }),
    __metadata("design:type", Date)
], Ticket.prototype, "receivedAt", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => project_entity_1.Department, { ref: true, nullable: true }),
    __metadata("design:type", Object)
], Ticket.prototype, "department", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'e.g. 水管漏水; used to find repeated repairs' }),
    (0, core_1.Property)({ type: 'string', length: 50, nullable: true }),
    __metadata("design:type", Object)
], Ticket.prototype, "category", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: '内容摘要' }),
    (0, core_1.Property)({ type: 'text' }),
    __metadata("design:type", String)
], Ticket.prototype, "summary", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '处理人' }),
    (0, core_1.Property)({ type: 'string', length: 50, nullable: true }),
    __metadata("design:type", Object)
], Ticket.prototype, "handler", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '处理结果' }),
    (0, core_1.Property)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Ticket.prototype, "handlingResult", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime, { nullable: true }),
    (0, core_1.Property)({ type: 'Date', nullable: true }),
    __metadata("design:type", Object)
], Ticket.prototype, "startedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime, { nullable: true }),
    (0, core_1.Property)({ type: 'Date', nullable: true }),
    __metadata("design:type", Object)
], Ticket.prototype, "completedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLLocalDate, { nullable: true, description: 'special services: contract start' }),
    (0, core_1.Property)({ type: 'date', nullable: true }),
    __metadata("design:type", Object)
], Ticket.prototype, "contractStart", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLLocalDate, { nullable: true, description: 'special services: contract end' }),
    (0, core_1.Property)({ type: 'date', nullable: true }),
    __metadata("design:type", Object)
], Ticket.prototype, "contractEnd", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.TicketStatus),
    (0, core_1.Enum)({ items: () => shared_1.TicketStatus }),
    __metadata("design:type", String)
], Ticket.prototype, "status", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, core_1.Property)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Ticket.prototype, "voidReason", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime, { nullable: true }),
    (0, core_1.Property)({ type: 'Date', nullable: true }),
    __metadata("design:type", Object)
], Ticket.prototype, "voidedAt", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => user_entity_1.User, { ref: true, nullable: true }),
    __metadata("design:type", Object)
], Ticket.prototype, "createdBy", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime),
    (0, core_1.Property)({ type: 'Date' }),
    __metadata("design:type", Date)
], Ticket.prototype, "createdAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime),
    (0, core_1.Property)({ type: 'Date', onUpdate: () => new Date() }),
    __metadata("design:type", Date)
], Ticket.prototype, "updatedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'send back with every edit (optimistic locking)' }),
    (0, core_1.Property)({ version: true, type: 'integer' }),
    __metadata("design:type", Number)
], Ticket.prototype, "version", void 0);
exports.Ticket = Ticket = __decorate([
    (0, type_graphql_1.ObjectType)({ implements: node_1.Node, description: '工单' }),
    (0, core_1.Entity)({ tableName: 'ticket' }),
    (0, core_1.Index)({ properties: ['project', 'kind', 'completedAt'] }),
    (0, core_1.Index)({ properties: ['project', 'receivedAt'] })
], Ticket);
//# sourceMappingURL=ticket.entity.js.map