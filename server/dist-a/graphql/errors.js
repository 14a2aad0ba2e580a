"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatError = formatError;
const errors_1 = require("@apollo/server/errors");
const shared_1 = require("@hf/shared");
const graphql_1 = require("graphql");
const type_graphql_1 = require("type-graphql");
const PASS_THROUGH = new Set([
    shared_1.ErrorCode.BAD_USER_INPUT, shared_1.ErrorCode.FORBIDDEN, shared_1.ErrorCode.UNAUTHENTICATED, shared_1.ErrorCode.NOT_FOUND, shared_1.ErrorCode.CONFLICT,
    shared_1.ErrorCode.ARCHIVED, shared_1.ErrorCode.INVALID_STATE, shared_1.ErrorCode.QUERY_TOO_COMPLEX, shared_1.ErrorCode.RATE_LIMITED, 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST',
    'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE',
]);
/**
 * Errors are part of the API: expected ones keep their code (and field); anything else is masked, so no
 * SQL, stack or internal message ever reaches a client. The original is logged on the server.
 */
function formatError(formatted, error, log = console.error) {
    const original = (0, errors_1.unwrapResolverError)(error);
    if (original instanceof type_graphql_1.ArgumentValidationError) {
        const fields = original.extensions.validationErrors?.map((v) => v.property) ?? [];
        return {
            message: `输入无效 (invalid input: ${original.extensions.validationErrors
                ?.flatMap((v) => Object.values(v.constraints ?? {}).concat((v.children ?? []).flatMap((c) => Object.values(c.constraints ?? {}))))
                .join('; ')})`,
            locations: formatted.locations,
            path: formatted.path,
            extensions: { code: shared_1.ErrorCode.BAD_USER_INPUT, field: fields },
        };
    }
    let code = formatted.extensions?.code;
    // Apollo labels every validation error GRAPHQL_VALIDATION_FAILED; our limit rules carry a more precise code
    const source = error instanceof graphql_1.GraphQLError && error.originalError instanceof graphql_1.GraphQLError ? error.originalError : original;
    const ownCode = source instanceof graphql_1.GraphQLError ? source.extensions?.code : undefined;
    if (code === 'GRAPHQL_VALIDATION_FAILED' && ownCode && PASS_THROUGH.has(ownCode))
        code = ownCode;
    if (code && PASS_THROUGH.has(code)) {
        const { stacktrace: _stacktrace, http: _http, ...extensions } = formatted.extensions ?? {};
        return { ...formatted, extensions: { ...extensions, code } };
    }
    log(original);
    return {
        message: '服务器内部错误 (internal error)',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: shared_1.ErrorCode.INTERNAL_SERVER_ERROR },
    };
}
//# sourceMappingURL=errors.js.map