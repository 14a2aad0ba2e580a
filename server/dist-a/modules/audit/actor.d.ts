import { AsyncLocalStorage } from 'node:async_hooks';
/** Who is acting in the current request (or seed/job), so history records carry the actor. */
export interface Actor {
    userId: number | null;
    /** another system acting with an API token */
    apiTokenId?: number | null;
}
export declare const actorStorage: AsyncLocalStorage<Actor>;
export declare function currentActorId(): number | null;
export declare function currentActorTokenId(): number | null;
