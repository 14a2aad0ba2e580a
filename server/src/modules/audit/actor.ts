import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is acting in the current request (or seed/job), so history records carry the actor. */
export interface Actor {
  userId: number | null;
  /** another system acting with an API token */
  apiTokenId?: number | null;
  /** the owner answering through a one-time link (owner-links): the link's id, never its secret */
  ownerLinkId?: number | null;
}

export const actorStorage = new AsyncLocalStorage<Actor>();

export function currentActorId(): number | null {
  return actorStorage.getStore()?.userId ?? null;
}

export function currentActorTokenId(): number | null {
  return actorStorage.getStore()?.apiTokenId ?? null;
}

export function currentActorOwnerLinkId(): number | null {
  return actorStorage.getStore()?.ownerLinkId ?? null;
}
