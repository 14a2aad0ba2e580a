import { GraphQLError } from 'graphql';
import { AuthChecker } from 'type-graphql';
import { ApiScope, Role } from '@hf/shared';
import { Context } from './context';
export declare const unauthenticated: () => GraphQLError;
export declare const forbiddenError: (message?: string) => GraphQLError;
/**
 * @Authorized(): signed-in staff; @Authorized(roles): staff with one of the roles.
 * API tokens pass only where a scope they hold is listed: @Authorized(ApiScope.TICKETS_READ) lets any staff and
 * tokens with tickets:read in; @Authorized(Role.CLERK, ApiScope.TICKETS_WRITE) clerks and tokens with tickets:write.
 */
export declare const authChecker: AuthChecker<Context, Role | ApiScope>;
