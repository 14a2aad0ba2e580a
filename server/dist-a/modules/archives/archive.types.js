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
exports.ArchivePeriodPayload = exports.ArchivePeriodInput = exports.ArchiveStatus = void 0;
const graphql_scalars_1 = require("graphql-scalars");
const type_graphql_1 = require("type-graphql");
const user_error_1 = require("../../graphql/user-error");
const user_entity_1 = require("../users/user.entity");
let ArchiveStatus = class ArchiveStatus {
};
exports.ArchiveStatus = ArchiveStatus;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], ArchiveStatus.prototype, "projectId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    __metadata("design:type", String)
], ArchiveStatus.prototype, "period", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLLocalDate),
    __metadata("design:type", String)
], ArchiveStatus.prototype, "from", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLLocalDate),
    __metadata("design:type", String)
], ArchiveStatus.prototype, "to", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean),
    __metadata("design:type", Boolean)
], ArchiveStatus.prototype, "archived", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime, { nullable: true }),
    __metadata("design:type", Object)
], ArchiveStatus.prototype, "archivedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => user_entity_1.User, { nullable: true }),
    __metadata("design:type", Object)
], ArchiveStatus.prototype, "archivedBy", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLLocalDate, { description: '于下一季度10日前存档: the 10th day of the next period' }),
    __metadata("design:type", String)
], ArchiveStatus.prototype, "dueDate", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { description: 'reminder: the period has ended, the due date has passed and it is not archived' }),
    __metadata("design:type", Boolean)
], ArchiveStatus.prototype, "reminder", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: '保管2年: years the records are kept (project setting); nothing is deleted automatically' }),
    __metadata("design:type", Number)
], ArchiveStatus.prototype, "retentionYears", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLLocalDate, { description: 'kept at least until this day' }),
    __metadata("design:type", String)
], ArchiveStatus.prototype, "keepUntil", void 0);
exports.ArchiveStatus = ArchiveStatus = __decorate([
    (0, type_graphql_1.ObjectType)({ description: '存档状态 of one project and period' })
], ArchiveStatus);
let ArchivePeriodInput = class ArchivePeriodInput {
};
exports.ArchivePeriodInput = ArchivePeriodInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], ArchivePeriodInput.prototype, "projectId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: '2026Q3, or 2026-07 for monthly projects' }),
    __metadata("design:type", String)
], ArchivePeriodInput.prototype, "period", void 0);
exports.ArchivePeriodInput = ArchivePeriodInput = __decorate([
    (0, type_graphql_1.InputType)()
], ArchivePeriodInput);
let ArchivePeriodPayload = class ArchivePeriodPayload {
};
exports.ArchivePeriodPayload = ArchivePeriodPayload;
__decorate([
    (0, type_graphql_1.Field)(() => ArchiveStatus, { nullable: true }),
    __metadata("design:type", Object)
], ArchivePeriodPayload.prototype, "archive", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [user_error_1.UserError]),
    __metadata("design:type", Array)
], ArchivePeriodPayload.prototype, "userErrors", void 0);
exports.ArchivePeriodPayload = ArchivePeriodPayload = __decorate([
    (0, type_graphql_1.ObjectType)()
], ArchivePeriodPayload);
//# sourceMappingURL=archive.types.js.map