import type { EntityManager } from '@mikro-orm/postgresql';
import { CallbackMethod, CallbackPurpose, CallbackResult, CallbackStatus, OwnerConfirmation, Satisfaction, ComplaintSeverity, TicketKind } from '@hf/shared';
import type { ColumnSpec } from './print-sheet';
export declare const CALLBACK_RECORD_SHEET = "\u4E1A\u4E3B\u56DE\u8BBF\u8BB0\u5F55\u8868";
/** One row of 《业主回访记录表》 as read for the workbook. */
export interface CallbackRecordRow {
    serial_year: number;
    serial_number: number;
    serial_code: string;
    status: CallbackStatus;
    purpose: CallbackPurpose;
    ticket_number: string;
    owner_name: string;
    unit: string;
    phone: string | null;
    kind: TicketKind;
    severity: ComplaintSeverity | null;
    category: string | null;
    summary: string;
    methods: CallbackMethod[];
    window_from: string;
    window_to: string;
    assignee: string | null;
    co_assignee: string | null;
    performed_at: Date | string | null;
    visitors: string | null;
    quality_evaluation: string | null;
    service_evaluation: string | null;
    satisfaction: Satisfaction | null;
    satisfaction_score: number | null;
    shortcomings: string | null;
    suggestions: string | null;
    result: CallbackResult | null;
    owner_confirmation: OwnerConfirmation | null;
    handler_at_recording: string | null;
    department_at_recording: string | null;
    reviewed_by: string | null;
    reviewed_at: Date | string | null;
    review_opinion: string | null;
    escalated_to: string | null;
    escalated_at: Date | string | null;
    handling_opinion: string | null;
    handling_by: string | null;
    handling_at: Date | string | null;
    follow_up: string | null;
    void_reason: string | null;
}
/** The callbacks of a project whose anchor date (usually the completion) falls in the period, in serial order. */
export declare function callbackRecordBatches(em: EntityManager, projectId: number, from: string, to: string, batchSize: number): AsyncGenerator<CallbackRecordRow[], any, any>;
/** 状态: 作废 for voided rows; a planned callback whose window has passed shows as overdue (derived, not stored). */
export declare function callbackStatusText(row: Pick<CallbackRecordRow, 'status' | 'window_to'>, today: string): string;
/** The columns of 《业主回访记录表》 (DOMAIN.md, 回访内容), in the order of the paper form. */
export declare function callbackRecordColumns(today: string): ColumnSpec<CallbackRecordRow>[];
