import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is acting in the current request (or seed/job), so history records carry the actor. */
export interface Actor {
  userId: number | null;
  /** another system acting with an API token */
  apiTokenId?: number | null;
  /** the owner answering through a one-time link (owner-links): the link's id, never its secret */
  ownerLinkId?: number | null;
  /**
   * a bulk write (a ledger import) collects the CREATE history records of its flushes here and writes them with
   * writeCollectedCreates, one statement per batch instead of one per row — same rows, same order, same chain
   */
  collectedCreates?: unknown[][] | null;
  /** a bulk load of historical records (a ledger import): no business event per row (webhooks would get 50,000) */
  historicalLoad?: boolean;
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

export function currentCreateCollector(): unknown[][] | null {
  return actorStorage.getStore()?.collectedCreates ?? null;
}

export function isHistoricalLoad(): boolean {
  return actorStorage.getStore()?.historicalLoad === true;
}
