import type { Language } from './labels';

/** The figures of one row (a ticket kind, or 合计) of 季度统计分析表, as the API's KindStatistics carries them. */
export interface KindFigures {
  kind?: string | null;
  ticketsCompleted: number;
  callbacksRequired: number;
  callbacksPlanned: number;
  callbacksDone: number;
  targetRatePercent?: number | null;
  achievedRatePercent?: number | null;
  targetMet: boolean;
  doneWithinWindow: number;
  overdue: number;
  unreachable: number;
}

type FigureKey = Exclude<keyof KindFigures, 'kind'>;

/** How a figure reads: a count, a rate in percent, or 达标 yes/no. */
export type FigureFormat = 'integer' | 'percent' | 'met';

/**
 * The columns of 季度统计分析表, in their order: one set for the 季度统计 screen and the workbook's 统计汇总 sheet, so
 * the screen shows every figure the paper has (已安排回访, 无法联系 included) under the same headers.
 */
export const STATISTICS_KIND_COLUMNS: readonly { key: FigureKey; format: FigureFormat; label: { 'zh-CN': string; en: string } }[] = [
  { key: 'ticketsCompleted', format: 'integer', label: { 'zh-CN': '完成工单数', en: 'Tickets completed' } },
  { key: 'callbacksRequired', format: 'integer', label: { 'zh-CN': '应回访数', en: 'Callbacks required' } },
  { key: 'callbacksPlanned', format: 'integer', label: { 'zh-CN': '已安排回访', en: 'Callbacks planned' } },
  { key: 'callbacksDone', format: 'integer', label: { 'zh-CN': '已回访数', en: 'Callbacks done' } },
  { key: 'targetRatePercent', format: 'percent', label: { 'zh-CN': '目标回访率', en: 'Target rate' } },
  { key: 'achievedRatePercent', format: 'percent', label: { 'zh-CN': '实际回访率', en: 'Achieved rate' } },
  { key: 'targetMet', format: 'met', label: { 'zh-CN': '是否达标', en: 'Target met' } },
  { key: 'doneWithinWindow', format: 'integer', label: { 'zh-CN': '时效内完成', en: 'Within window' } },
  { key: 'overdue', format: 'integer', label: { 'zh-CN': '逾期未回访', en: 'Overdue' } },
  { key: 'unreachable', format: 'integer', label: { 'zh-CN': '无法联系', en: 'Unreachable' } },
];

/** The first column of 季度统计分析表: the ticket kind (类别), and the label of the total row. */
export const STATISTICS_KIND_HEADER = { 'zh-CN': '类别', en: 'Kind' } as const;
export const STATISTICS_TOTAL_LABEL = { 'zh-CN': '合计', en: 'Total' } as const;
/** 是否达标 as the paper writes it. */
export const TARGET_MET_LABELS = { met: { 'zh-CN': '达标', en: 'met' }, missed: { 'zh-CN': '未达标', en: 'missed' } } as const;

/** The sheets of the quarterly workbook: their names (what the export register counts rows of) in both languages. */
export const WORKBOOK_SHEETS = {
  callbackRecord: { 'zh-CN': '业主回访记录表', en: 'Callback records' },
  complaintRegister: { 'zh-CN': '客户投诉登记表', en: 'Complaint register' },
  summary: { 'zh-CN': '统计汇总', en: 'Statistics summary' },
  unqualified: { 'zh-CN': '不合格回访', en: 'Unqualified callbacks' },
  repeatedComplaints: { 'zh-CN': '重复投诉', en: 'Repeated complaints' },
  repeatedRepairs: { 'zh-CN': '重复维修', en: 'Repeated repairs' },
} as const;

/** A workbook sheet's name in a language; the register stores the Chinese name the workbook prints. */
export function workbookSheetLabel(sheet: string, language: Language): string {
  const entry = Object.values(WORKBOOK_SHEETS).find((s) => s['zh-CN'] === sheet);
  return entry ? entry[language] : sheet;
}
