"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.requireViewer = requireViewer;
exports.requireCaller = requireCaller;
exports.canSeeProject = canSeeProject;
exports.canSeePersonalData = canSeePersonalData;
exports.parseId = parseId;
exports.projectArgument = projectArgument;
exports.assertProjectAccess = assertProjectAccess;
exports.hasRole = hasRole;
const shared_1 = require("@hf/shared");
const graphql_1 = require("graphql");
const auth_checker_1 = require("../../graphql/auth-checker");
const node_1 = require("../../graphql/node");
const user_error_1 = require("../../graphql/user-error");
/** Staff only: API tokens are refused (FORBIDDEN), anonymous callers are asked to sign in. */
function requireViewer(ctx) {
    if (!ctx.viewer && ctx.caller)
        throw (0, auth_checker_1.forbiddenError)('API 令牌不能执行此操作 (not available to API tokens)');
    if (!ctx.viewer)
        throw (0, auth_checker_1.unauthenticated)();
    return ctx.viewer;
}
/** Staff or an API token (the operations that accept tokens say which scope with @Authorized). */
function requireCaller(ctx) {
    if (!ctx.caller)
        throw (0, auth_checker_1.unauthenticated)();
    return ctx.caller;
}
function canSeeProject(viewer, projectId) {
    return viewer.projectIds.includes(projectId);
}
/** Residents' name, phone and unit: staff of that project, or a token with pii:read (seed 001: 保护客户隐私). */
function canSeePersonalData(caller, projectId) {
    return Boolean(caller && projectId != null && caller.piiProjectIds?.includes(projectId));
}
/** Decodes a global ID of the expected type; a malformed one is the caller's mistake, named by field. */
function parseId(globalId, typeName, field) {
    const decoded = (0, node_1.decodeGlobalId)(globalId);
    if (!decoded || decoded.typeName !== typeName) {
        throw user_error_1.DomainError.of(shared_1.ErrorCode.BAD_USER_INPUT, field, `不是有效的${typeName} ID (not a ${typeName} id)`);
    }
    return decoded.id;
}
/** For query arguments: a project filter the viewer may use (an unknown or foreign project is FORBIDDEN). */
function projectArgument(viewer, globalId) {
    if (!globalId)
        return viewer.projectIds;
    const decoded = (0, node_1.decodeGlobalId)(globalId);
    if (!decoded || decoded.typeName !== 'Project' || !canSeeProject(viewer, decoded.id)) {
        throw new graphql_1.GraphQLError('无权访问该项目 (no access to this project)', {
            extensions: { code: shared_1.ErrorCode.FORBIDDEN, field: ['projectId'] },
        });
    }
    return [decoded.id];
}
/** For mutations: the project must be one of the viewer's. */
function assertProjectAccess(viewer, projectId, field = 'projectId') {
    if (!canSeeProject(viewer, projectId)) {
        throw user_error_1.DomainError.of(shared_1.ErrorCode.NOT_FOUND, field, '记录不存在或无权访问 (not found)');
    }
}
function hasRole(viewer, ...roles) {
    return roles.includes(viewer.user.role);
}
//# sourceMappingURL=access.js.map