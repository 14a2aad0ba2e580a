import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import { ErrorCode } from '@hf/shared';
import { GraphQLError } from 'graphql';
import type { Caller, Viewer } from '../core/caller';
import { standardMessage } from '../core/error-messages';

/** What every resolver gets: one EntityManager per request, and who is calling. */
export interface Context {
  em: EntityManager;
  /** staff only: null for anonymous callers and API tokens */
  viewer: Viewer | null;
  /** staff or API token */
  caller: Caller | null;
  req: Request;
  res: Response;
}

// Who may call is answered before any resolver runs (api/auth-checker.ts): these are top-level GraphQL errors, never
// userErrors of a payload.
export const unauthenticated = () =>
  new GraphQLError(standardMessage(ErrorCode.UNAUTHENTICATED), { extensions: { code: ErrorCode.UNAUTHENTICATED } });

export const forbiddenError = (message = standardMessage(ErrorCode.FORBIDDEN)) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });

/** Staff only: API tokens are refused (FORBIDDEN), anonymous callers are asked to sign in. */
export function requireViewer(ctx: Context): Viewer {
  if (!ctx.viewer && ctx.caller) throw forbiddenError('API 令牌不能执行此操作 (not available to API tokens)');
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

/** Staff or an API token (the operations that accept tokens say which scope with @Authorized). */
export function requireCaller(ctx: Context): Caller {
  if (!ctx.caller) throw unauthenticated();
  return ctx.caller;
}
