import { GraphQLFormattedError } from 'graphql';
/**
 * Errors are part of the API: expected ones keep their code (and field); anything else is masked, so no
 * SQL, stack or internal message ever reaches a client. The original is logged on the server.
 */
export declare function formatError(formatted: GraphQLFormattedError, error: unknown, log?: (e: unknown) => void): GraphQLFormattedError;
