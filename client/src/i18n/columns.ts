import { CALLBACK_RECORD_COLUMNS, type Language, TICKET_REGISTER_COLUMNS } from '@hf/shared';

type ColumnLabels = Record<string, { 'zh-CN': string; en: string }>;

/** Column headers of 《业主回访记录表》: the one table the workbook prints too (shared/src/columns.ts). */
export const CALLBACK_COLUMNS: ColumnLabels = CALLBACK_RECORD_COLUMNS;

/** Column headers of 工单登记 / 《客户投诉登记表》 (shared: the ledger import matches them too). */
export const TICKET_COLUMNS: ColumnLabels = TICKET_REGISTER_COLUMNS;

export const columnLabel = (labels: ColumnLabels, field: string, language: Language) => labels[field]?.[language] ?? field;
