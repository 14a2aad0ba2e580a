import { GraphQLError } from 'graphql';
import { AuthChecker } from 'type-graphql';
import { ErrorCode, Role } from '@hf/shared';
import type { Context } from './context';

export const unauthenticated = () =>
  new GraphQLError('请先登录 (sign in first)', { extensions: { code: ErrorCode.UNAUTHENTICATED } });

/** @Authorized(): signed in; @Authorized(roles): signed in with one of the roles. */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  if (!context.viewer) throw unauthenticated();
  if (roles.length === 0) return true;
  if (roles.includes(context.viewer.user.role)) return true;
  throw new GraphQLError('无权执行此操作 (not allowed for your role)', { extensions: { code: ErrorCode.FORBIDDEN } });
};
