"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.apiGuardPlugin = apiGuardPlugin;
const server_1 = require("@apollo/server");
const shared_1 = require("@hf/shared");
const graphql_1 = require("graphql");
const input_text_1 = require("./input-text");
const query_limits_1 = require("./query-limits");
const rate_limit_1 = require("./rate-limit");
/** "Did you mean …?" names fields and types of the schema: only signed-in staff get it (OWASP). */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;
/**
 * Per request, before any resolver runs: introspection only for signed-in staff; text inputs free of control and
 * invalid characters (input-text.ts); the operation's cost (which also
 * enforces the caller's page size) charged to the caller's rate-limit budget; x-ratelimit-* headers on the answer.
 */
function apiGuardPlugin(limiter) {
    return {
        async requestDidStart() {
            let state = null;
            return {
                async didResolveOperation({ document, request, contextValue, schema, operation }) {
                    // graphql 16 leaves this to execution, where it would surface as an internal error
                    if (operation && !schema.getRootType(operation.operation)) {
                        throw new graphql_1.GraphQLError(`不支持 ${operation.operation} 操作 (this API has no ${operation.operation} operations)`, {
                            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
                        });
                    }
                    if (!contextValue.viewer && (0, query_limits_1.isIntrospection)(document, request.operationName ?? undefined)) {
                        throw new graphql_1.GraphQLError('内省仅对已登录员工开放 (introspection is for signed-in staff only)', {
                            extensions: { code: contextValue.caller ? shared_1.ErrorCode.FORBIDDEN : shared_1.ErrorCode.UNAUTHENTICATED },
                        });
                    }
                    (0, input_text_1.assertAcceptableText)(document, request.variables);
                    const cost = (0, query_limits_1.operationCost)(schema, document, request.variables, request.operationName ?? undefined, contextValue);
                    const charged = limiter.charge(contextValue.caller, contextValue.req.ip, cost);
                    state = charged.state;
                    if (!charged.allowed) {
                        const retryAfter = Math.max(1, state.reset - Math.floor(Date.now() / 1000));
                        throw new graphql_1.GraphQLError(`请求额度已用完，请于 ${retryAfter} 秒后重试 (rate limit of ${state.limit} points per window spent; this query costs ${cost})`, {
                            extensions: {
                                code: shared_1.ErrorCode.RATE_LIMITED,
                                http: { status: 429, headers: new server_1.HeaderMap([...(0, rate_limit_1.rateLimitHeaders)(state), ['retry-after', String(retryAfter)]]) },
                            },
                        });
                    }
                },
                async willSendResponse({ response, contextValue }) {
                    // a request refused while parsing or validating still costs a point, so a flood of bad documents spends the budget
                    if (!state && contextValue?.req)
                        state = limiter.charge(contextValue.caller, contextValue.req.ip, 1).state;
                    if (state)
                        for (const [name, value] of (0, rate_limit_1.rateLimitHeaders)(state))
                            response.http.headers.set(name, value);
                    if (!contextValue.viewer && response.body.kind === 'single' && response.body.singleResult.errors) {
                        response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({ ...e, message: e.message.replace(SUGGESTION, '') }));
                    }
                },
            };
        },
    };
}
//# sourceMappingURL=api-guard.plugin.js.map