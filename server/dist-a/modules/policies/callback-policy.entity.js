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
exports.CallbackPolicy = void 0;
const core_1 = require("@mikro-orm/core");
const shared_1 = require("@hf/shared");
const graphql_scalars_1 = require("graphql-scalars");
const type_graphql_1 = require("type-graphql");
const node_1 = require("../../graphql/node");
const project_entity_1 = require("../projects/project.entity");
const policy_stage_type_1 = require("./policy-stage.type");
/** 回访政策: per project and ticket kind (and complaint severity), a list of stages. */
let CallbackPolicy = class CallbackPolicy {
    constructor() {
        this.severity = null;
        this.stages = [];
        this.preset = null;
        this.updatedAt = new Date();
    }
    get nodeId() {
        return (0, node_1.encodeGlobalId)('CallbackPolicy', this.id);
    }
};
exports.CallbackPolicy = CallbackPolicy;
__decorate([
    (0, core_1.PrimaryKey)({ type: 'integer' }),
    __metadata("design:type", Number)
], CallbackPolicy.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { name: 'id' }),
    __metadata("design:type", String),
    __metadata("design:paramtypes", [])
], CallbackPolicy.prototype, "nodeId", null);
__decorate([
    (0, core_1.ManyToOne)(() => project_entity_1.Project, { ref: true }),
    __metadata("design:type", Object)
], CallbackPolicy.prototype, "project", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.TicketKind),
    (0, core_1.Enum)({ items: () => shared_1.TicketKind }),
    __metadata("design:type", String)
], CallbackPolicy.prototype, "kind", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.ComplaintSeverity, { nullable: true }),
    (0, core_1.Enum)({ items: () => shared_1.ComplaintSeverity, nullable: true }),
    __metadata("design:type", Object)
], CallbackPolicy.prototype, "severity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [policy_stage_type_1.PolicyStageType]),
    (0, core_1.Property)({ type: 'json' }),
    __metadata("design:type", Array)
], CallbackPolicy.prototype, "stages", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'the preset it was created from' }),
    (0, core_1.Property)({ type: 'string', length: 30, nullable: true }),
    __metadata("design:type", Object)
], CallbackPolicy.prototype, "preset", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime),
    (0, core_1.Property)({ type: 'Date', onUpdate: () => new Date() }),
    __metadata("design:type", Date)
], CallbackPolicy.prototype, "updatedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    (0, core_1.Property)({ version: true, type: 'integer' }),
    __metadata("design:type", Number)
], CallbackPolicy.prototype, "version", void 0);
exports.CallbackPolicy = CallbackPolicy = __decorate([
    (0, type_graphql_1.ObjectType)({ implements: node_1.Node, description: '回访政策' }),
    (0, core_1.Entity)({ tableName: 'callback_policy' })
], CallbackPolicy);
//# sourceMappingURL=callback-policy.entity.js.map