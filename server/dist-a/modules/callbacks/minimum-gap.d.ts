import { TicketKind } from '@hf/shared';
/**
 * A busy household is not called every week: a sampled callback is skipped when the owner already has
 * one within the minimum gap (default 30 days). Complaints are always called back.
 */
export declare function respectsMinimumGap(kind: TicketKind, windowFrom: string, otherCallbackDates: string[], minGapDays: number): boolean;
