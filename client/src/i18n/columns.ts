import type { Language } from '@hf/shared';

type ColumnLabels = Record<string, { 'zh-CN': string; en: string }>;

/** Column headers of 《业主回访记录表》. */
export const CALLBACK_COLUMNS: ColumnLabels = {
  serialCode: { 'zh-CN': '编码', en: 'Serial code' },
  ticketNumber: { 'zh-CN': '工单编号', en: 'Ticket' },
  ownerName: { 'zh-CN': '业主', en: 'Owner' },
  unit: { 'zh-CN': '房号', en: 'Unit' },
  phone: { 'zh-CN': '电话', en: 'Phone' },
  kind: { 'zh-CN': '类型', en: 'Kind' },
  summary: { 'zh-CN': '内容摘要', en: 'Summary' },
  windowFrom: { 'zh-CN': '回访期限起', en: 'Window from' },
  windowTo: { 'zh-CN': '回访期限止', en: 'Window to' },
  assignee: { 'zh-CN': '计划回访人', en: 'Assignee' },
  status: { 'zh-CN': '状态', en: 'Status' },
  attemptCount: { 'zh-CN': '尝试次数', en: 'Attempts' },
  methods: { 'zh-CN': '回访方式', en: 'Method' },
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
  reviewOpinion: { 'zh-CN': '审核意见', en: 'Review opinion' },
  reviewedBy: { 'zh-CN': '审核人', en: 'Reviewer' },
  handlingOpinion: { 'zh-CN': '处理意见', en: 'Handling opinion' },
  followUp: { 'zh-CN': '跟进情况', en: 'Follow-up' },
  daysLeft: { 'zh-CN': '剩余天数', en: 'Days left' },
};

/** Column headers of 工单登记 / 《客户投诉登记表》. */
export const TICKET_COLUMNS: ColumnLabels = {
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
};

export const columnLabel = (labels: ColumnLabels, field: string, language: Language) => labels[field]?.[language] ?? field;
