"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REPEATED_REPAIRS_SHEET = exports.REPEATED_COMPLAINTS_SHEET = exports.UNQUALIFIED_SHEET = exports.SUMMARY_SHEET = void 0;
exports.summaryColumns = summaryColumns;
exports.summaryRows = summaryRows;
exports.summaryAppendix = summaryAppendix;
exports.unqualifiedColumns = unqualifiedColumns;
exports.repeatedComplaintColumns = repeatedComplaintColumns;
exports.repeatedRepairColumns = repeatedRepairColumns;
const shared_1 = require("@hf/shared");
const sheet_layout_1 = require("./sheet-layout");
exports.SUMMARY_SHEET = '统计汇总';
exports.UNQUALIFIED_SHEET = '不合格回访';
exports.REPEATED_COMPLAINTS_SHEET = '重复投诉';
exports.REPEATED_REPAIRS_SHEET = '重复维修';
/** A rate in percent (12.5) as an Excel percentage (0.125, shown 12.5%). */
const percent = (value) => (value === null || value === undefined ? null : value / 100);
const yesNo = (value) => (value ? '达标' : '未达标');
/** 统计汇总: per ticket kind, the callbacks required by the policy, done, and the achieved rate against the target. */
function summaryColumns() {
    return [
        { header: '类别', typical: '报刊杂志/文体活动', value: (r) => (r.kind ? (0, shared_1.label)(shared_1.TICKET_KIND_LABELS, r.kind) : '合计') },
        { header: '完成工单数', kind: 'integer', value: (r) => r.ticketsCompleted },
        { header: '应回访数', kind: 'integer', value: (r) => r.callbacksRequired },
        { header: '已安排回访', kind: 'integer', value: (r) => r.callbacksPlanned },
        { header: '已回访数', kind: 'integer', value: (r) => r.callbacksDone },
        { header: '目标回访率', kind: 'percent', value: (r) => percent(r.targetRatePercent) },
        { header: '实际回访率', kind: 'percent', value: (r) => percent(r.achievedRatePercent) },
        { header: '是否达标', value: (r) => yesNo(r.targetMet) },
        { header: '时效内完成', kind: 'integer', value: (r) => r.doneWithinWindow },
        { header: '逾期未回访', kind: 'integer', value: (r) => r.overdue },
        { header: '无法联系', kind: 'integer', value: (r) => r.unreachable },
    ];
}
function summaryRows(figures) {
    return [...figures.kinds, figures.totals];
}
/** Under the table: the satisfaction distribution and rate, and the supervisor's spot checks (seed 004). */
function summaryAppendix(figures) {
    const { satisfaction, spotCheck } = figures;
    const share = (count) => (satisfaction.rated ? count / satisfaction.rated : null);
    return [
        {
            title: '满意程度分布',
            header: ['满意程度', '数量', '占比'],
            formats: [undefined, '0', '0.0%'],
            rows: [
                ...satisfaction.distribution.map((d) => [(0, shared_1.label)(shared_1.SATISFACTION_LABELS, d.level), d.count, share(d.count)]),
                ['已评价合计', satisfaction.rated, null],
                ['满意率（非常满意+满意）', null, percent(satisfaction.satisfiedRatePercent)],
            ],
        },
        {
            title: '维修记录抽查（主管抽查）',
            header: ['抽查比例', '维修记录数', '应抽查', '已安排', '已完成', '未完成'],
            formats: ['0.0%', '0', '0', '0', '0', '0'],
            rows: [[percent(spotCheck.ratePercent), spotCheck.repairRecords, spotCheck.required, spotCheck.planned, spotCheck.done, spotCheck.remaining]],
        },
    ];
}
const text = (value) => value ?? '';
/** 不合格回访: every unqualified callback of the period, with the escalation and the manager's handling. */
function unqualifiedColumns() {
    return [
        { header: '编码', typical: 'HF-A01-2026-000001', value: (r) => r.serialCode },
        { header: '状态', typical: '已上报', value: (r) => (0, shared_1.label)(shared_1.CALLBACK_STATUS_LABELS, r.status) },
        { header: '回访类型', value: (r) => (0, shared_1.label)(shared_1.PURPOSE_LABELS, r.purpose) },
        { header: '工单编号', typical: 'A01-20260214-001', value: (r) => r.ticketNumber },
        { header: '类别', value: (r) => (0, shared_1.label)(shared_1.TICKET_KIND_LABELS, r.kind) },
        { header: '业主', typical: '欧阳秀英', value: (r) => r.ownerName },
        { header: '房号', typical: '12-3-1502', value: (r) => r.unit },
        { header: '联系电话', typical: '13812345678', value: (r) => text(r.phone) },
        { header: '内容摘要', typical: '厨房水管接口漏水，需更换', kind: 'wrap', value: (r) => r.summary },
        { header: '回访时间', kind: 'datetime', typical: '2026-07-01 10:00', value: (r) => (0, sheet_layout_1.excelDateTime)(r.performedAt) },
        { header: '回访人', value: (r) => text(r.visitors) },
        { header: '满意程度', typical: '非常不满意', value: (r) => (r.satisfaction ? (0, shared_1.label)(shared_1.SATISFACTION_LABELS, r.satisfaction) : '') },
        { header: '缺点与不足', typical: '上门不及时', kind: 'wrap', value: (r) => text(r.shortcomings) },
        { header: '住户建议', typical: '希望提前电话预约', kind: 'wrap', value: (r) => text(r.suggestions) },
        { header: '审核意见', typical: '回访记录完整', kind: 'wrap', value: (r) => text(r.reviewOpinion) },
        { header: '上报项目经理', value: (r) => text(r.escalatedTo) },
        { header: '处理意见', typical: '责成工程部重新维修', kind: 'wrap', value: (r) => text(r.handlingOpinion) },
        { header: '跟进情况', typical: '已重新维修，业主满意', kind: 'wrap', value: (r) => text(r.followUp) },
    ];
}
/** 重复投诉: the same unit complaining about the same matter two or more times (连续就同一事项投诉两次以上). */
function repeatedComplaintColumns() {
    return [
        { header: '房号', typical: '12-3-1502', value: (r) => r.unit },
        { header: '投诉事项', typical: '秩序维护部', value: (r) => r.matter },
        { header: '投诉次数', kind: 'integer', value: (r) => r.count },
        { header: '投诉人', typical: '欧阳秀英', value: (r) => r.ownerNames.join('、') },
        { header: '投诉编号', typical: 'A01-20260214-001、A01-20260301-002', kind: 'wrap', value: (r) => r.ticketNumbers.join('、') },
        { header: '首次投诉', kind: 'date', typical: '2026-07-01', value: (r) => (0, sheet_layout_1.excelDate)(r.firstReceivedOn) },
        { header: '最近投诉', kind: 'date', typical: '2026-07-01', value: (r) => (0, sheet_layout_1.excelDate)(r.lastReceivedOn) },
    ];
}
/** 重复维修: the same unit with the same repair category three or more times (同一种维修三次以上). */
function repeatedRepairColumns() {
    return [
        { header: '房号', typical: '12-3-1502', value: (r) => r.unit },
        { header: '维修类别', typical: '下水道堵塞', value: (r) => r.category },
        { header: '维修次数', kind: 'integer', value: (r) => r.count },
        { header: '业主', typical: '欧阳秀英', value: (r) => r.ownerNames.join('、') },
        { header: '工单编号', typical: 'A01-20260214-001、A01-20260301-002', kind: 'wrap', value: (r) => r.ticketNumbers.join('、') },
        { header: '首次报修', kind: 'date', typical: '2026-07-01', value: (r) => (0, sheet_layout_1.excelDate)(r.firstReceivedOn) },
        { header: '最近报修', kind: 'date', typical: '2026-07-01', value: (r) => (0, sheet_layout_1.excelDate)(r.lastReceivedOn) },
    ];
}
//# sourceMappingURL=statistics.sheets.js.map