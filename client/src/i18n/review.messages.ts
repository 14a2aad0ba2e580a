/** Texts of batch review (审核通过) and of the project manager's handling form (处理意见), zh-CN first. */
export const REVIEW_MESSAGES = {
  reviewOpinionPlaceholder: { 'zh-CN': '审核意见（选填，写入所选每条记录）', en: 'Review opinion (optional, written on every selected record)' },
  reviewSelected: { 'zh-CN': '审核通过（{count} 条）', en: 'Approve ({count})' },
  reviewHint: { 'zh-CN': '选择多行（Shift+方向键或拖动）后一次审核；不合格的记录将上报项目经理', en: 'Select rows (Shift+arrows or drag) to review them at once; unqualified records go to the project manager' },
  reviewSkipped: { 'zh-CN': '另有 {count} 条不是待审核记录，已跳过', en: '{count} selected rows are not waiting for review and were skipped' },
  reviewDone: { 'zh-CN': '已审核 {count} 条（其中 {escalated} 条不合格，已上报项目经理）', en: '{count} reviewed ({escalated} unqualified, escalated to the project manager)' },
  reviewConflicts: { 'zh-CN': '{count} 条已被他人修改，未审核，请查看后重新审核：{codes}', en: '{count} changed by someone else and not reviewed — check them and review again: {codes}' },
  handlingTitle: { 'zh-CN': '处理意见 · {code}', en: 'Handling opinion · {code}' },
  handlingIntro: {
    'zh-CN': '不合格回访：{owner} {unit}，{summary}。审核意见：{review}',
    en: 'Unqualified callback: {owner} {unit}, {summary}. Review opinion: {review}',
  },
  handlingOpinionLabel: { 'zh-CN': '处理意见（必填）', en: 'Handling opinion (required)' },
  followUpLabel: { 'zh-CN': '跟进情况', en: 'Follow-up' },
  handlingSubmit: { 'zh-CN': '提交处理意见并关闭', en: 'Submit and close' },
  handlingRequired: { 'zh-CN': '请填写处理意见', en: 'Write the handling opinion' },
  handlingDone: { 'zh-CN': '{code} 已写入处理意见并关闭，客服管家可在回访记录表中查看', en: '{code}: opinion written and closed; the clerk sees it in the callback records' },
} as const;
