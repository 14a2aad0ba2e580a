import { CALLBACK_RECORD_COLUMNS, type Language } from '@hf/shared';

type ColumnLabels = Record<string, { 'zh-CN': string; en: string }>;

/** Column headers of 《业主回访记录表》: the one table the workbook prints too (shared/src/columns.ts). */
export const CALLBACK_COLUMNS: ColumnLabels = CALLBACK_RECORD_COLUMNS;

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
  voidReason: { 'zh-CN': '作废原因', en: 'Void reason' },
};

export const columnLabel = (labels: ColumnLabels, field: string, language: Language) => labels[field]?.[language] ?? field;
