import { Anchor, PolicyStage } from '@hf/shared';
/** The events of a ticket a callback window can be counted from. */
export interface TicketAnchors {
    receivedAt: Date;
    startedAt: Date | null;
    completedAt: Date | null;
    contractStart: string | null;
    contractEnd: string | null;
}
export interface CallbackWindow {
    anchorDate: string;
    from: string;
    /** inclusive */
    to: string;
}
/** The date of a stage's anchor event, or null while the event has not happened (or is unknown). */
export declare function anchorDate(anchor: Anchor, ticket: TicketAnchors): string | null;
/**
 * 回访标准规程 4.1.1: the window of one stage, e.g. complaints within 3 days of completion,
 * repairs from 1 to 2 months after completion.
 */
export declare function callbackWindow(stage: PolicyStage, ticket: TicketAnchors): CallbackWindow | null;
/** The instant from which a callback of this stage can have been performed (its anchor event). */
export declare function earliestPerformedAt(anchor: Anchor, ticket: TicketAnchors): Date | null;
