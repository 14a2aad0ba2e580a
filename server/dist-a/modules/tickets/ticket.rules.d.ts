import { ComplaintSeverity, FieldError, TicketKind } from '@hf/shared';
export interface TicketDraft {
    kind: TicketKind;
    severity: ComplaintSeverity | null;
    ownerName: string;
    unit: string;
    phone: string | null;
    department: string | null;
    category: string | null;
    summary: string;
    receivedAt: Date;
    contractStart: string | null;
    contractEnd: string | null;
}
/** What the complaint register and the repair work order require, checked all at once. */
export declare function validateTicket(draft: TicketDraft, now: Date): FieldError[];
export declare function validateCompletion(receivedAt: Date, completedAt: Date, now: Date): FieldError[];
