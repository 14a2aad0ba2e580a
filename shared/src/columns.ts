import type { Language } from './labels';

type ColumnLabels<K extends string> = Record<K, { 'zh-CN': string; en: string }>;

/**
 * The columns of 《业主回访记录表》 (DOMAIN.md, 回访内容), in the order of the paper form: one set of headers for the
 * grid (回访记录表, 回访计划) and the printed workbook. attemptCount, carriedOver and daysLeft are the screen's own columns.
 */
export const CALLBACK_RECORD_COLUMNS = {
  serialCode: { 'zh-CN': '编码', en: 'Serial code' },
  status: { 'zh-CN': '状态', en: 'Status' },
  voidReason: { 'zh-CN': '作废原因', en: 'Void reason' },
  purpose: { 'zh-CN': '回访类型', en: 'Callback type' },
  ticketNumber: { 'zh-CN': '工单编号', en: 'Ticket' },
  ownerName: { 'zh-CN': '业主', en: 'Owner' },
  unit: { 'zh-CN': '房号', en: 'Unit' },
  phone: { 'zh-CN': '联系电话', en: 'Phone' },
  kind: { 'zh-CN': '类别', en: 'Kind' },
  category: { 'zh-CN': '维修类别', en: 'Category' },
  summary: { 'zh-CN': '内容摘要', en: 'Summary' },
  methods: { 'zh-CN': '回访方式', en: 'Method' },
  windowFrom: { 'zh-CN': '计划回访起', en: 'Window from' },
  windowTo: { 'zh-CN': '计划回访止', en: 'Window to' },
  assignee: { 'zh-CN': '回访责任人', en: 'Assignee' },
  attemptCount: { 'zh-CN': '尝试次数', en: 'Attempts' },
  carriedOver: { 'zh-CN': '跨期', en: 'Carried over' },
  daysLeft: { 'zh-CN': '剩余天数', en: 'Days left' },
  performedAt: { 'zh-CN': '回访时间', en: 'Performed at' },
  visitors: { 'zh-CN': '回访人', en: 'Visitor(s)' },
  qualityEvaluation: { 'zh-CN': '质量评价', en: 'Quality' },
  serviceEvaluation: { 'zh-CN': '服务效果评价', en: 'Service effect' },
  satisfaction: { 'zh-CN': '满意程度', en: 'Satisfaction' },
  satisfactionScore: { 'zh-CN': '评分', en: 'Score' },
  shortcomings: { 'zh-CN': '缺点与不足', en: 'Shortcomings' },
  suggestions: { 'zh-CN': '住户建议', en: 'Suggestions' },
  result: { 'zh-CN': '回访结果', en: 'Result' },
  ownerConfirmation: { 'zh-CN': '业主确认', en: 'Owner confirmation' },
  handlerAtRecording: { 'zh-CN': '处理人（回访时）', en: 'Handler (at callback)' },
  departmentAtRecording: { 'zh-CN': '责任部门（回访时）', en: 'Department (at callback)' },
  ownerVerdict: { 'zh-CN': '业主核实', en: 'Owner verification' },
  reviewedBy: { 'zh-CN': '审核人', en: 'Reviewer' },
  reviewedAt: { 'zh-CN': '审核时间', en: 'Reviewed at' },
  reviewOpinion: { 'zh-CN': '审核意见', en: 'Review opinion' },
  escalatedTo: { 'zh-CN': '上报项目经理', en: 'Escalated to' },
  escalatedAt: { 'zh-CN': '上报时间', en: 'Escalated at' },
  handlingOpinion: { 'zh-CN': '处理意见', en: 'Handling opinion' },
  handlingBy: { 'zh-CN': '处理人', en: 'Handled by' },
  handlingAt: { 'zh-CN': '处理时间', en: 'Handled at' },
  followUp: { 'zh-CN': '跟进情况', en: 'Follow-up' },
} as const satisfies ColumnLabels<string>;

/** The columns of 工单登记 / 《客户投诉登记表》: the grid's headers and the ledger import's (ledger-import.ts). */
export const TICKET_REGISTER_COLUMNS = {
  number: { 'zh-CN': '工单编号', en: 'Number' },
  kind: { 'zh-CN': '类型', en: 'Kind' },
  severity: { 'zh-CN': '投诉级别', en: 'Severity' },
  ownerName: { 'zh-CN': '业主/住户', en: 'Owner' },
  unit: { 'zh-CN': '房号', en: 'Unit' },
  phone: { 'zh-CN': '电话', en: 'Phone' },
  channel: { 'zh-CN': '渠道', en: 'Channel' },
  receivedAt: { 'zh-CN': '受理时间', en: 'Received at' },
  department: { 'zh-CN': '涉及部门', en: 'Department' },
  category: { 'zh-CN': '类别', en: 'Category' },
  summary: { 'zh-CN': '内容摘要', en: 'Summary' },
  handler: { 'zh-CN': '处理人', en: 'Handler' },
  handlingResult: { 'zh-CN': '处理结果', en: 'Result' },
  completedAt: { 'zh-CN': '完成时间', en: 'Completed at' },
  status: { 'zh-CN': '状态', en: 'Status' },
  voidReason: { 'zh-CN': '作废原因', en: 'Void reason' },
} as const satisfies ColumnLabels<string>;

export type CallbackRecordColumn = keyof typeof CALLBACK_RECORD_COLUMNS;

/** The header of a column of 《业主回访记录表》 in a language (the workbook prints zh-CN). */
export function callbackColumnLabel(column: CallbackRecordColumn, language: Language = 'zh-CN'): string {
  return CALLBACK_RECORD_COLUMNS[column][language];
}
