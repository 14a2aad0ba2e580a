import {
  CALLBACK_STATUS_LABELS, label, PURPOSE_LABELS, Satisfaction, SATISFACTION_LABELS, TICKET_KIND_LABELS, TicketKind,
} from '@hf/shared';
import type { QuarterlyStatistics } from '../statistics/statistics.types';
import type { AppendixBlock, ColumnSpec } from './print-sheet';
import { excelDate, excelDateTime } from './sheet-layout';

/**
 * The quarter's figures as the workbook prints them. They come from the statistics service
 * (computeQuarterlyStatistics, one SQL statement); the sheets only lay them out.
 */
export type QuarterlyFigures = Pick<
  QuarterlyStatistics,
  'kinds' | 'totals' | 'satisfaction' | 'unqualifiedCallbacks' | 'repeatedComplaints' | 'repeatedRepairs' | 'spotCheck'
>;

export const SUMMARY_SHEET = '统计汇总';
export const UNQUALIFIED_SHEET = '不合格回访';
export const REPEATED_COMPLAINTS_SHEET = '重复投诉';
export const REPEATED_REPAIRS_SHEET = '重复维修';

type KindRow = QuarterlyFigures['kinds'][number];
type UnqualifiedRow = QuarterlyFigures['unqualifiedCallbacks'][number];
type RepeatedComplaintRow = QuarterlyFigures['repeatedComplaints'][number];
type RepeatedRepairRow = QuarterlyFigures['repeatedRepairs'][number];

/** A rate in percent (12.5) as an Excel percentage (0.125, shown 12.5%). */
const percent = (value: number | null | undefined): number | null => (value === null || value === undefined ? null : value / 100);
const yesNo = (value: boolean) => (value ? '达标' : '未达标');

/** 统计汇总: per ticket kind, the callbacks required by the policy, done, and the achieved rate against the target. */
export function summaryColumns(): ColumnSpec<KindRow>[] {
  return [
    { header: '类别', typical: '报刊杂志/文体活动', value: (r) => (r.kind ? label(TICKET_KIND_LABELS, r.kind as TicketKind) : '合计') },
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

export function summaryRows(figures: QuarterlyFigures): KindRow[] {
  return [...figures.kinds, figures.totals];
}

/** Under the table: the satisfaction distribution and rate, and the supervisor's spot checks (seed 004). */
export function summaryAppendix(figures: QuarterlyFigures): AppendixBlock[] {
  const { satisfaction, spotCheck } = figures;
  const share = (count: number) => (satisfaction.rated ? count / satisfaction.rated : null);
  return [
    {
      title: '满意程度分布',
      header: ['满意程度', '数量', '占比'],
      formats: [undefined, '0', '0.0%'],
      rows: [
        ...satisfaction.distribution.map((d) => [label(SATISFACTION_LABELS, d.level as Satisfaction), d.count, share(d.count)]),
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


/** 不合格回访: every unqualified callback of the period, with the escalation and the manager's handling. */
export function unqualifiedColumns(): ColumnSpec<UnqualifiedRow>[] {
  return [
    { header: '编码', typical: 'HF-A01-2026-000001', value: (r) => r.serialCode },
    { header: '状态', typical: '已上报', value: (r) => label(CALLBACK_STATUS_LABELS, r.status) },
    { header: '回访类型', value: (r) => label(PURPOSE_LABELS, r.purpose) },
    { header: '工单编号', typical: 'A01-20260214-001', value: (r) => r.ticketNumber },
    { header: '类别', value: (r) => label(TICKET_KIND_LABELS, r.kind) },
    { header: '业主', typical: '欧阳秀英', value: (r) => r.ownerName },
    { header: '房号', typical: '12-3-1502', value: (r) => r.unit },
    { header: '联系电话', typical: '13812345678', value: (r) => r.phone },
    { header: '内容摘要', typical: '厨房水管接口漏水，需更换', kind: 'wrap', value: (r) => r.summary },
    { header: '回访时间', kind: 'datetime', typical: '2026-07-01 10:00', value: (r) => excelDateTime(r.performedAt) },
    { header: '回访人', value: (r) => r.visitors },
    { header: '满意程度', typical: '非常不满意', value: (r) => (r.satisfaction ? label(SATISFACTION_LABELS, r.satisfaction) : '') },
    { header: '缺点与不足', typical: '上门不及时', kind: 'wrap', value: (r) => r.shortcomings },
    { header: '住户建议', typical: '希望提前电话预约', kind: 'wrap', value: (r) => r.suggestions },
    { header: '审核意见', typical: '回访记录完整', kind: 'wrap', value: (r) => r.reviewOpinion },
    { header: '上报项目经理', value: (r) => r.escalatedTo },
    { header: '处理意见', typical: '责成工程部重新维修', kind: 'wrap', value: (r) => r.handlingOpinion },
    { header: '跟进情况', typical: '已重新维修，业主满意', kind: 'wrap', value: (r) => r.followUp },
  ];
}

/** 重复投诉: the same unit complaining about the same matter two or more times (连续就同一事项投诉两次以上). */
export function repeatedComplaintColumns(): ColumnSpec<RepeatedComplaintRow>[] {
  return [
    { header: '房号', typical: '12-3-1502', value: (r) => r.unit },
    { header: '投诉事项', typical: '秩序维护部', value: (r) => r.matter },
    { header: '投诉次数', kind: 'integer', value: (r) => r.count },
    { header: '投诉人', typical: '欧阳秀英', value: (r) => r.ownerNames.join('、') },
    { header: '投诉编号', typical: 'A01-20260214-001、A01-20260301-002', kind: 'wrap', value: (r) => r.ticketNumbers.join('、') },
    { header: '首次投诉', kind: 'date', typical: '2026-07-01', value: (r) => excelDate(r.firstReceivedOn) },
    { header: '最近投诉', kind: 'date', typical: '2026-07-01', value: (r) => excelDate(r.lastReceivedOn) },
  ];
}

/** 重复维修: the same unit with the same repair category three or more times (同一种维修三次以上). */
export function repeatedRepairColumns(): ColumnSpec<RepeatedRepairRow>[] {
  return [
    { header: '房号', typical: '12-3-1502', value: (r) => r.unit },
    { header: '维修类别', typical: '下水道堵塞', value: (r) => r.category },
    { header: '维修次数', kind: 'integer', value: (r) => r.count },
    { header: '业主', typical: '欧阳秀英', value: (r) => r.ownerNames.join('、') },
    { header: '工单编号', typical: 'A01-20260214-001、A01-20260301-002', kind: 'wrap', value: (r) => r.ticketNumbers.join('、') },
    { header: '首次报修', kind: 'date', typical: '2026-07-01', value: (r) => excelDate(r.firstReceivedOn) },
    { header: '最近报修', kind: 'date', typical: '2026-07-01', value: (r) => excelDate(r.lastReceivedOn) },
  ];
}

