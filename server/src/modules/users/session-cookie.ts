import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request } from 'express';
import type { Viewer } from '../../graphql/context';
import { looksLikeApiToken } from '../api-tokens/api-token.service';
import { viewerForToken } from './session.service';

export const SESSION_COOKIE = 'hf_session';

/** The session token from "Authorization: Bearer …" (scripts) or the httpOnly cookie (browser). */
export function readSessionToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
  const cookies = req.headers.cookie;
  if (!cookies) return null;
  for (const part of cookies.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(rest.join('=')) || null;
  }
  return null;
}

/** The member of staff behind a request's session; null without one, or when the bearer is an API token. */
export async function viewerFromRequest(em: EntityManager, req: Request): Promise<Viewer | null> {
  const token = readSessionToken(req);
  return token && !looksLikeApiToken(token) ? viewerForToken(em, token) : null;
}
