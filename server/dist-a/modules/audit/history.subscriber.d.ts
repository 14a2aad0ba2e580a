import { EventArgs, EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
/** Writes history rows inside the same flush (so the same transaction) as the change itself. */
export declare class HistorySubscriber implements EventSubscriber {
    /** The creation itself, with the row as first written; the id exists only after the insert. */
    afterCreate(args: EventArgs<object>): Promise<void>;
    onFlush(args: FlushEventArgs): Promise<void>;
}
