"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.COMPLAINT_REGISTER_SHEET = void 0;
exports.complaintBatches = complaintBatches;
exports.complaintColumns = complaintColumns;
const shared_1 = require("@hf/shared");
const row_batches_1 = require("./row-batches");
const sheet_layout_1 = require("./sheet-layout");
exports.COMPLAINT_REGISTER_SHEET = '客户投诉登记表';
/** Complaints of a project received in the period, in order of receipt (the register is kept as they come in). */
function complaintBatches(em, projectId, from, to, batchSize) {
    const start = (0, shared_1.startOfLocalDate)(from);
    const end = (0, shared_1.startOfLocalDate)((0, shared_1.addDays)(to, 1));
    return (0, row_batches_1.keysetBatches)((after, limit) => em.execute(
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
          limit ?`, [projectId, start, end, after?.received_key ?? '-infinity', after?.id ?? 0, limit]), batchSize);
}
const text = (value) => value ?? '';
function callbackSummary(callbacks) {
    return callbacks
        .map((c) => {
        const parts = [c.code];
        if (c.status === shared_1.CallbackStatus.VOIDED)
            parts.push('作废');
        else {
            if (c.satisfaction)
                parts.push((0, shared_1.label)(shared_1.SATISFACTION_LABELS, c.satisfaction));
            if (c.result)
                parts.push((0, shared_1.label)(shared_1.RESULT_LABELS, c.result));
            if (!c.satisfaction && !c.result)
                parts.push((0, shared_1.label)(shared_1.CALLBACK_STATUS_LABELS, c.status));
        }
        return parts.join(' ');
    })
        .join('；');
}
/** The columns of 《客户投诉登记表》 (DOMAIN.md, tickets: the fields a clerk fills). */
function complaintColumns() {
    return [
        { header: '投诉编号', typical: 'A01-20260214-001', value: (r) => r.number },
        { header: '状态', value: (r) => (0, shared_1.label)(shared_1.TICKET_STATUS_LABELS, r.status) },
        { header: '作废原因', typical: '重复登记，已作废', kind: 'wrap', value: (r) => text(r.void_reason) },
        { header: '接收时间', kind: 'datetime', typical: '2026-07-01 10:00', value: (r) => (0, sheet_layout_1.excelDateTime)(r.received_at) },
        { header: '投诉人', typical: '欧阳秀英', value: (r) => r.owner_name },
        { header: '房号', typical: '12-3-1502', value: (r) => r.unit },
        { header: '联系电话', typical: '13812345678', value: (r) => text(r.phone) },
        { header: '投诉方式', value: (r) => (0, shared_1.label)(shared_1.CHANNEL_LABELS, r.channel) },
        { header: '投诉性质', value: (r) => (r.severity ? (0, shared_1.label)(shared_1.SEVERITY_LABELS, r.severity) : '') },
        { header: '被投诉部门', typical: '秩序维护部', value: (r) => text(r.department) },
        { header: '投诉类别', typical: '服务投诉', value: (r) => text(r.category) },
        { header: '投诉内容摘要', typical: '夜间车辆乱停，堵塞消防通道', kind: 'wrap', value: (r) => r.summary },
        { header: '处理人', value: (r) => text(r.handler) },
        { header: '处理结果', typical: '已加强夜间巡查', kind: 'wrap', value: (r) => text(r.handling_result) },
        { header: '完成时间', kind: 'datetime', typical: '2026-07-01 10:00', value: (r) => (0, sheet_layout_1.excelDateTime)(r.completed_at) },
        { header: '回访记录', typical: 'HF-A01-2026-000001 满意 合格', kind: 'wrap', value: (r) => callbackSummary(r.callbacks) },
    ];
}
//# sourceMappingURL=complaint-register.sheet.js.map