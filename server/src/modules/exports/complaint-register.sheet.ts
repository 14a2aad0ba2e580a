import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CALLBACK_STATUS_LABELS, CallbackResult, CallbackStatus, Channel, CHANNEL_LABELS, ComplaintSeverity, label, RESULT_LABELS,
  Satisfaction, SATISFACTION_LABELS, SEVERITY_LABELS, startOfLocalDate, addDays, TICKET_STATUS_LABELS, TicketStatus,
} from '@hf/shared';
import type { ColumnSpec } from './print-sheet';
import { keysetBatches } from './row-batches';
import { excelDateTime } from './sheet-layout';

export const COMPLAINT_REGISTER_SHEET = '客户投诉登记表';

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
export function complaintBatches(em: EntityManager, projectId: number, from: string, to: string, batchSize: number) {
  const start = startOfLocalDate(from);
  const end = startOfLocalDate(addDays(to, 1));
  return keysetBatches<ComplaintRow>(
    (after, limit) =>
      em.execute<ComplaintRow[]>(
        // the keyset value travels as text: a JS Date would drop PostgreSQL's microseconds
        `select t.id, t.received_at::text as received_key, t.number, t.received_at, t.owner_name, t.unit, t.phone, t.channel,
                t.severity, d.name as department, t.category, t.summary, t.handler, t.handling_result, t.completed_at,
                t.status, t.void_reason,
                coalesce((select json_agg(json_build_object('code', c.serial_code, 'status', c.status,
                                  'satisfaction', c.satisfaction, 'result', c.result) order by c.serial_year, c.serial_number)
                            from callback c where c.ticket_id = t.id), '[]'::json) as callbacks
           from ticket t
           left join department d on d.id = t.department_id
          where t.project_id = ? and t.kind = 'COMPLAINT' and t.received_at >= ? and t.received_at < ?
            and (t.received_at, t.id) > (?::timestamptz, ?)
          order by t.received_at, t.id
          limit ?`,
        [projectId, start, end, after?.received_key ?? '-infinity', after?.id ?? 0, limit],
      ),
    batchSize,
  );
}


function callbackSummary(callbacks: ComplaintCallback[]): string {
  return callbacks
    .map((c) => {
      const parts = [c.code];
      if (c.status === CallbackStatus.VOIDED) parts.push('作废');
      else {
        if (c.satisfaction) parts.push(label(SATISFACTION_LABELS, c.satisfaction));
        if (c.result) parts.push(label(RESULT_LABELS, c.result));
        if (!c.satisfaction && !c.result) parts.push(label(CALLBACK_STATUS_LABELS, c.status));
      }
      return parts.join(' ');
    })
    .join('；');
}

export const COMPLAINT_GROUPS = { received: '一、投诉登记', handled: '二、处理与回访' } as const;

/** The columns of 《客户投诉登记表》 (DOMAIN.md, tickets: the fields a clerk fills); 投诉编号 and 投诉人 first. */
export function complaintColumns(): ColumnSpec<ComplaintRow>[] {
  const { received, handled } = COMPLAINT_GROUPS;
  return [
    { header: '投诉编号', typical: 'A01-20260214-001', value: (r) => r.number },
    { header: '投诉人', typical: '欧阳秀英', value: (r) => r.owner_name },
    { group: received, header: '状态', typical: '已完成', value: (r) => label(TICKET_STATUS_LABELS, r.status) },
    { group: received, header: '作废原因', typical: '重复', kind: 'wrap', value: (r) => r.void_reason },
    { group: received, header: '接收时间', kind: 'datetime', typical: '2026-07-01 10:00', value: (r) => excelDateTime(r.received_at) },
    { group: received, header: '房号', typical: '12-3-1502', value: (r) => r.unit },
    { group: received, header: '联系电话', typical: '13812345678', value: (r) => r.phone },
    { group: received, header: '投诉方式', value: (r) => label(CHANNEL_LABELS, r.channel) },
    { group: received, header: '投诉性质', value: (r) => (r.severity ? label(SEVERITY_LABELS, r.severity) : '') },
    { group: received, header: '被投诉部门', typical: '工程部', kind: 'wrap', value: (r) => r.department },
    { group: received, header: '投诉类别', typical: '服务', kind: 'wrap', value: (r) => r.category },
    { group: received, header: '投诉内容摘要', typical: '夜间车辆乱停，', kind: 'wrap', value: (r) => r.summary },
    { group: handled, header: '处理人', kind: 'wrap', value: (r) => r.handler },
    { group: handled, header: '处理结果', typical: '已加强巡查', kind: 'wrap', value: (r) => r.handling_result },
    { group: handled, header: '完成时间', kind: 'datetime', typical: '2026-07-01 10:00', value: (r) => excelDateTime(r.completed_at) },
    { group: handled, header: '回访记录', typical: 'HF-A01-2026-000001 满意 合格', kind: 'wrap', value: (r) => callbackSummary(r.callbacks) },
  ];
}
