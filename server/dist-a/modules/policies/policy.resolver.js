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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.PolicyResolver = void 0;
const shared_1 = require("@hf/shared");
const type_graphql_1 = require("type-graphql");
const user_error_1 = require("../../graphql/user-error");
const access_1 = require("../users/access");
const callback_policy_entity_1 = require("./callback-policy.entity");
const policy_service_1 = require("./policy.service");
const policy_stage_type_1 = require("./policy-stage.type");
(0, type_graphql_1.registerEnumType)(shared_1.PolicyPresetName, { name: 'PolicyPresetName', description: 'STANDARD_000 (default), RAISED_001, DAILY_REPAIR_004' });
let UpdateCallbackPolicyInput = class UpdateCallbackPolicyInput {
};
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], UpdateCallbackPolicyInput.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], UpdateCallbackPolicyInput.prototype, "version", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [policy_stage_type_1.PolicyStageInput]),
    __metadata("design:type", Array)
], UpdateCallbackPolicyInput.prototype, "stages", void 0);
UpdateCallbackPolicyInput = __decorate([
    (0, type_graphql_1.InputType)()
], UpdateCallbackPolicyInput);
let ApplyPolicyPresetInput = class ApplyPolicyPresetInput {
};
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], ApplyPolicyPresetInput.prototype, "projectId", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => shared_1.PolicyPresetName),
    __metadata("design:type", String)
], ApplyPolicyPresetInput.prototype, "preset", void 0);
ApplyPolicyPresetInput = __decorate([
    (0, type_graphql_1.InputType)()
], ApplyPolicyPresetInput);
let CallbackPolicyPayload = class CallbackPolicyPayload {
};
__decorate([
    (0, type_graphql_1.Field)(() => callback_policy_entity_1.CallbackPolicy, { nullable: true }),
    __metadata("design:type", Object)
], CallbackPolicyPayload.prototype, "policy", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [user_error_1.UserError]),
    __metadata("design:type", Array)
], CallbackPolicyPayload.prototype, "userErrors", void 0);
CallbackPolicyPayload = __decorate([
    (0, type_graphql_1.ObjectType)()
], CallbackPolicyPayload);
let ApplyPolicyPresetPayload = class ApplyPolicyPresetPayload {
};
__decorate([
    (0, type_graphql_1.Field)(() => [callback_policy_entity_1.CallbackPolicy]),
    __metadata("design:type", Array)
], ApplyPolicyPresetPayload.prototype, "policies", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [user_error_1.UserError]),
    __metadata("design:type", Array)
], ApplyPolicyPresetPayload.prototype, "userErrors", void 0);
ApplyPolicyPresetPayload = __decorate([
    (0, type_graphql_1.ObjectType)()
], ApplyPolicyPresetPayload);
let PolicyResolver = class PolicyResolver {
    callbackPolicies(ctx, projectId) {
        const viewer = (0, access_1.requireCaller)(ctx);
        return ctx.em.find(callback_policy_entity_1.CallbackPolicy, { project: { $in: (0, access_1.projectArgument)(viewer, projectId) } }, { orderBy: { project: 'asc', kind: 'asc', severity: 'asc' } });
    }
    async updateCallbackPolicy(input, ctx) {
        return (0, user_error_1.withUserErrors)(async () => ({ policy: await (0, policy_service_1.updatePolicyStages)(ctx.em, (0, access_1.requireViewer)(ctx), input) }));
    }
    async applyPolicyPreset(input, ctx) {
        const result = await (0, user_error_1.withUserErrors)(async () => ({ policies: await (0, policy_service_1.applyPresetForViewer)(ctx.em, (0, access_1.requireViewer)(ctx), input.projectId, input.preset) }));
        return { policies: result.policies ?? [], userErrors: result.userErrors };
    }
};
exports.PolicyResolver = PolicyResolver;
__decorate([
    (0, type_graphql_1.Authorized)(shared_1.ApiScope.CALLBACKS_READ),
    (0, type_graphql_1.Query)(() => [callback_policy_entity_1.CallbackPolicy], { description: 'the callback policies of a project (回访时效 and 回访率 per kind)' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('projectId', () => type_graphql_1.ID, { nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], PolicyResolver.prototype, "callbackPolicies", null);
__decorate([
    (0, type_graphql_1.Authorized)(shared_1.Role.ADMIN, shared_1.Role.SUPERVISOR),
    (0, type_graphql_1.Mutation)(() => CallbackPolicyPayload, { description: 'the supervisor sets rates (e.g. OTHER); the admin maintains policies' }),
    __param(0, (0, type_graphql_1.Arg)('input', () => UpdateCallbackPolicyInput)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [UpdateCallbackPolicyInput, Object]),
    __metadata("design:returntype", Promise)
], PolicyResolver.prototype, "updateCallbackPolicy", null);
__decorate([
    (0, type_graphql_1.Authorized)(shared_1.Role.ADMIN),
    (0, type_graphql_1.Mutation)(() => ApplyPolicyPresetPayload),
    __param(0, (0, type_graphql_1.Arg)('input', () => ApplyPolicyPresetInput)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ApplyPolicyPresetInput, Object]),
    __metadata("design:returntype", Promise)
], PolicyResolver.prototype, "applyPolicyPreset", null);
exports.PolicyResolver = PolicyResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => callback_policy_entity_1.CallbackPolicy)
], PolicyResolver);
//# sourceMappingURL=policy.resolver.js.map