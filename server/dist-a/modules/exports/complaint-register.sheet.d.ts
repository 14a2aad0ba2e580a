import type { EntityManager } from '@mikro-orm/postgresql';
import { CallbackResult, CallbackStatus, Channel, ComplaintSeverity, Satisfaction, TicketStatus } from '@hf/shared';
import type { ColumnSpec } from './print-sheet';
export declare const COMPLAINT_REGISTER_SHEET = "\u5BA2\u6237\u6295\u8BC9\u767B\u8BB0\u8868";
interface ComplaintCallback {
    code: string;
    status: CallbackStatus;
    satisfaction: Satisfaction | null;
    result: CallbackResult | null;
}
/** One row of 《客户投诉登记表》: a complaint received in the period, with its callbacks. */
export interface ComplaintRow {
    id: number;
    received_key: string;
    number: string;
    received_at: Date | string;
    owner_name: string;
    unit: string;
    phone: string | null;
    channel: Channel;
    severity: ComplaintSeverity | null;
    department: string | null;
    category: string | null;
    summary: string;
    handler: string | null;
    handling_result: string | null;
    completed_at: Date | string | null;
    status: TicketStatus;
    void_reason: string | null;
    callbacks: ComplaintCallback[];
}
/** Complaints of a project received in the period, in order of receipt (the register is kept as they come in). */
export declare function complaintBatches(em: EntityManager, projectId: number, from: string, to: string, batchSize: number): AsyncGenerator<ComplaintRow[], any, any>;
/** The columns of 《客户投诉登记表》 (DOMAIN.md, tickets: the fields a clerk fills). */
export declare function complaintColumns(): ColumnSpec<ComplaintRow>[];
export {};
