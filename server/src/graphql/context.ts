import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import { ErrorCode, type Message, msg } from '@hf/shared';
import type { Caller, Viewer } from '../core/caller';
import { standardMessage } from '../core/error-messages';
import { messageError } from './message-error';

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
export const unauthenticated = () => messageError(standardMessage(ErrorCode.UNAUTHENTICATED), { code: ErrorCode.UNAUTHENTICATED });

export const forbiddenError = (message: Message = standardMessage(ErrorCode.FORBIDDEN)) => messageError(message, { code: ErrorCode.FORBIDDEN });

/** Staff only: API tokens are refused (FORBIDDEN), anonymous callers are asked to sign in. */
export function requireViewer(ctx: Context): Viewer {
  if (!ctx.viewer && ctx.caller) throw forbiddenError(msg('token.notAllowed'));
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

/** Staff or an API token (the operations that accept tokens say which scope with @Authorized). */
export function requireCaller(ctx: Context): Caller {
  if (!ctx.caller) throw unauthenticated();
  return ctx.caller;
}
