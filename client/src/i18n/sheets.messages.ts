/** Texts of 季度统计, 导出, 回访计划 and 登记工单 added by issue 13 (spread into MESSAGES), zh-CN first. */
export const SHEETS_MESSAGES = {
  loginSubtitle: { 'zh-CN': '物业客户服务中心', en: 'Property management customer-service centre' },
  complaintMatter: { 'zh-CN': '投诉事项', en: 'Matter' },
  times: { 'zh-CN': '次数', en: 'Times' },
  // 全部期间 on the sheets that work on one period
  periodShownAll: {
    'zh-CN': '已选“全部期间”：统计按期间计算，这里显示当前期间 {period}。要看或存档其他期间，请在上方选择期间。',
    en: '“All periods” is selected: the statistics are per period, so this shows the current period {period}. Choose a period above to see or archive another.',
  },
  exportShownAll: {
    'zh-CN': '已选“全部期间”：工作簿按期间导出，下面导出当前期间 {period}。要导出其他期间，请在上方选择期间。',
    en: '“All periods” is selected: a workbook holds one period, so this exports the current period {period}. Choose a period above to export another.',
  },
  archiveNeedsPeriod: { 'zh-CN': '存档须先在上方选择一个期间（不能在“全部期间”下存档）', en: 'Choose one period above to archive it (not possible under “All periods”)' },
  archiveNotEnded: { 'zh-CN': '期间结束后（{date} 之后）才能存档', en: 'Can be archived once the period has ended (after {date})' },
  archiveConfirmTitle: { 'zh-CN': '存档 {project} {period}？', en: 'Archive {project} {period}?' },
  archiveConfirmText: {
    'zh-CN': '将存档项目 {project} 的 {period}（{from} 至 {to}）。存档后该期间的工单和已完成的回访全部只读，存档不能撤销。',
    en: 'This archives {period} ({from} to {to}) of project {project}. Its tickets and finished callbacks become read-only; archiving cannot be undone.',
  },
  archiveConfirm: { 'zh-CN': '确认存档', en: 'Archive' },
  // 导出: drafts and downloads
  exportDraftNotice: {
    'zh-CN': '{period} 尚未存档：导出的工作簿每页标有“未存档（草稿）”，其中记录仍可能修改。',
    en: '{period} is not archived yet: every page of the workbook says “未存档（草稿）” (draft); its records may still change.',
  },
  exportArchivedNotice: { 'zh-CN': '{period} 已存档：导出的工作簿为正式存档版。', en: '{period} is archived: the workbook is the final record.' },
  archivedColumn: { 'zh-CN': '存档', en: 'Archived' },
  workbookArchived: { 'zh-CN': '已存档', en: 'Archived' },
  workbookDraft: { 'zh-CN': '未存档（草稿）', en: 'Draft (not archived)' },
  downloading: { 'zh-CN': '正在下载…', en: 'Downloading…' },
  downloadRefused: { 'zh-CN': '不能下载 {number}：{reason}', en: 'Cannot download {number}: {reason}' },
  downloadFailed: { 'zh-CN': '下载失败，请检查网络后重试', en: 'The download failed; check the connection and try again' },
  // 登记工单 and 处理完毕
  invalidDateTime: { 'zh-CN': '时间无效', en: 'not a valid time' },
  ticketCreated: { 'zh-CN': '已登记 {number}', en: 'Registered {number}' },
  ticketCreatedElsewhere: { 'zh-CN': '已登记 {number}（不在当前筛选或期间内）', en: 'Registered {number} (outside the current filter or period)' },
  completeTitle: { 'zh-CN': '处理完毕：{number}', en: 'Complete {number}' },
  completedAt: { 'zh-CN': '完成时间', en: 'Completed at' },
  confirmComplete: { 'zh-CN': '确认处理完毕', en: 'Complete' },
  ticketCompleted: { 'zh-CN': '{number} 已处理完毕', en: '{number} completed' },
  callbacksScheduled: { 'zh-CN': '已安排回访 {codes}', en: 'callbacks scheduled: {codes}' },
  notSampled: { 'zh-CN': '未抽中回访（{kind} {rate}%，{period}已选 {selected}/{completed}）', en: 'not selected for a callback ({kind} {rate}%, {selected} of {completed} selected {period})' },
  notSampledGap: {
    'zh-CN': '未安排回访：业主近期已回访（{kind} {rate}%，{period}已选 {selected}/{completed}）',
    en: 'no callback: the owner was called back recently ({kind} {rate}%, {selected} of {completed} selected {period})',
  },
  noCallbackPolicy: { 'zh-CN': '{kind}没有回访规程，未安排回访', en: 'no callback policy for {kind}: no callback scheduled' },
  thisQuarter: { 'zh-CN': '本季度', en: 'this quarter' },
  thisMonth: { 'zh-CN': '本月', en: 'this month' },
  addCallbackByHand: { 'zh-CN': '手动加入回访', en: 'Add a callback by hand' },
  callbackAdded: { 'zh-CN': '已加入回访 {code}（{from} 至 {to}）', en: 'Callback {code} added ({from} to {to})' },
  // 回访计划
  planHorizon: { 'zh-CN': '计划范围', en: 'Plan horizon' },
  planDue: { 'zh-CN': '今日到期及逾期', en: 'Due today and overdue' },
  planAhead: { 'zh-CN': '未来 {days} 天', en: 'Next {days} days' },
  planIntroAhead: {
    'zh-CN': '尚未回访、回访期限在 {days} 天内开始（含已开始、已逾期）的记录，按回访人排列；',
    en: 'Callbacks not yet done whose window opens within {days} days (open and overdue ones included), by assignee; ',
  },
  planOfPeriod: { 'zh-CN': '期间 {period}。', en: 'period {period}.' },
  planAllPeriods: { 'zh-CN': '全部期间。', en: 'all periods.' },
  planElsewhere: { 'zh-CN': '另有 {count} 条属于其他期间（选择“全部期间”查看）', en: '{count} more belong to other periods (choose “All periods” to see them)' },
} as const;
