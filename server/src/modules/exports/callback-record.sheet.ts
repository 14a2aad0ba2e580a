import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CALLBACK_STATUS_LABELS, callbackColumnLabel, CallbackMethod, CallbackPurpose, CallbackResult, CallbackStatus, CONFIRMATION_LABELS, label,
  METHOD_LABELS, OwnerConfirmation, OWNER_VERDICT_LABELS, OwnerVerdict, PURPOSE_LABELS, RESULT_LABELS, Satisfaction, SATISFACTION_LABELS, SEVERITY_LABELS,
  ComplaintSeverity, TICKET_KIND_LABELS, TicketKind, WORKBOOK_SHEETS,
} from '@hf/shared';
import { isOverdue } from '../callbacks/overdue';
import type { ColumnSpec } from './print-sheet';
import { keysetBatches } from './row-batches';
import { excelDate, excelDateTime } from './sheet-layout';

export const CALLBACK_RECORD_SHEET = WORKBOOK_SHEETS.callbackRecord['zh-CN'];

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
  owner_verdict: OwnerVerdict | null;
  owner_verdict_comment: string | null;
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
export function callbackRecordBatches(em: EntityManager, projectId: number, from: string, to: string, batchSize: number) {
  return keysetBatches<CallbackRecordRow>(
    (after, limit) =>
      em.execute<CallbackRecordRow[]>(
        `select c.serial_year, c.serial_number, c.serial_code, c.status, c.purpose,
                t.number as ticket_number, t.owner_name, t.unit, t.phone, t.kind, t.severity, t.category, t.summary,
                c.methods, c.window_from::text as window_from, c.window_to::text as window_to,
                ua.display_name as assignee, uc.display_name as co_assignee,
                c.performed_at, c.visitors, c.quality_evaluation, c.service_evaluation, c.satisfaction, c.satisfaction_score,
                c.shortcomings, c.suggestions, c.result, c.owner_confirmation, c.owner_verdict, c.owner_verdict_comment, c.handler_at_recording, c.department_at_recording,
                ur.display_name as reviewed_by, c.reviewed_at, c.review_opinion,
                ue.display_name as escalated_to, c.escalated_at, c.handling_opinion, uh.display_name as handling_by, c.handling_at,
                c.follow_up, c.void_reason
           from callback c
           join ticket t on t.id = c.ticket_id
           left join app_user ua on ua.id = c.assignee_id
           left join app_user uc on uc.id = c.co_assignee_id
           left join app_user ur on ur.id = c.reviewed_by_id
           left join app_user ue on ue.id = c.escalated_to_id
           left join app_user uh on uh.id = c.handling_by_id
          where c.project_id = ? and c.anchor_date between ? and ?
            and (c.serial_year, c.serial_number) > (?, ?)
          order by c.serial_year, c.serial_number
          limit ?`,
        [projectId, from, to, after?.serial_year ?? 0, after?.serial_number ?? 0, limit],
      ),
    batchSize,
  );
}

const joined = (...values: (string | null)[]) => values.filter(Boolean).join('、');

/** 状态: 作废 for voided rows; a planned callback whose window has passed shows as overdue (derived, not stored). */
export function callbackStatusText(row: Pick<CallbackRecordRow, 'status' | 'window_to'>, today: string): string {
  const status = label(CALLBACK_STATUS_LABELS, row.status);
  // on its own line: spreadsheets break Chinese text anywhere, and 待回访（ / 逾期） reads badly
  return isOverdue(row.status, row.window_to, today) ? `${status}\n（逾期）` : status;
}

export const CALLBACK_GROUPS = { ticket: '一、工单与回访安排', record: '二、回访记录', review: '三、审核与处理' } as const;

/**
 * The columns of 《业主回访记录表》 (DOMAIN.md, 回访内容), in the order of the paper form, in its three parts: the
 * ticket and the plan, the record the visitor writes with the owner, the supervisor's review and the manager's
 * handling (回访标准规程 4.3–4.5). 编码 and 业主 come first: every printed page repeats them.
 */
export function callbackRecordColumns(today: string): ColumnSpec<CallbackRecordRow>[] {
  const { ticket, record, review } = CALLBACK_GROUPS;
  return [
    { header: callbackColumnLabel('serialCode'), typical: 'HF-A01-2026-000001', value: (r) => r.serial_code },
    { header: callbackColumnLabel('ownerName'), typical: '欧阳秀英', value: (r) => r.owner_name },
    { group: ticket, header: callbackColumnLabel('status'), typical: '（逾期）', kind: 'wrap', value: (r) => callbackStatusText(r, today) },
    { group: ticket, header: callbackColumnLabel('voidReason'), typical: '重复登记', kind: 'wrap', value: (r) => r.void_reason },
    { group: ticket, header: callbackColumnLabel('purpose'), value: (r) => label(PURPOSE_LABELS, r.purpose) },
    { group: ticket, header: callbackColumnLabel('ticketNumber'), typical: 'A01-20260214-001', value: (r) => r.ticket_number },
    { group: ticket, header: callbackColumnLabel('unit'), typical: '12-3-1502', value: (r) => r.unit },
    { group: ticket, header: callbackColumnLabel('phone'), typical: '13812345678', value: (r) => r.phone },
    {
      group: ticket,
      header: callbackColumnLabel('kind'),
      typical: '（一般）',
      kind: 'wrap',
      value: (r) => label(TICKET_KIND_LABELS, r.kind) + (r.severity ? `\n（${label(SEVERITY_LABELS, r.severity)}）` : ''),
    },
    { group: ticket, header: callbackColumnLabel('category'), typical: '水管漏水', kind: 'wrap', value: (r) => r.category },
    { group: ticket, header: callbackColumnLabel('summary'), typical: '厨房水管接口漏水，需更换', kind: 'wrap', value: (r) => r.summary },
    { group: ticket, header: callbackColumnLabel('windowFrom'), kind: 'date', typical: '2026-07-01', value: (r) => excelDate(r.window_from) },
    { group: ticket, header: callbackColumnLabel('windowTo'), kind: 'date', typical: '2026-07-01', value: (r) => excelDate(r.window_to) },
    { group: ticket, header: callbackColumnLabel('assignee'), typical: '张丽', kind: 'wrap', value: (r) => joined(r.assignee, r.co_assignee) },
    { group: record, header: callbackColumnLabel('methods'), typical: '现场查看', kind: 'wrap', value: (r) => r.methods.map((m) => label(METHOD_LABELS, m)).join('、') },
    { group: record, header: callbackColumnLabel('performedAt'), kind: 'datetime', typical: '2026-07-01 10:00', value: (r) => excelDateTime(r.performed_at) },
    { group: record, header: callbackColumnLabel('visitors'), typical: '张丽', kind: 'wrap', value: (r) => r.visitors },
    { group: record, header: callbackColumnLabel('qualityEvaluation'), typical: '维修质量良好', kind: 'wrap', value: (r) => r.quality_evaluation },
    { group: record, header: callbackColumnLabel('serviceEvaluation'), typical: '服务及时', kind: 'wrap', value: (r) => r.service_evaluation },
    { group: record, header: callbackColumnLabel('satisfaction'), typical: '不满意', value: (r) => (r.satisfaction ? label(SATISFACTION_LABELS, r.satisfaction) : '') },
    { group: record, header: callbackColumnLabel('satisfactionScore'), kind: 'integer', value: (r) => r.satisfaction_score },
    { group: record, header: callbackColumnLabel('shortcomings'), typical: '上门不及时', kind: 'wrap', value: (r) => r.shortcomings },
    { group: record, header: callbackColumnLabel('suggestions'), typical: '希望提前预约', kind: 'wrap', value: (r) => r.suggestions },
    { group: record, header: callbackColumnLabel('result'), typical: '不合格', value: (r) => (r.result ? label(RESULT_LABELS, r.result) : '') },
    { group: record, header: callbackColumnLabel('ownerConfirmation'), typical: '电话确认', value: (r) => (r.owner_confirmation ? label(CONFIRMATION_LABELS, r.owner_confirmation) : '') },
    { group: record, header: callbackColumnLabel('handlerAtRecording'), kind: 'wrap', value: (r) => r.handler_at_recording },
    { group: record, header: callbackColumnLabel('departmentAtRecording'), kind: 'wrap', value: (r) => r.department_at_recording },
    // 业主核实: the owner's answer to a confirmation link (after the record, like the review), their words when disputed
    {
      group: review, header: callbackColumnLabel('ownerVerdict'), typical: '业主已确认', kind: 'wrap',
      value: (r) => (r.owner_verdict ? label(OWNER_VERDICT_LABELS, r.owner_verdict) + (r.owner_verdict_comment ? `：${r.owner_verdict_comment}` : '') : ''),
    },
    { group: review, header: callbackColumnLabel('reviewedBy'), value: (r) => r.reviewed_by },
    { group: review, header: callbackColumnLabel('reviewedAt'), kind: 'datetime', typical: '2026-07-01 10:00', value: (r) => excelDateTime(r.reviewed_at) },
    { group: review, header: callbackColumnLabel('reviewOpinion'), typical: '回访记录完整', kind: 'wrap', value: (r) => r.review_opinion },
    { group: review, header: callbackColumnLabel('escalatedTo'), value: (r) => r.escalated_to },
    { group: review, header: callbackColumnLabel('escalatedAt'), kind: 'datetime', typical: '2026-07-01 10:00', value: (r) => excelDateTime(r.escalated_at) },
    { group: review, header: callbackColumnLabel('handlingOpinion'), typical: '责成工程部重新维修', kind: 'wrap', value: (r) => r.handling_opinion },
    { group: review, header: callbackColumnLabel('handlingBy'), value: (r) => r.handling_by },
    { group: review, header: callbackColumnLabel('handlingAt'), kind: 'datetime', typical: '2026-07-01 10:00', value: (r) => excelDateTime(r.handling_at) },
    { group: review, header: callbackColumnLabel('followUp'), typical: '已重新维修，业主满意', kind: 'wrap', value: (r) => r.follow_up },
  ];
}
