/**
 * Headers for the fields a history shows that are not columns of the sheet (when a callback was recorded, voided,
 * escalated …); the sheets' columns keep their own headers (i18n/columns.ts).
 */
export const HISTORY_ONLY_FIELDS: Record<string, { 'zh-CN': string; en: string }> = {
  voidedAt: { 'zh-CN': '作废时间', en: 'Voided at' },
  voidReason: { 'zh-CN': '作废原因', en: 'Void reason' },
  reassignReason: { 'zh-CN': '改派原因', en: 'Reassign reason' },
  coAssignee: { 'zh-CN': '协同回访人', en: 'Co-assignee' },
  recordedAt: { 'zh-CN': '记录时间', en: 'Recorded at' },
  recordedBy: { 'zh-CN': '记录人', en: 'Recorded by' },
  escalatedAt: { 'zh-CN': '上报时间', en: 'Escalated at' },
  escalatedTo: { 'zh-CN': '上报给', en: 'Escalated to' },
  handlingBy: { 'zh-CN': '处理人', en: 'Handled by' },
  handlingAt: { 'zh-CN': '处理时间', en: 'Handled at' },
  closedAt: { 'zh-CN': '关闭时间', en: 'Closed at' },
  nextAttemptAt: { 'zh-CN': '约定回访时间', en: 'Agreed time' },
  startedAt: { 'zh-CN': '开始处理时间', en: 'Started at' },
  contractStart: { 'zh-CN': '合同开始', en: 'Contract start' },
  contractEnd: { 'zh-CN': '合同结束', en: 'Contract end' },
};
