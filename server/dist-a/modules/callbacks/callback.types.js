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
exports.UpdateCallbacksPayload = exports.CallbackPayload = exports.CallbackActionInput = exports.RecordAttemptInput = exports.AddCallbackInput = exports.RecordCallbackResultInput = exports.UpdateCallbacksInput = exports.CallbackRowEdit = exports.CallbackPatch = exports.CallbackFilter = exports.CallbackOrder = exports.CallbackConnection = exports.CallbackOrderField = void 0;
const shared_1 = require("@hf/shared");
const class_validator_1 = require("class-validator");
const graphql_scalars_1 = require("graphql-scalars");
const type_graphql_1 = require("type-graphql");
const connection_1 = require("../../graphql/connection");
const enums_1 = require("../../graphql/enums");
const user_error_1 = require("../../graphql/user-error");
const callback_entity_1 = require("./callback.entity");
var CallbackOrderField;
(function (CallbackOrderField) {
    CallbackOrderField["SERIAL_CODE"] = "serialCode";
    CallbackOrderField["WINDOW_TO"] = "windowTo";
    CallbackOrderField["CREATED_AT"] = "createdAt";
    CallbackOrderField["UPDATED_AT"] = "updatedAt";
})(CallbackOrderField || (exports.CallbackOrderField = CallbackOrderField = {}));
(0, type_graphql_1.registerEnumType)(CallbackOrderField, { name: 'CallbackOrderField' });
exports.CallbackConnection = (0, connection_1.Connection)(callback_entity_1.Callback, 'Callback');
let CallbackOrder = class CallbackOrder {
};
exports.CallbackOrder = CallbackOrder;
__decorate([
    (0, type_graphql_1.Field)(() => CallbackOrderField),
    __metadata("design:type", String)
], CallbackOrder.prototype, "field", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.SortDirection, { defaultValue: enums_1.SortDirection.ASC }),
    __metadata("design:type", String)
], CallbackOrder.prototype, "direction", void 0);
exports.CallbackOrder = CallbackOrder = __decorate([
    (0, type_graphql_1.InputType)()
], CallbackOrder);
let CallbackFilter = class CallbackFilter {
};
exports.CallbackFilter = CallbackFilter;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], CallbackFilter.prototype, "projectId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [shared_1.TicketKind], { nullable: true }),
    __metadata("design:type", Object)
], CallbackFilter.prototype, "kinds", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [shared_1.CallbackStatus], { nullable: true }),
    __metadata("design:type", Object)
], CallbackFilter.prototype, "statuses", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [shared_1.CallbackPurpose], { nullable: true }),
    __metadata("design:type", Object)
], CallbackFilter.prototype, "purposes", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'anchor date in this period: 2026Q3 or 2026-07' }),
    __metadata("design:type", Object)
], CallbackFilter.prototype, "period", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true, description: 'assigned to (or co-assigned to) this user' }),
    __metadata("design:type", Object)
], CallbackFilter.prototype, "assigneeId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { nullable: true, description: 'only callbacks whose window has passed without being done' }),
    __metadata("design:type", Object)
], CallbackFilter.prototype, "overdue", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Boolean, { nullable: true, description: 'only callbacks whose window is open today or already passed' }),
    __metadata("design:type", Object)
], CallbackFilter.prototype, "due", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'serial code, ticket number, owner, unit or summary contains' }),
    (0, class_validator_1.MaxLength)(100),
    __metadata("design:type", Object)
], CallbackFilter.prototype, "text", void 0);
exports.CallbackFilter = CallbackFilter = __decorate([
    (0, type_graphql_1.InputType)()
], CallbackFilter);
/** The columns of 《业主回访记录表》 that can be edited; absent fields are left as they are, null clears. */
let CallbackPatch = class CallbackPatch {
};
exports.CallbackPatch = CallbackPatch;
__decorate([
    (0, type_graphql_1.Field)(() => [shared_1.CallbackMethod], { nullable: true }),
    (0, class_validator_1.ArrayMaxSize)(3),
    __metadata("design:type", Object)
], CallbackPatch.prototype, "methods", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime, { nullable: true }),
    __metadata("design:type", Object)
], CallbackPatch.prototype, "performedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.MaxLength)(100),
    __metadata("design:type", Object)
], CallbackPatch.prototype, "visitors", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.MaxLength)(2000),
    __metadata("design:type", Object)
], CallbackPatch.prototype, "qualityEvaluation", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.MaxLength)(2000),
    __metadata("design:type", Object)
], CallbackPatch.prototype, "serviceEvaluation", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.Satisfaction, { nullable: true }),
    __metadata("design:type", Object)
], CallbackPatch.prototype, "satisfaction", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true }),
    __metadata("design:type", Object)
], CallbackPatch.prototype, "satisfactionScore", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.MaxLength)(2000),
    __metadata("design:type", Object)
], CallbackPatch.prototype, "shortcomings", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.MaxLength)(2000),
    __metadata("design:type", Object)
], CallbackPatch.prototype, "suggestions", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.CallbackResult, { nullable: true }),
    __metadata("design:type", Object)
], CallbackPatch.prototype, "result", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.OwnerConfirmation, { nullable: true }),
    __metadata("design:type", Object)
], CallbackPatch.prototype, "ownerConfirmation", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'supervisor: writing it reviews a done callback' }),
    (0, class_validator_1.MaxLength)(2000),
    __metadata("design:type", Object)
], CallbackPatch.prototype, "reviewOpinion", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'project manager: writing it closes an escalated callback' }),
    (0, class_validator_1.MaxLength)(2000),
    __metadata("design:type", Object)
], CallbackPatch.prototype, "handlingOpinion", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.MaxLength)(2000),
    __metadata("design:type", Object)
], CallbackPatch.prototype, "followUp", void 0);
exports.CallbackPatch = CallbackPatch = __decorate([
    (0, type_graphql_1.InputType)()
], CallbackPatch);
let CallbackRowEdit = class CallbackRowEdit {
};
exports.CallbackRowEdit = CallbackRowEdit;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], CallbackRowEdit.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'the version the edit is based on' }),
    __metadata("design:type", Number)
], CallbackRowEdit.prototype, "version", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => CallbackPatch),
    (0, class_validator_1.ValidateNested)(),
    __metadata("design:type", CallbackPatch)
], CallbackRowEdit.prototype, "patch", void 0);
exports.CallbackRowEdit = CallbackRowEdit = __decorate([
    (0, type_graphql_1.InputType)()
], CallbackRowEdit);
let UpdateCallbacksInput = class UpdateCallbacksInput {
};
exports.UpdateCallbacksInput = UpdateCallbacksInput;
__decorate([
    (0, type_graphql_1.Field)(() => [CallbackRowEdit], { description: 'up to 1000 rows, e.g. a block pasted into the grid' }),
    (0, class_validator_1.ArrayMaxSize)(1000),
    (0, class_validator_1.ValidateNested)(),
    __metadata("design:type", Array)
], UpdateCallbacksInput.prototype, "rows", void 0);
exports.UpdateCallbacksInput = UpdateCallbacksInput = __decorate([
    (0, type_graphql_1.InputType)()
], UpdateCallbacksInput);
let RecordCallbackResultInput = class RecordCallbackResultInput extends CallbackPatch {
};
exports.RecordCallbackResultInput = RecordCallbackResultInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], RecordCallbackResultInput.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], RecordCallbackResultInput.prototype, "version", void 0);
exports.RecordCallbackResultInput = RecordCallbackResultInput = __decorate([
    (0, type_graphql_1.InputType)()
], RecordCallbackResultInput);
let AddCallbackInput = class AddCallbackInput {
};
exports.AddCallbackInput = AddCallbackInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], AddCallbackInput.prototype, "ticketId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLLocalDate, { nullable: true }),
    __metadata("design:type", Object)
], AddCallbackInput.prototype, "windowFrom", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLLocalDate, { nullable: true }),
    __metadata("design:type", Object)
], AddCallbackInput.prototype, "windowTo", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], AddCallbackInput.prototype, "assigneeId", void 0);
exports.AddCallbackInput = AddCallbackInput = __decorate([
    (0, type_graphql_1.InputType)()
], AddCallbackInput);
let RecordAttemptInput = class RecordAttemptInput {
};
exports.RecordAttemptInput = RecordAttemptInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], RecordAttemptInput.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], RecordAttemptInput.prototype, "version", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.AttemptOutcome),
    __metadata("design:type", String)
], RecordAttemptInput.prototype, "outcome", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime, { nullable: true, description: 'defaults to now' }),
    __metadata("design:type", Object)
], RecordAttemptInput.prototype, "attemptedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime, { nullable: true, description: '请问什么时候方便接听电话呢? — the time agreed' }),
    __metadata("design:type", Object)
], RecordAttemptInput.prototype, "nextAttemptAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.MaxLength)(500),
    __metadata("design:type", Object)
], RecordAttemptInput.prototype, "note", void 0);
exports.RecordAttemptInput = RecordAttemptInput = __decorate([
    (0, type_graphql_1.InputType)()
], RecordAttemptInput);
let CallbackActionInput = class CallbackActionInput {
};
exports.CallbackActionInput = CallbackActionInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], CallbackActionInput.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], CallbackActionInput.prototype, "version", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.MaxLength)(2000),
    __metadata("design:type", Object)
], CallbackActionInput.prototype, "opinion", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true }),
    (0, class_validator_1.MaxLength)(2000),
    __metadata("design:type", Object)
], CallbackActionInput.prototype, "followUp", void 0);
exports.CallbackActionInput = CallbackActionInput = __decorate([
    (0, type_graphql_1.InputType)()
], CallbackActionInput);
let CallbackPayload = class CallbackPayload {
};
exports.CallbackPayload = CallbackPayload;
__decorate([
    (0, type_graphql_1.Field)(() => callback_entity_1.Callback, { nullable: true }),
    __metadata("design:type", Object)
], CallbackPayload.prototype, "callback", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [user_error_1.UserError]),
    __metadata("design:type", Array)
], CallbackPayload.prototype, "userErrors", void 0);
exports.CallbackPayload = CallbackPayload = __decorate([
    (0, type_graphql_1.ObjectType)()
], CallbackPayload);
let UpdateCallbacksPayload = class UpdateCallbacksPayload {
};
exports.UpdateCallbacksPayload = UpdateCallbacksPayload;
__decorate([
    (0, type_graphql_1.Field)(() => [callback_entity_1.Callback], { description: 'every row named in the input, as stored now (saved or not)' }),
    __metadata("design:type", Array)
], UpdateCallbacksPayload.prototype, "callbacks", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], UpdateCallbacksPayload.prototype, "savedCount", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [user_error_1.UserError], { description: 'field paths are ["rows", index, column]' }),
    __metadata("design:type", Array)
], UpdateCallbacksPayload.prototype, "userErrors", void 0);
exports.UpdateCallbacksPayload = UpdateCallbacksPayload = __decorate([
    (0, type_graphql_1.ObjectType)()
], UpdateCallbacksPayload);
//# sourceMappingURL=callback.types.js.map