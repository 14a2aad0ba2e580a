import { Channel, ComplaintSeverity, TicketKind, TicketStatus } from '@hf/shared';
import { SortDirection } from '../../graphql/enums';
import { UserError } from '../../graphql/user-error';
import { Ticket } from './ticket.entity';
export declare enum TicketOrderField {
    NUMBER = "number",
    RECEIVED_AT = "receivedAt",
    CREATED_AT = "createdAt",
    UPDATED_AT = "updatedAt"
}
export declare const TicketConnection: {
    new (): {
        edges: {
            cursor: string;
            node: Ticket;
        }[];
        pageInfo: import("../../graphql/connection").PageInfo;
        count: () => Promise<number>;
        totalCount(): Promise<number>;
    };
};
export declare class TicketOrder {
    field: TicketOrderField;
    direction: SortDirection;
}
export declare class TicketFilter {
    projectId?: string | null;
    kinds?: TicketKind[] | null;
    statuses?: TicketStatus[] | null;
    period?: string | null;
    text?: string | null;
}
declare class TicketFields {
    severity?: ComplaintSeverity | null;
    ownerName?: string;
    unit?: string;
    phone?: string | null;
    channel?: Channel;
    department?: string | null;
    category?: string | null;
    summary?: string;
    handler?: string | null;
    handlingResult?: string | null;
    contractStart?: string | null;
    contractEnd?: string | null;
}
export declare class CreateTicketInput extends TicketFields {
    projectId: string;
    kind: TicketKind;
    receivedAt?: Date | null;
}
export declare class UpdateTicketInput extends TicketFields {
    id: string;
    version: number;
    receivedAt?: Date | null;
    start?: boolean | null;
}
export declare class CompleteTicketInput {
    id: string;
    version: number;
    completedAt?: Date | null;
    handler?: string | null;
    handlingResult?: string | null;
}
export declare class VoidInput {
    id: string;
    version: number;
    reason: string;
}
export declare class TicketPayload {
    ticket?: Ticket | null;
    userErrors: UserError[];
}
export declare class TicketActionInput {
    id: string;
    version: number;
}
export {};
