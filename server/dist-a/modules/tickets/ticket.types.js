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
exports.TicketActionInput = exports.TicketPayload = exports.VoidInput = exports.CompleteTicketInput = exports.UpdateTicketInput = exports.CreateTicketInput = exports.TicketFilter = exports.TicketOrder = exports.TicketConnection = exports.TicketOrderField = void 0;
const shared_1 = require("@hf/shared");
const class_validator_1 = require("class-validator");
const graphql_scalars_1 = require("graphql-scalars");
const type_graphql_1 = require("type-graphql");
const connection_1 = require("../../graphql/connection");
const enums_1 = require("../../graphql/enums");
const user_error_1 = require("../../graphql/user-error");
const ticket_entity_1 = require("./ticket.entity");
const type_graphql_2 = require("type-graphql");
var TicketOrderField;
(function (TicketOrderField) {
    TicketOrderField["NUMBER"] = "number";
    TicketOrderField["RECEIVED_AT"] = "receivedAt";
    TicketOrderField["CREATED_AT"] = "createdAt";
    TicketOrderField["UPDATED_AT"] = "updatedAt";
})(TicketOrderField || (exports.TicketOrderField = TicketOrderField = {}));
(0, type_graphql_2.registerEnumType)(TicketOrderField, { name: 'TicketOrderField' });
exports.TicketConnection = (0, connection_1.Connection)(ticket_entity_1.Ticket, 'Ticket');
let TicketOrder = class TicketOrder {
};
exports.TicketOrder = TicketOrder;
__decorate([
    (0, type_graphql_1.Field)(() => TicketOrderField),
    __metadata("design:type", String)
], TicketOrder.prototype, "field", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.SortDirection, { defaultValue: enums_1.SortDirection.ASC }),
    __metadata("design:type", String)
], TicketOrder.prototype, "direction", void 0);
exports.TicketOrder = TicketOrder = __decorate([
    (0, type_graphql_1.InputType)()
], TicketOrder);
let TicketFilter = class TicketFilter {
};
exports.TicketFilter = TicketFilter;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], TicketFilter.prototype, "projectId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [shared_1.TicketKind], { nullable: true }),
    __metadata("design:type", Object)
], TicketFilter.prototype, "kinds", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [shared_1.TicketStatus], { nullable: true }),
    __metadata("design:type", Object)
], TicketFilter.prototype, "statuses", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'received in this period: 2026Q3 or 2026-07' }),
    __metadata("design:type", Object)
], TicketFilter.prototype, "period", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'number, owner, unit, category or summary contains' }),
    (0, class_validator_1.MaxLength)(100),
    __metadata("design:type", Object)
], TicketFilter.prototype, "text", void 0);
exports.TicketFilter = TicketFilter = __decorate([
    (0, type_graphql_1.InputType)()
], TicketFilter);
let TicketFields = class TicketFields {
};
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.ComplaintSeverity, { nullable: true }),
    __metadata("design:type", Object)
], TicketFields.prototype, "severity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.MaxLength)(50),
    __metadata("design:type", String)
], TicketFields.prototype, "ownerName", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: '楼栋-单元-房号' }),
    (0, class_validator_1.MaxLength)(30),
    __metadata("design:type", String)
], TicketFields.prototype, "unit", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.MaxLength)(30),
    __metadata("design:type", Object)
], TicketFields.prototype, "phone", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.Channel, { nullable: true }),
    __metadata("design:type", String)
], TicketFields.prototype, "channel", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'department name (被投诉部门 for complaints)' }),
    (0, class_validator_1.MaxLength)(50),
    __metadata("design:type", Object)
], TicketFields.prototype, "department", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.MaxLength)(50),
    __metadata("design:type", Object)
], TicketFields.prototype, "category", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.MaxLength)(2000),
    __metadata("design:type", String)
], TicketFields.prototype, "summary", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.MaxLength)(50),
    __metadata("design:type", Object)
], TicketFields.prototype, "handler", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.MaxLength)(2000),
    __metadata("design:type", Object)
], TicketFields.prototype, "handlingResult", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLLocalDate, { nullable: true }),
    __metadata("design:type", Object)
], TicketFields.prototype, "contractStart", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLLocalDate, { nullable: true }),
    __metadata("design:type", Object)
], TicketFields.prototype, "contractEnd", void 0);
TicketFields = __decorate([
    (0, type_graphql_1.InputType)()
], TicketFields);
let CreateTicketInput = class CreateTicketInput extends TicketFields {
};
exports.CreateTicketInput = CreateTicketInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], CreateTicketInput.prototype, "projectId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.TicketKind),
    __metadata("design:type", String)
], CreateTicketInput.prototype, "kind", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime, { nullable: true, description: 'defaults to now' }),
    __metadata("design:type", Object)
], CreateTicketInput.prototype, "receivedAt", void 0);
exports.CreateTicketInput = CreateTicketInput = __decorate([
    (0, type_graphql_1.InputType)()
], CreateTicketInput);
let UpdateTicketInput = class UpdateTicketInput extends TicketFields {
};
exports.UpdateTicketInput = UpdateTicketInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], UpdateTicketInput.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], UpdateTicketInput.prototype, "version", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime, { nullable: true }),
    __metadata("design:type", Object)
], UpdateTicketInput.prototype, "receivedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { nullable: true, description: 'mark the work as started (IN_PROGRESS)' }),
    __metadata("design:type", Object)
], UpdateTicketInput.prototype, "start", void 0);
exports.UpdateTicketInput = UpdateTicketInput = __decorate([
    (0, type_graphql_1.InputType)()
], UpdateTicketInput);
let CompleteTicketInput = class CompleteTicketInput {
};
exports.CompleteTicketInput = CompleteTicketInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], CompleteTicketInput.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], CompleteTicketInput.prototype, "version", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime, { nullable: true, description: 'defaults to now' }),
    __metadata("design:type", Object)
], CompleteTicketInput.prototype, "completedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.MaxLength)(50),
    __metadata("design:type", Object)
], CompleteTicketInput.prototype, "handler", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.MaxLength)(2000),
    __metadata("design:type", Object)
], CompleteTicketInput.prototype, "handlingResult", void 0);
exports.CompleteTicketInput = CompleteTicketInput = __decorate([
    (0, type_graphql_1.InputType)()
], CompleteTicketInput);
let VoidInput = class VoidInput {
};
exports.VoidInput = VoidInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], VoidInput.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], VoidInput.prototype, "version", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: '作废原因' }),
    (0, class_validator_1.MaxLength)(500),
    __metadata("design:type", String)
], VoidInput.prototype, "reason", void 0);
exports.VoidInput = VoidInput = __decorate([
    (0, type_graphql_1.InputType)()
], VoidInput);
let TicketPayload = class TicketPayload {
};
exports.TicketPayload = TicketPayload;
__decorate([
    (0, type_graphql_1.Field)(() => ticket_entity_1.Ticket, { nullable: true }),
    __metadata("design:type", Object)
], TicketPayload.prototype, "ticket", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [user_error_1.UserError]),
    __metadata("design:type", Array)
], TicketPayload.prototype, "userErrors", void 0);
exports.TicketPayload = TicketPayload = __decorate([
    (0, type_graphql_1.ObjectType)()
], TicketPayload);
let TicketActionInput = class TicketActionInput {
};
exports.TicketActionInput = TicketActionInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], TicketActionInput.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], TicketActionInput.prototype, "version", void 0);
exports.TicketActionInput = TicketActionInput = __decorate([
    (0, type_graphql_1.InputType)()
], TicketActionInput);
//# sourceMappingURL=ticket.types.js.map