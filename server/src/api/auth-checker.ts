import { AuthChecker } from 'type-graphql';
import { ApiScope, isApiScope, Role } from '@hf/shared';
import { isTokenCaller } from '../core/caller';
import { Context, forbiddenError, unauthenticated } from '../graphql/context';

/**
 * @Authorized(): signed-in staff; @Authorized(roles): staff with one of the roles.
 * API tokens pass only where a scope they hold is listed: @Authorized(ApiScope.TICKETS_READ) lets any staff and
 * tokens with tickets:read in; @Authorized(Role.CLERK, ApiScope.TICKETS_WRITE) clerks and tokens with tickets:write.
 */
export const authChecker: AuthChecker<Context, Role | ApiScope> = ({ context }, allowed) => {
  const caller = context.caller;
  if (!caller) throw unauthenticated();
  const scopes = allowed.filter((a): a is ApiScope => isApiScope(a));
  const roles = allowed.filter((a): a is Role => !isApiScope(a));
  if (isTokenCaller(caller)) {
    if (scopes.some((s) => caller.token.scopes.includes(s))) return true;
    throw forbiddenError(
      scopes.length ? `API 令牌缺少权限 ${scopes.join(' / ')} (the token lacks the scope)` : 'API 令牌不能执行此操作 (not available to API tokens)',
    );
  }
  if (roles.length === 0) return true;
  if (roles.includes(caller.user.role)) return true;
  throw forbiddenError();
};
