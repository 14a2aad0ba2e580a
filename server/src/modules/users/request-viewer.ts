import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request } from 'express';
import type { Viewer } from '../../core/caller';
import { looksLikeApiToken } from '../api-tokens/api-token.service';
import { readSessionToken } from './session-cookie';
import { viewerForToken } from './session.service';

/** The member of staff behind a request's session; null without one, or when the bearer is an API token. */
export async function viewerFromRequest(em: EntityManager, req: Request): Promise<Viewer | null> {
  const token = readSessionToken(req);
  return token && !looksLikeApiToken(token) ? viewerForToken(em, token) : null;
}
