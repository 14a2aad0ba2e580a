import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context';
import { RateLimiter } from './rate-limit';
/**
 * Per request, before any resolver runs: introspection only for signed-in staff; text inputs free of control and
 * invalid characters (input-text.ts); the operation's cost (which also
 * enforces the caller's page size) charged to the caller's rate-limit budget; x-ratelimit-* headers on the answer.
 */
export declare function apiGuardPlugin(limiter: RateLimiter): ApolloServerPlugin<Context>;
