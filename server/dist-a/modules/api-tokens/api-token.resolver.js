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
exports.ApiTokenResolver = void 0;
const shared_1 = require("@hf/shared");
const type_graphql_1 = require("type-graphql");
const user_error_1 = require("../../graphql/user-error");
const project_entity_1 = require("../projects/project.entity");
const access_1 = require("../users/access");
const user_entity_1 = require("../users/user.entity");
const api_token_entity_1 = require("./api-token.entity");
const api_token_service_1 = require("./api-token.service");
const api_token_types_1 = require("./api-token.types");
let ApiTokenResolver = class ApiTokenResolver {
    apiTokens(ctx) {
        (0, access_1.requireViewer)(ctx);
        return ctx.em.find(api_token_entity_1.ApiToken, {}, { orderBy: { id: 'asc' } });
    }
    async createApiToken(input, ctx) {
        return (0, user_error_1.withUserErrors)(() => (0, api_token_service_1.createApiToken)(ctx.em, (0, access_1.requireViewer)(ctx), input));
    }
    async revokeApiToken(input, ctx) {
        return (0, user_error_1.withUserErrors)(async () => ({ apiToken: await (0, api_token_service_1.revokeApiToken)(ctx.em, (0, access_1.requireViewer)(ctx), input) }));
    }
    projects(apiToken, ctx) {
        return apiToken.projectIds ? ctx.em.find(project_entity_1.Project, { id: { $in: apiToken.projectIds } }, { orderBy: { code: 'asc' } }) : null;
    }
    createdBy(apiToken) {
        return apiToken.createdBy?.load() ?? null;
    }
    revokedBy(apiToken) {
        return apiToken.revokedBy?.load() ?? null;
    }
    active(apiToken) {
        return !apiToken.revokedAt && (!apiToken.expiresAt || apiToken.expiresAt > new Date());
    }
};
exports.ApiTokenResolver = ApiTokenResolver;
__decorate([
    (0, type_graphql_1.Authorized)(shared_1.Role.ADMIN),
    (0, type_graphql_1.Query)(() => [api_token_entity_1.ApiToken], { description: 'API tokens of other systems, revoked ones included (never the secret)' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], ApiTokenResolver.prototype, "apiTokens", null);
__decorate([
    (0, type_graphql_1.Authorized)(shared_1.Role.ADMIN),
    (0, type_graphql_1.Mutation)(() => api_token_types_1.CreateApiTokenPayload, { description: 'the secret is in the payload this once and is stored only as a hash' }),
    __param(0, (0, type_graphql_1.Arg)('input', () => api_token_types_1.CreateApiTokenInput)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [api_token_types_1.CreateApiTokenInput, Object]),
    __metadata("design:returntype", Promise)
], ApiTokenResolver.prototype, "createApiToken", null);
__decorate([
    (0, type_graphql_1.Authorized)(shared_1.Role.ADMIN),
    (0, type_graphql_1.Mutation)(() => api_token_types_1.ApiTokenPayload, { description: '吊销: the token stops working at once; it is kept, never deleted' }),
    __param(0, (0, type_graphql_1.Arg)('input', () => api_token_types_1.RevokeApiTokenInput)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [api_token_types_1.RevokeApiTokenInput, Object]),
    __metadata("design:returntype", Promise)
], ApiTokenResolver.prototype, "revokeApiToken", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [project_entity_1.Project], { nullable: true, description: 'the projects it is restricted to; null: every project' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [api_token_entity_1.ApiToken, Object]),
    __metadata("design:returntype", Object)
], ApiTokenResolver.prototype, "projects", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => user_entity_1.User, { nullable: true }),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [api_token_entity_1.ApiToken]),
    __metadata("design:returntype", void 0)
], ApiTokenResolver.prototype, "createdBy", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => user_entity_1.User, { nullable: true }),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [api_token_entity_1.ApiToken]),
    __metadata("design:returntype", void 0)
], ApiTokenResolver.prototype, "revokedBy", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => Boolean),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [api_token_entity_1.ApiToken]),
    __metadata("design:returntype", Boolean)
], ApiTokenResolver.prototype, "active", null);
exports.ApiTokenResolver = ApiTokenResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => api_token_entity_1.ApiToken)
], ApiTokenResolver);
//# sourceMappingURL=api-token.resolver.js.map