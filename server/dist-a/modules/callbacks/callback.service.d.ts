import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../graphql/context';
import { UserError } from '../../graphql/user-error';
import { Callback } from './callback.entity';
import type { AddCallbackInput, CallbackActionInput, RecordAttemptInput, RecordCallbackResultInput, UpdateCallbacksInput } from './callback.types';
export declare function updateCallbacks(em: EntityManager, viewer: Viewer, input: UpdateCallbacksInput, now?: Date): Promise<{
    callbacks: Callback[];
    savedCount: number;
    userErrors: UserError[];
}>;
/** 记录回访结果: the whole record at once; it must be complete. */
export declare function recordCallbackResult(em: EntityManager, viewer: Viewer, input: RecordCallbackResultInput, now?: Date): Promise<Callback>;
export declare function reviewCallback(em: EntityManager, viewer: Viewer, input: CallbackActionInput, now?: Date): Promise<Callback>;
export declare function escalateCallback(em: EntityManager, viewer: Viewer, input: CallbackActionInput, now?: Date): Promise<Callback>;
export declare function writeHandlingOpinion(em: EntityManager, viewer: Viewer, input: CallbackActionInput, now?: Date): Promise<Callback>;
export declare function closeCallback(em: EntityManager, viewer: Viewer, input: CallbackActionInput, now?: Date): Promise<Callback>;
export declare function voidCallback(em: EntityManager, viewer: Viewer, input: {
    id: string;
    version: number;
    reason: string;
}, now?: Date): Promise<Callback>;
/** An attempt that reached nobody or was asked to call later; after the cap (default 3) the owner is 无法联系. */
export declare function recordAttempt(em: EntityManager, viewer: Viewer, input: RecordAttemptInput, now?: Date): Promise<Callback>;
/** A clerk may add any ticket to the callbacks by hand (window defaults to the next week). */
export declare function addCallback(em: EntityManager, viewer: Viewer, input: AddCallbackInput, now?: Date): Promise<Callback>;
