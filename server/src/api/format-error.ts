import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode } from '@hf/shared';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError } from '../core/domain-error';
import { standardMessage } from '../core/error-messages';

const PASS_THROUGH = new Set<string>([
  ErrorCode.BAD_USER_INPUT, ErrorCode.FORBIDDEN, ErrorCode.UNAUTHENTICATED, ErrorCode.NOT_FOUND, ErrorCode.CONFLICT,
  ErrorCode.ARCHIVED, ErrorCode.INVALID_STATE, ErrorCode.QUERY_TOO_COMPLEX, ErrorCode.RATE_LIMITED, 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Errors are part of the API: expected ones keep their code (and field); anything else is masked, so no
 * SQL, stack or internal message ever reaches a client. The original is logged on the server.
 * A DomainError that reaches here was thrown by a query (a mutation returns it as userErrors, graphql/user-error.ts):
 * this is the one place it becomes a GraphQL error, with its first failure's message, code and field.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, log: (e: unknown) => void = console.error): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return { message: original.errors[0].message, locations: formatted.locations, path: formatted.path, extensions: original.extensions };
  }
  if (original instanceof ArgumentValidationError) {
    const fields = original.extensions.validationErrors?.map((v) => v.property) ?? [];
    return {
      message: `输入无效 (invalid input: ${original.extensions.validationErrors
        ?.flatMap((v) => Object.values(v.constraints ?? {}).concat((v.children ?? []).flatMap((c) => Object.values(c.constraints ?? {}))))
        .join('; ')})`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: fields },
    };
  }
  let code = formatted.extensions?.code as string | undefined;
  // Apollo labels every validation error GRAPHQL_VALIDATION_FAILED; our limit rules carry a more precise code
  const source = error instanceof GraphQLError && error.originalError instanceof GraphQLError ? error.originalError : original;
  const ownCode = source instanceof GraphQLError ? (source.extensions?.code as string | undefined) : undefined;
  if (code === 'GRAPHQL_VALIDATION_FAILED' && ownCode && PASS_THROUGH.has(ownCode)) code = ownCode;
  if (code && PASS_THROUGH.has(code)) {
    const { stacktrace: _stacktrace, http: _http, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: { ...extensions, code } };
  }
  log(original);
  return {
    message: standardMessage(ErrorCode.INTERNAL_SERVER_ERROR),
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
