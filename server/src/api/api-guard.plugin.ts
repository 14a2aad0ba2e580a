import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { ErrorCode, msg } from '@hf/shared';
import { messageError } from '../graphql/message-error';
import type { Context } from '../graphql/context';
import { assertAcceptableText } from './input-text';
import { isIntrospection, operationCost } from './query-limits';
import { RateLimiter, RateLimitState, rateLimitHeaders } from './rate-limit';

/** "Did you mean …?" names fields and types of the schema: only signed-in staff get it (OWASP). */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Per request, before any resolver runs: introspection only for signed-in staff; text inputs free of control and
 * invalid characters (input-text.ts); the operation's cost (which also
 * enforces the caller's page size) charged to the caller's rate-limit budget; x-ratelimit-* headers on the answer.
 */
export function apiGuardPlugin(limiter: RateLimiter): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let state: RateLimitState | null = null;
      return {
        async didResolveOperation({ document, request, contextValue, schema, operation }) {
          // graphql 16 leaves this to execution, where it would surface as an internal error
          if (operation && !schema.getRootType(operation.operation)) {
            throw messageError(msg('limit.operation', { operation: operation.operation }), { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } });
          }
          if (!contextValue.viewer && isIntrospection(document, request.operationName ?? undefined)) {
            // an answer, not a server fault: 401 without credentials, 403 for an API token (it was 500)
            throw messageError(msg('limit.introspection'), {
              code: contextValue.caller ? ErrorCode.FORBIDDEN : ErrorCode.UNAUTHENTICATED, http: { status: contextValue.caller ? 403 : 401 },
            });
          }
          assertAcceptableText(document, request.variables);
          const cost = operationCost(schema, document, request.variables, request.operationName ?? undefined, contextValue);
          const charged = await limiter.charge(contextValue.caller, contextValue.req.ip, cost);
          state = charged.state;
          if (!charged.allowed) {
            const retryAfter = Math.max(1, state.reset - Math.floor(Date.now() / 1000));
            throw messageError(msg('limit.rateSpent', { seconds: retryAfter, limit: state.limit, cost }), {
              code: ErrorCode.RATE_LIMITED,
              http: { status: 429, headers: new HeaderMap([...rateLimitHeaders(state), ['retry-after', String(retryAfter)]]) },
            });
          }
        },
        async willSendResponse({ response, contextValue }) {
          // a request refused while parsing or validating still costs a point, so a flood of bad documents spends the budget
          if (!state && contextValue?.req) state = (await limiter.charge(contextValue.caller, contextValue.req.ip, 1)).state;
          if (state) for (const [name, value] of rateLimitHeaders(state)) response.http.headers.set(name, value);
          if (!contextValue.viewer && response.body.kind === 'single' && response.body.singleResult.errors) {
            response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({ ...e, message: e.message.replace(SUGGESTION, '') }));
          }
        },
      };
    },
  };
}
