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
exports.UserResolver = void 0;
const shared_1 = require("@hf/shared");
const type_graphql_1 = require("type-graphql");
const settings_1 = require("../../graphql/settings");
const project_entity_1 = require("../projects/project.entity");
const access_1 = require("./access");
const session_cookie_1 = require("./session-cookie");
const session_service_1 = require("./session.service");
const user_entity_1 = require("./user.entity");
const user_types_1 = require("./user.types");
let UserResolver = class UserResolver {
    async me(ctx) {
        const viewer = (0, access_1.requireViewer)(ctx);
        const projects = await ctx.em.find(project_entity_1.Project, { id: { $in: viewer.projectIds } }, { orderBy: { code: 'asc' } });
        return { user: viewer.user, projects };
    }
    async login(input, ctx) {
        const session = await (0, session_service_1.signIn)(ctx.em, input.username, input.password, (0, settings_1.loadConfigOnce)().sessionTtlHours);
        if (!session) {
            return { userErrors: [{ field: ['password'], code: shared_1.ErrorCode.UNAUTHENTICATED, message: '用户名或密码错误 (wrong username or password)' }] };
        }
        ctx.res.cookie(session_cookie_1.SESSION_COOKIE, session.token, {
            httpOnly: true,
            sameSite: 'lax',
            secure: ctx.req.secure,
            expires: session.expiresAt,
            path: '/',
        });
        return { user: session.user, token: session.token, expiresAt: session.expiresAt, userErrors: [] };
    }
    async logout(ctx) {
        const token = (0, session_cookie_1.readSessionToken)(ctx.req);
        if (token)
            await (0, session_service_1.signOut)(ctx.em, token);
        ctx.res.clearCookie(session_cookie_1.SESSION_COOKIE, { path: '/' });
        return { ok: true };
    }
    async departmentName(user) {
        return user.department ? (await user.department.load())?.name ?? null : null;
    }
};
exports.UserResolver = UserResolver;
__decorate([
    (0, type_graphql_1.Authorized)(),
    (0, type_graphql_1.Query)(() => user_types_1.Me, { description: 'the signed-in person and the projects they may see' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], UserResolver.prototype, "me", null);
__decorate([
    (0, type_graphql_1.Mutation)(() => user_types_1.LoginPayload),
    __param(0, (0, type_graphql_1.Arg)('input', () => user_types_1.LoginInput)),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [user_types_1.LoginInput, Object]),
    __metadata("design:returntype", Promise)
], UserResolver.prototype, "login", null);
__decorate([
    (0, type_graphql_1.Mutation)(() => user_types_1.LogoutPayload),
    __param(0, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], UserResolver.prototype, "logout", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => String, { nullable: true }),
    __param(0, (0, type_graphql_1.Root)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [user_entity_1.User]),
    __metadata("design:returntype", Promise)
], UserResolver.prototype, "departmentName", null);
exports.UserResolver = UserResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => user_entity_1.User)
], UserResolver);
//# sourceMappingURL=user.resolver.js.map