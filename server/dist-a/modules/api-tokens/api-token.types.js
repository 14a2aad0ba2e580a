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
exports.ApiTokenPayload = exports.CreateApiTokenPayload = exports.RevokeApiTokenInput = exports.CreateApiTokenInput = void 0;
const shared_1 = require("@hf/shared");
const class_validator_1 = require("class-validator");
const graphql_scalars_1 = require("graphql-scalars");
const type_graphql_1 = require("type-graphql");
const user_error_1 = require("../../graphql/user-error");
const api_token_entity_1 = require("./api-token.entity");
(0, type_graphql_1.registerEnumType)(shared_1.ApiScope, {
    name: 'ApiScope',
    description: 'what an API token may do',
    valuesConfig: {
        TICKETS_READ: { description: 'tickets:read — read tickets' },
        CALLBACKS_READ: { description: 'callbacks:read — read callbacks' },
        STATISTICS_READ: { description: 'statistics:read — read statistics' },
        TICKETS_WRITE: { description: 'tickets:write — register tickets (call centre)' },
        PII_READ: { description: "pii:read — residents' name, phone and unit unmasked" },
    },
});
let CreateApiTokenInput = class CreateApiTokenInput {
};
exports.CreateApiTokenInput = CreateApiTokenInput;
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: '名称, e.g. 呼叫中心' }),
    (0, class_validator_1.MaxLength)(100),
    __metadata("design:type", String)
], CreateApiTokenInput.prototype, "name", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [shared_1.ApiScope]),
    (0, class_validator_1.ArrayMaxSize)(10),
    __metadata("design:type", Array)
], CreateApiTokenInput.prototype, "scopes", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [type_graphql_1.ID], { nullable: true, description: 'only these projects; omit for every project' }),
    (0, class_validator_1.ArrayMaxSize)(200),
    __metadata("design:type", Object)
], CreateApiTokenInput.prototype, "projectIds", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime, { nullable: true }),
    __metadata("design:type", Object)
], CreateApiTokenInput.prototype, "expiresAt", void 0);
exports.CreateApiTokenInput = CreateApiTokenInput = __decorate([
    (0, type_graphql_1.InputType)()
], CreateApiTokenInput);
let RevokeApiTokenInput = class RevokeApiTokenInput {
};
exports.RevokeApiTokenInput = RevokeApiTokenInput;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID),
    __metadata("design:type", String)
], RevokeApiTokenInput.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    __metadata("design:type", Number)
], RevokeApiTokenInput.prototype, "version", void 0);
exports.RevokeApiTokenInput = RevokeApiTokenInput = __decorate([
    (0, type_graphql_1.InputType)()
], RevokeApiTokenInput);
let CreateApiTokenPayload = class CreateApiTokenPayload {
};
exports.CreateApiTokenPayload = CreateApiTokenPayload;
__decorate([
    (0, type_graphql_1.Field)(() => api_token_entity_1.ApiToken, { nullable: true }),
    __metadata("design:type", Object)
], CreateApiTokenPayload.prototype, "apiToken", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'the secret, shown this once: send as "Authorization: Bearer <secret>"' }),
    __metadata("design:type", Object)
], CreateApiTokenPayload.prototype, "secret", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [user_error_1.UserError]),
    __metadata("design:type", Array)
], CreateApiTokenPayload.prototype, "userErrors", void 0);
exports.CreateApiTokenPayload = CreateApiTokenPayload = __decorate([
    (0, type_graphql_1.ObjectType)()
], CreateApiTokenPayload);
let ApiTokenPayload = class ApiTokenPayload {
};
exports.ApiTokenPayload = ApiTokenPayload;
__decorate([
    (0, type_graphql_1.Field)(() => api_token_entity_1.ApiToken, { nullable: true }),
    __metadata("design:type", Object)
], ApiTokenPayload.prototype, "apiToken", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [user_error_1.UserError]),
    __metadata("design:type", Array)
], ApiTokenPayload.prototype, "userErrors", void 0);
exports.ApiTokenPayload = ApiTokenPayload = __decorate([
    (0, type_graphql_1.ObjectType)()
], ApiTokenPayload);
//# sourceMappingURL=api-token.types.js.map