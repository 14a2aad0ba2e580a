"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.authChecker = exports.forbiddenError = exports.unauthenticated = void 0;
const graphql_1 = require("graphql");
const shared_1 = require("@hf/shared");
const context_1 = require("./context");
const unauthenticated = () => new graphql_1.GraphQLError('请先登录 (sign in first)', { extensions: { code: shared_1.ErrorCode.UNAUTHENTICATED } });
exports.unauthenticated = unauthenticated;
const forbiddenError = (message = '无权执行此操作 (not allowed for your role)') => new graphql_1.GraphQLError(message, { extensions: { code: shared_1.ErrorCode.FORBIDDEN } });
exports.forbiddenError = forbiddenError;
/**
 * @Authorized(): signed-in staff; @Authorized(roles): staff with one of the roles.
 * API tokens pass only where a scope they hold is listed: @Authorized(ApiScope.TICKETS_READ) lets any staff and
 * tokens with tickets:read in; @Authorized(Role.CLERK, ApiScope.TICKETS_WRITE) clerks and tokens with tickets:write.
 */
const authChecker = ({ context }, allowed) => {
    const caller = context.caller;
    if (!caller)
        throw (0, exports.unauthenticated)();
    const scopes = allowed.filter((a) => (0, shared_1.isApiScope)(a));
    const roles = allowed.filter((a) => !(0, shared_1.isApiScope)(a));
    if ((0, context_1.isTokenCaller)(caller)) {
        if (scopes.some((s) => caller.token.scopes.includes(s)))
            return true;
        throw (0, exports.forbiddenError)(scopes.length ? `API 令牌缺少权限 ${scopes.join(' / ')} (the token lacks the scope)` : 'API 令牌不能执行此操作 (not available to API tokens)');
    }
    if (roles.length === 0)
        return true;
    if (roles.includes(caller.user.role))
        return true;
    throw (0, exports.forbiddenError)();
};
exports.authChecker = authChecker;
//# sourceMappingURL=auth-checker.js.map