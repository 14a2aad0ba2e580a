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
exports.Me = exports.LogoutPayload = exports.LoginPayload = exports.LoginInput = void 0;
const class_validator_1 = require("class-validator");
const graphql_scalars_1 = require("graphql-scalars");
const type_graphql_1 = require("type-graphql");
const user_error_1 = require("../../graphql/user-error");
const project_entity_1 = require("../projects/project.entity");
const user_entity_1 = require("./user.entity");
let LoginInput = class LoginInput {
};
exports.LoginInput = LoginInput;
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.MaxLength)(50),
    __metadata("design:type", String)
], LoginInput.prototype, "username", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String),
    (0, class_validator_1.MaxLength)(200),
    __metadata("design:type", String)
], LoginInput.prototype, "password", void 0);
exports.LoginInput = LoginInput = __decorate([
    (0, type_graphql_1.InputType)()
], LoginInput);
let LoginPayload = class LoginPayload {
};
exports.LoginPayload = LoginPayload;
__decorate([
    (0, type_graphql_1.Field)(() => user_entity_1.User, { nullable: true }),
    __metadata("design:type", Object)
], LoginPayload.prototype, "user", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'for scripts: send as "Authorization: Bearer <token>"; browsers get an httpOnly cookie' }),
    __metadata("design:type", Object)
], LoginPayload.prototype, "token", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDateTime, { nullable: true }),
    __metadata("design:type", Object)
], LoginPayload.prototype, "expiresAt", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [user_error_1.UserError]),
    __metadata("design:type", Array)
], LoginPayload.prototype, "userErrors", void 0);
exports.LoginPayload = LoginPayload = __decorate([
    (0, type_graphql_1.ObjectType)()
], LoginPayload);
let LogoutPayload = class LogoutPayload {
};
exports.LogoutPayload = LogoutPayload;
__decorate([
    (0, type_graphql_1.Field)(() => Boolean),
    __metadata("design:type", Boolean)
], LogoutPayload.prototype, "ok", void 0);
exports.LogoutPayload = LogoutPayload = __decorate([
    (0, type_graphql_1.ObjectType)()
], LogoutPayload);
let Me = class Me {
};
exports.Me = Me;
__decorate([
    (0, type_graphql_1.Field)(() => user_entity_1.User),
    __metadata("design:type", user_entity_1.User)
], Me.prototype, "user", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [project_entity_1.Project]),
    __metadata("design:type", Array)
], Me.prototype, "projects", void 0);
exports.Me = Me = __decorate([
    (0, type_graphql_1.ObjectType)()
], Me);
//# sourceMappingURL=user.types.js.map