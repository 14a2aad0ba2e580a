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
exports.ApiToken = void 0;
const core_1 = require("@mikro-orm/core");
const shared_1 = require("@hf/shared");
const graphql_scalars_1 = require("graphql-scalars");
const type_graphql_1 = require("type-graphql");
const node_1 = require("../../graphql/node");
const user_entity_1 = require("../users/user.entity");
/**
 * An API token of another system (call centre, data warehouse …). Only the SHA-256 of the secret is stored;
 * the secret is shown once, when the admin creates it. Revoked, never deleted.
 */
let ApiToken = class ApiToken {
    constructor() {
        this.scopes = [];
        /** null: every project; otherwise only these (the token never sees rows of other projects) */
        this.projectIds = null;
        this.createdAt = new Date();
        this.expiresAt = null;
        this.revokedAt = null;
        this.lastUsedAt = null;
    }
    get nodeId() {
        return (0, node_1.encodeGlobalId)('ApiToken', this.id);
    }
};
exports.ApiToken = ApiToken;
__decorate([
    (0, core_1.PrimaryKey)({ type: 'integer' }),
    __metadata("design:type", Number)
], ApiToken.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { name: 'id' }),
    __metadata("design:type", String),
    __metadata("design:paramtypes", [])
], ApiToken.prototype, "nodeId", null);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: '名称, e.g. 呼叫中心 (call centre)' }),
    (0, core_1.Property)({ type: 'string', length: 100 }),
    __metadata("design:type", String)
], ApiToken.prototype, "name", void 0);
__decorate([
    (0, core_1.Unique)(),
    (0, core_1.Property)({ type: 'string', length: 64, hidden: true }),
    __metadata("design:type", String)
], ApiToken.prototype, "tokenHash", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { description: 'the prefix and last 4 characters, to recognise a token without its secret' }),
    (0, core_1.Property)({ type: 'string', length: 12 }),
    __metadata("design:type", String)
], ApiToken.prototype, "tokenHint", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [shared_1.ApiScope]),
    (0, core_1.Property)({ type: 'text[]' }),
    __metadata("design:type", Array)
], ApiToken.prototype, "scopes", void 0);
__decorate([
    (0, core_1.Property)({ type: 'json', nullable: true }),
    __metadata("design:type", Object)
], ApiToken.prototype, "projectIds", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => user_entity_1.User, { ref: true, nullable: true }),
    __metadata("design:type", Object)
], ApiToken.prototype, "createdBy", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime),
    (0, core_1.Property)({ type: 'Date' }),
    __metadata("design:type", Date)
], ApiToken.prototype, "createdAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime, { nullable: true }),
    (0, core_1.Property)({ type: 'Date', nullable: true }),
    __metadata("design:type", Object)
], ApiToken.prototype, "expiresAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime, { nullable: true }),
    (0, core_1.Property)({ type: 'Date', nullable: true }),
    __metadata("design:type", Object)
], ApiToken.prototype, "revokedAt", void 0);
__decorate([
    (0, core_1.ManyToOne)(() => user_entity_1.User, { ref: true, nullable: true }),
    __metadata("design:type", Object)
], ApiToken.prototype, "revokedBy", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime, { nullable: true, description: 'last request made with it (at most a minute old)' }),
    (0, core_1.Property)({ type: 'Date', nullable: true }),
    __metadata("design:type", Object)
], ApiToken.prototype, "lastUsedAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int),
    (0, core_1.Property)({ version: true, type: 'integer' }),
    __metadata("design:type", Number)
], ApiToken.prototype, "version", void 0);
exports.ApiToken = ApiToken = __decorate([
    (0, type_graphql_1.ObjectType)({ implements: node_1.Node, description: 'API 令牌 (API token of another system)' }),
    (0, core_1.Entity)({ tableName: 'api_token' })
], ApiToken);
//# sourceMappingURL=api-token.entity.js.map