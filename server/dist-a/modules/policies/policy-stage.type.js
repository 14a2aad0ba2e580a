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
exports.PolicyStageInput = exports.PolicyStageType = void 0;
const shared_1 = require("@hf/shared");
const type_graphql_1 = require("type-graphql");
let PolicyStageType = class PolicyStageType {
};
exports.PolicyStageType = PolicyStageType;
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.Anchor),
    __metadata("design:type", String)
], PolicyStageType.prototype, "anchor", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], PolicyStageType.prototype, "fromOffset", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], PolicyStageType.prototype, "toOffset", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.OffsetUnit),
    __metadata("design:type", String)
], PolicyStageType.prototype, "unit", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'target rate in percent' }),
    __metadata("design:type", Number)
], PolicyStageType.prototype, "ratePercent", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.Role),
    __metadata("design:type", String)
], PolicyStageType.prototype, "performerRole", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.CallbackPurpose),
    __metadata("design:type", String)
], PolicyStageType.prototype, "purpose", void 0);
exports.PolicyStageType = PolicyStageType = __decorate([
    (0, type_graphql_1.ObjectType)('PolicyStage', { description: 'when (anchor + window), how many (rate) and by whom' })
], PolicyStageType);
let PolicyStageInput = class PolicyStageInput {
};
exports.PolicyStageInput = PolicyStageInput;
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.Anchor),
    __metadata("design:type", String)
], PolicyStageInput.prototype, "anchor", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], PolicyStageInput.prototype, "fromOffset", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], PolicyStageInput.prototype, "toOffset", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.OffsetUnit),
    __metadata("design:type", String)
], PolicyStageInput.prototype, "unit", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], PolicyStageInput.prototype, "ratePercent", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.Role),
    __metadata("design:type", String)
], PolicyStageInput.prototype, "performerRole", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.CallbackPurpose, { defaultValue: shared_1.CallbackPurpose.REGULAR }),
    __metadata("design:type", String)
], PolicyStageInput.prototype, "purpose", void 0);
exports.PolicyStageInput = PolicyStageInput = __decorate([
    (0, type_graphql_1.InputType)('PolicyStageInput')
], PolicyStageInput);
//# sourceMappingURL=policy-stage.type.js.map