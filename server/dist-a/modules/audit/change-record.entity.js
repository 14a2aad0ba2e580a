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
exports.ChangeRecord = void 0;
const core_1 = require("@mikro-orm/core");
const graphql_scalars_1 = require("graphql-scalars");
const type_graphql_1 = require("type-graphql");
const personal_data_1 = require("../../graphql/personal-data");
/** One changed field of one record: who, when, old → new. Written in the same transaction; never edited. */
let ChangeRecord = class ChangeRecord {
    constructor() {
        this.projectId = null;
        this.field = null;
        this.oldValue = null;
        this.newValue = null;
        this.changedById = null;
        /** set when another system made the change with an API token */
        this.changedByTokenId = null;
        this.changedAt = new Date();
    }
};
exports.ChangeRecord = ChangeRecord;
__decorate([
    (0, core_1.PrimaryKey)({ type: 'bigint' }),
    __metadata("design:type", String)
], ChangeRecord.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, core_1.Property)({ type: 'string', length: 40 }),
    __metadata("design:type", String)
], ChangeRecord.prototype, "entityType", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer' }),
    __metadata("design:type", Number)
], ChangeRecord.prototype, "entityId", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], ChangeRecord.prototype, "projectId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'CREATE or UPDATE' }),
    (0, core_1.Property)({ type: 'string', length: 10 }),
    __metadata("design:type", String)
], ChangeRecord.prototype, "action", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, core_1.Property)({ type: 'string', length: 60, nullable: true }),
    __metadata("design:type", Object)
], ChangeRecord.prototype, "field", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLJSON, { nullable: true, description: 'personal data masked like the field itself' }),
    (0, type_graphql_1.UseMiddleware)(personal_data_1.maskHistoryValue),
    (0, core_1.Property)({ type: 'json', nullable: true }),
    __metadata("design:type", Object)
], ChangeRecord.prototype, "oldValue", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLJSON, { nullable: true, description: 'for CREATE: the row as first written' }),
    (0, type_graphql_1.UseMiddleware)(personal_data_1.maskHistoryValue),
    (0, core_1.Property)({ type: 'json', nullable: true }),
    __metadata("design:type", Object)
], ChangeRecord.prototype, "newValue", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], ChangeRecord.prototype, "changedById", void 0);
__decorate([
    (0, core_1.Property)({ type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], ChangeRecord.prototype, "changedByTokenId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime),
    (0, core_1.Property)({ type: 'Date' }),
    __metadata("design:type", Date)
], ChangeRecord.prototype, "changedAt", void 0);
exports.ChangeRecord = ChangeRecord = __decorate([
    (0, type_graphql_1.ObjectType)({ description: '变更记录' }),
    (0, core_1.Entity)({ tableName: 'change_record' }),
    (0, core_1.Index)({ properties: ['entityType', 'entityId'] })
], ChangeRecord);
//# sourceMappingURL=change-record.entity.js.map