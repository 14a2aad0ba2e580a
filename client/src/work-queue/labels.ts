import type { QuarterlyReportStatus } from '../api/generated/graphql';

/** 季度统计分析报告 states (DRAFT → SUBMITTED → REVIEWED → REPORTED). */
export const REPORT_STATUS_LABELS: Record<QuarterlyReportStatus, { 'zh-CN': string; en: string }> = {
  DRAFT: { 'zh-CN': '草稿', en: 'Draft' },
  SUBMITTED: { 'zh-CN': '已提交', en: 'Submitted' },
  REVIEWED: { 'zh-CN': '已审核', en: 'Reviewed' },
  REPORTED: { 'zh-CN': '已上报', en: 'Reported' },
};
