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
exports.CallbackAttempt = exports.Callback = void 0;
const core_1 = require("@mikro-orm/core");
const shared_1 = require("@hf/shared");
const graphql_scalars_1 = require("graphql-scalars");
const type_graphql_1 = require("type-graphql");
const node_1 = require("../../graphql/node");
const project_entity_1 = require("../projects/project.entity");
const ticket_entity_1 = require("../tickets/ticket.entity");
const user_entity_1 = require("../users/user.entity");
/** 回访: one row of 《业主回访记录表》. Never deleted; voided with a reason and keeps its serial code. */
let Callback = class Callback {
    constructor() {
        this.stageIndex = null;
        this.purpose = shared_1.CallbackPurpose.REGULAR;
        this.anchor = shared_1.Anchor.COMPLETED;
        this.methods = [];
        this.performedAt = null;
        this.visitors = null;
        this.qualityEvaluation = null;
        this.serviceEvaluation = null;
        this.satisfaction = null;
        this.satisfactionScore = null;
        this.shortcomings = null;
        this.suggestions = null;
        this.result = null;
        this.ownerConfirmation = null;
        this.recordedAt = null;
        this.handlerAtRecording = null;
        this.departmentAtRecording = null;
        this.reviewedAt = null;
        this.reviewOpinion = null;
        this.escalatedAt = null;
        this.handlingOpinion = null;
        this.handlingAt = null;
        this.followUp = null;
        this.closedAt = null;
        this.status = shared_1.CallbackStatus.PLANNED;
        this.voidReason = null;
        this.voidedAt = null;
        this.attemptCount = 0;
        this.nextAttemptAt = null;
        this.createdAt = new Date();
        this.updatedAt = new Date();
    }
    get nodeId() {
        return (0, node_1.encodeGlobalId)('Callback', this.id);
    }
};
exports.Callback = Callback;
__decorate([
    (0, core_1.PrimaryKey)({ type: 'integer' }),
    __metadata("design:type", Number)
], Callback.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { name: 'id' }),
    __metadata("design:type", String),
    __metadata("design:paramtypes", [])
], Callback.prototype, "nodeId", null);
__decorate([
    (0, core_1.ManyToOne)(() => project_entity_1.Project, { ref: true }),
    __metadata("design:type", Object)
], Callback.prototype, "project", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: '编码, e.g. HF-A01-2026-000001' }),
    (0, core_1.Unique)(),
    (0, core_1.Property)({ type: 'string', length: 30 }),
    __metadata("design:type", String)
], Callback.prototype, "serialCode", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer' }),
    __metadata("design:type", Number)
], Callback.prototype, "serialYear", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer' }),
    __metadata("design:type", Number)
], Callback.prototype, "serialNumber", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => ticket_entity_1.Ticket, { ref: true }),
    __metadata("design:type", Object)
], Callback.prototype, "ticket", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true, description: 'index of the policy stage that scheduled it' }),
    (0, core_1.Property)({ type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], Callback.prototype, "stageIndex", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.CallbackPurpose),
    (0, core_1.Enum)({ items: () => shared_1.CallbackPurpose }),
    __metadata("design:type", String)
], Callback.prototype, "purpose", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.Anchor, { description: 'the event the window is counted from' }),
    (0, core_1.Enum)({ items: () => shared_1.Anchor }),
    __metadata("design:type", String)
], Callback.prototype, "anchor", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLLocalDate, { description: 'the anchor event date (usually completion); decides the period' }),
    (0, core_1.Property)({ type: 'date' }),
    __metadata("design:type", String)
], Callback.prototype, "anchorDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLLocalDate, { description: 'planned window: first day' }),
    (0, core_1.Property)({ type: 'date' }),
    __metadata("design:type", String)
], Callback.prototype, "windowFrom", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLLocalDate, { description: 'planned window: last day (inclusive)' }),
    (0, core_1.Property)({ type: 'date' }),
    __metadata("design:type", String)
], Callback.prototype, "windowTo", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => user_entity_1.User, { ref: true, nullable: true }),
    __metadata("design:type", Object)
], Callback.prototype, "assignee", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => user_entity_1.User, { ref: true, nullable: true }),
    __metadata("design:type", Object)
], Callback.prototype, "coAssignee", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [shared_1.CallbackMethod], { description: '电话 / 面谈 / 现场查看, usually combined' }),
    (0, core_1.Property)({ type: 'text[]' }),
    __metadata("design:type", Array)
], Callback.prototype, "methods", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime, { nullable: true }),
    (0, core_1.Property)({ type: 'Date', nullable: true }),
    __metadata("design:type", Object)
], Callback.prototype, "performedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '回访人' }),
    (0, core_1.Property)({ type: 'string', length: 100, nullable: true }),
    __metadata("design:type", Object)
], Callback.prototype, "visitors", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '质量评价' }),
    (0, core_1.Property)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Callback.prototype, "qualityEvaluation", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '服务效果评价' }),
    (0, core_1.Property)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Callback.prototype, "serviceEvaluation", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.Satisfaction, { nullable: true, description: '满意程度' }),
    (0, core_1.Enum)({ items: () => shared_1.Satisfaction, nullable: true }),
    __metadata("design:type", Object)
], Callback.prototype, "satisfaction", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true, description: 'optional score 1–10' }),
    (0, core_1.Property)({ type: 'smallint', nullable: true }),
    __metadata("design:type", Object)
], Callback.prototype, "satisfactionScore", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '缺点与不足' }),
    (0, core_1.Property)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Callback.prototype, "shortcomings", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '住户建议' }),
    (0, core_1.Property)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Callback.prototype, "suggestions", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.CallbackResult, { nullable: true, description: '合格 / 不合格' }),
    (0, core_1.Enum)({ items: () => shared_1.CallbackResult, nullable: true }),
    __metadata("design:type", Object)
], Callback.prototype, "result", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.OwnerConfirmation, { nullable: true, description: '签名确认' }),
    (0, core_1.Enum)({ items: () => shared_1.OwnerConfirmation, nullable: true }),
    __metadata("design:type", Object)
], Callback.prototype, "ownerConfirmation", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime, { nullable: true }),
    (0, core_1.Property)({ type: 'Date', nullable: true }),
    __metadata("design:type", Object)
], Callback.prototype, "recordedAt", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => user_entity_1.User, { ref: true, nullable: true }),
    __metadata("design:type", Object)
], Callback.prototype, "recordedBy", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: "the ticket's handler as it was when the callback was done" }),
    (0, core_1.Property)({ type: 'string', length: 50, nullable: true }),
    __metadata("design:type", Object)
], Callback.prototype, "handlerAtRecording", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: "the ticket's department as it was when the callback was done" }),
    (0, core_1.Property)({ type: 'string', length: 50, nullable: true }),
    __metadata("design:type", Object)
], Callback.prototype, "departmentAtRecording", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => user_entity_1.User, { ref: true, nullable: true }),
    __metadata("design:type", Object)
], Callback.prototype, "reviewedBy", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime, { nullable: true }),
    (0, core_1.Property)({ type: 'Date', nullable: true }),
    __metadata("design:type", Object)
], Callback.prototype, "reviewedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '审核意见' }),
    (0, core_1.Property)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Callback.prototype, "reviewOpinion", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime, { nullable: true }),
    (0, core_1.Property)({ type: 'Date', nullable: true }),
    __metadata("design:type", Object)
], Callback.prototype, "escalatedAt", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => user_entity_1.User, { ref: true, nullable: true }),
    __metadata("design:type", Object)
], Callback.prototype, "escalatedTo", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '处理意见 (project manager)' }),
    (0, core_1.Property)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Callback.prototype, "handlingOpinion", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => user_entity_1.User, { ref: true, nullable: true }),
    __metadata("design:type", Object)
], Callback.prototype, "handlingBy", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime, { nullable: true }),
    (0, core_1.Property)({ type: 'Date', nullable: true }),
    __metadata("design:type", Object)
], Callback.prototype, "handlingAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '跟进情况' }),
    (0, core_1.Property)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Callback.prototype, "followUp", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime, { nullable: true }),
    (0, core_1.Property)({ type: 'Date', nullable: true }),
    __metadata("design:type", Object)
], Callback.prototype, "closedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.CallbackStatus),
    (0, core_1.Enum)({ items: () => shared_1.CallbackStatus }),
    __metadata("design:type", String)
], Callback.prototype, "status", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, core_1.Property)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], Callback.prototype, "voidReason", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime, { nullable: true }),
    (0, core_1.Property)({ type: 'Date', nullable: true }),
    __metadata("design:type", Object)
], Callback.prototype, "voidedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    (0, core_1.Property)({ type: 'integer' }),
    __metadata("design:type", Number)
], Callback.prototype, "attemptCount", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime, { nullable: true, description: 'when the owner asked to be called again' }),
    (0, core_1.Property)({ type: 'Date', nullable: true }),
    __metadata("design:type", Object)
], Callback.prototype, "nextAttemptAt", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => user_entity_1.User, { ref: true, nullable: true }),
    __metadata("design:type", Object)
], Callback.prototype, "createdBy", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime),
    (0, core_1.Property)({ type: 'Date' }),
    __metadata("design:type", Date)
], Callback.prototype, "createdAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime),
    (0, core_1.Property)({ type: 'Date', onUpdate: () => new Date() }),
    __metadata("design:type", Date)
], Callback.prototype, "updatedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'send back with every edit (optimistic locking)' }),
    (0, core_1.Property)({ version: true, type: 'integer' }),
    __metadata("design:type", Number)
], Callback.prototype, "version", void 0);
exports.Callback = Callback = __decorate([
    (0, type_graphql_1.ObjectType)({ implements: node_1.Node, description: '回访记录' }),
    (0, core_1.Entity)({ tableName: 'callback' }),
    (0, core_1.Unique)({ properties: ['project', 'serialYear', 'serialNumber'] }),
    (0, core_1.Index)({ properties: ['project', 'anchorDate'] }),
    (0, core_1.Index)({ properties: ['project', 'status', 'windowTo'] }),
    (0, core_1.Index)({ properties: ['assignee', 'status'] }),
    (0, core_1.Index)({ properties: ['ticket'] })
], Callback);
/** An attempt that reached nobody, or an owner who asked to be called later; the callback stays open. */
let CallbackAttempt = class CallbackAttempt {
    constructor() {
        this.note = null;
        this.nextAttemptAt = null;
    }
};
exports.CallbackAttempt = CallbackAttempt;
__decorate([
    (0, core_1.PrimaryKey)({ type: 'integer' }),
    __metadata("design:type", Number)
], CallbackAttempt.prototype, "id", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => Callback, { ref: true, index: true }),
    __metadata("design:type", Object)
], CallbackAttempt.prototype, "callback", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime),
    (0, core_1.Property)({ type: 'Date' }),
    __metadata("design:type", Date)
], CallbackAttempt.prototype, "attemptedAt", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => user_entity_1.User, { ref: true, nullable: true }),
    __metadata("design:type", Object)
], CallbackAttempt.prototype, "attemptedBy", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.AttemptOutcome),
    (0, core_1.Enum)({ items: () => shared_1.AttemptOutcome }),
    __metadata("design:type", String)
], CallbackAttempt.prototype, "outcome", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, core_1.Property)({ type: 'text', nullable: true }),
    __metadata("design:type", Object)
], CallbackAttempt.prototype, "note", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime, { nullable: true }),
    (0, core_1.Property)({ type: 'Date', nullable: true }),
    __metadata("design:type", Object)
], CallbackAttempt.prototype, "nextAttemptAt", void 0);
exports.CallbackAttempt = CallbackAttempt = __decorate([
    (0, type_graphql_1.ObjectType)({ description: '回访尝试' }),
    (0, core_1.Entity)({ tableName: 'callback_attempt' })
], CallbackAttempt);
//# sourceMappingURL=callback.entity.js.map