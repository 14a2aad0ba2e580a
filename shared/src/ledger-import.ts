import { CallbackMethod, CallbackResult, Channel, ComplaintSeverity, OwnerConfirmation, Satisfaction, TicketKind } from './enums';
import {
  CHANNEL_LABELS, CONFIRMATION_LABELS, type Labels, METHOD_LABELS, RESULT_LABELS, SATISFACTION_LABELS, SEVERITY_LABELS, TICKET_KIND_LABELS,
} from './labels';
import { CALLBACK_RECORD_COLUMNS, TICKET_REGISTER_COLUMNS } from './columns';
import { businessInstant } from './local-date';
import { type Message, msg } from './messages';

/**
 * 导入历史台账 (issue 19): existing Excel ledgers — 《客户投诉登记表》/工单登记 and 《业主回访记录表》 — read row by row,
 * their headers matched to our columns by label or synonym, each cell parsed as a clerk would type it, then checked by
 * the same rules as a typed row. This file holds the columns and the cell rules (pure); server/src/modules/imports
 * reads the file and writes the rows.
 */
export enum LedgerKind {
  /** 工单登记 / 《客户投诉登记表》: one ticket per row */
  TICKETS = 'TICKETS',
  /** 《业主回访记录表》: one ticket and its recorded callback per row */
  CALLBACKS = 'CALLBACKS',
}

export type ImportValueType = 'text' | 'dateTime' | 'enum' | 'enumList' | 'integer';

export interface ImportColumn {
  field: string;
  label: { 'zh-CN': string; en: string };
  /** other headers the same column goes by in old ledgers */
  synonyms: readonly string[];
  type: ImportValueType;
  labels?: Labels<string>;
  maxLength?: number;
  /** what the template's 说明 sheet says of it */
  help: string;
}

const TEXT = { type: 'text' as const };
const col = (field: string, label: { 'zh-CN': string; en: string }, synonyms: string[], spec: Partial<ImportColumn> & { help: string }): ImportColumn => ({
  field, label, synonyms, ...TEXT, ...spec,
});
const T = TICKET_REGISTER_COLUMNS;
const C = CALLBACK_RECORD_COLUMNS;

const TICKET_PART: readonly ImportColumn[] = [
  col('number', T.number, ['工单号', '编号', '单号', '投诉编号', '报修单号', 'ticket', 'ticket number'], { maxLength: 40, help: '原工单编号。符合本系统格式（如 A01-20260214-001）且未被占用时保留，否则生成新编号并把原编号记为“原编号”' }),
  col('kind', T.kind, ['工单类型', '类别', '事项类型', '服务类型', 'type'], { type: 'enum', labels: TICKET_KIND_LABELS, help: '投诉 / 维修 / 特约服务 / 求助 / 紧急事件 / 社区活动 / 其他' }),
  col('severity', T.severity, ['投诉等级', '级别', '等级'], { type: 'enum', labels: SEVERITY_LABELS, help: '投诉必填：重大 / 一般' }),
  col('ownerName', T.ownerName, ['业主', '住户', '业主姓名', '客户', '客户姓名', '姓名', '业主/住户', 'owner', 'name'], { maxLength: 50, help: '必填' }),
  col('unit', T.unit, ['房号', '单元', '楼栋房号', '房屋', '地址', '楼号', '房间号', 'unit'], { maxLength: 30, help: '必填，按项目的房号格式（如 12-3-1502）' }),
  col('phone', T.phone, ['联系电话', '电话', '手机', '手机号', '联系方式', 'phone', 'mobile'], { maxLength: 30, help: '手机 11 位或座机' }),
  col('channel', T.channel, ['来源', '受理方式', '投诉方式', '渠道', 'channel'], { type: 'enum', labels: CHANNEL_LABELS, help: '电话 / 来访 / 信函 / 传真 / 线上；空白按“电话”' }),
  col('receivedAt', T.receivedAt, ['受理时间', '受理日期', '登记时间', '日期', '投诉时间', '报修时间', 'received'], { type: 'dateTime', help: '必填，日期或日期时间，如 2025-03-01 09:30' }),
  col('department', T.department, ['责任部门', '涉及部门', '部门', '处理部门', 'department'], { maxLength: 50, help: '投诉必填；须为项目已有部门' }),
  col('category', T.category, ['维修类别', '报修类别', '类别细分', '分类', 'category'], { maxLength: 50, help: '维修必填，如 水管漏水' }),
  col('summary', T.summary, ['内容摘要', '内容', '投诉内容', '报修内容', '事项', '摘要', '问题描述', 'summary'], { maxLength: 2000, help: '必填' }),
  col('handler', T.handler, ['处理人', '维修人', '经办人', '责任人', 'handler'], { maxLength: 50, help: '' }),
  col('handlingResult', T.handlingResult, ['处理结果', '处理情况', '维修结果', 'handling result'], { maxLength: 2000, help: '' }),
  col('completedAt', T.completedAt, ['完成时间', '完成日期', '处理完成时间', '办结时间', 'completed'], { type: 'dateTime', help: '回访记录必填：回访须在完成之后' }),
];

const CALLBACK_PART: readonly ImportColumn[] = [
  col('methods', C.methods, ['回访形式', '方式', 'method'], { type: 'enumList', labels: METHOD_LABELS, help: '电话 / 面谈 / 现场查看，多个用 + 连接' }),
  col('performedAt', C.performedAt, ['回访日期', '回访时间', 'performed'], { type: 'dateTime', help: '必填' }),
  col('visitors', C.visitors, ['回访人员', '回访员', 'visitor'], { maxLength: 100, help: '' }),
  col('qualityEvaluation', C.qualityEvaluation, ['质量', '服务质量评价'], { maxLength: 2000, help: '' }),
  col('serviceEvaluation', C.serviceEvaluation, ['服务效果', '效果评价'], { maxLength: 2000, help: '' }),
  col('satisfaction', C.satisfaction, ['满意度', '满意情况', '业主评价', 'satisfaction'], { type: 'enum', labels: SATISFACTION_LABELS, help: '必填：非常满意 / 满意 / 基本满意 / 不满意 / 非常不满意' }),
  col('satisfactionScore', C.satisfactionScore, ['分数', '得分', 'score'], { type: 'integer', help: '1–10，可空' }),
  col('shortcomings', C.shortcomings, ['缺点', '不足', '存在问题', 'shortcomings'], { maxLength: 2000, help: '不满意或非常不满意时必填' }),
  col('suggestions', C.suggestions, ['建议', '业主建议', '意见建议', 'suggestions'], { maxLength: 2000, help: '' }),
  col('result', C.result, ['结果', '是否合格', '回访结论', 'result'], { type: 'enum', labels: RESULT_LABELS, help: '必填：合格 / 不合格' }),
  col('ownerConfirmation', C.ownerConfirmation, ['签名确认', '业主签名', '确认', 'confirmation'], { type: 'enum', labels: CONFIRMATION_LABELS, help: '签名确认 / 电话确认 / 拒绝确认 / 无法联系' }),
  col('reviewOpinion', C.reviewOpinion, ['审核', '主管意见', 'review'], { maxLength: 2000, help: '' }),
];

/** 原编号: the paper form's page and serial (每页应印有编码), kept beside our serial code. */
const ORIGINAL_SERIAL = col('originalSerial', { 'zh-CN': '原编号', en: 'Original code' }, ['页码', '原编码', '纸质编号', '页号', '序号', 'original code'], { maxLength: 60, help: '纸质表的页码或编号，导入后记为“原编号”' });

/** The columns of each ledger in the order of its paper form (the template's order). */
export const LEDGER_COLUMNS: Readonly<Record<LedgerKind, readonly ImportColumn[]>> = {
  [LedgerKind.TICKETS]: TICKET_PART,
  [LedgerKind.CALLBACKS]: [ORIGINAL_SERIAL, ...TICKET_PART.filter((c) => c.field !== 'channel'), ...CALLBACK_PART],
};

/** The most columns a ledger may have (a sheet of 1,000 columns is refused, not read). */
export const MAX_LEDGER_COLUMNS = 100;
/** The largest file accepted. */
export const MAX_LEDGER_BYTES = 20 * 1024 * 1024;
/** The most rows one file may hold. */
export const MAX_LEDGER_ROWS = 100_000;

/** A header as compared: no spaces, markers of required columns or full-width brackets, lower case. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/[\s\u3000]+/g, '')
    .replace(/[*＊]/g, '')
    .replace(/（/g, '(').replace(/）/g, ')')
    .replace(/\(必填\)|\(选填\)|\(可空\)/g, '')
    .toLowerCase();
}

/**
 * The column each header is, by its label (zh-CN or English) first, then its synonyms; each of our columns is taken
 * once (the leftmost header wins); a header matching none is left unmapped (null).
 */
export function suggestMapping(kind: LedgerKind, headers: readonly string[]): (string | null)[] {
  const columns = LEDGER_COLUMNS[kind];
  const taken = new Set<string>();
  const pick = (header: string, by: (c: ImportColumn) => string[]) => {
    const h = normaliseHeader(header);
    if (!h) return null;
    return columns.find((c) => !taken.has(c.field) && by(c).some((name) => normaliseHeader(name) === h)) ?? null;
  };
  const mapping: (string | null)[] = headers.map(() => null);
  // labels first, over all headers, so a synonym never takes a column another header names exactly
  headers.forEach((header, i) => {
    const c = pick(header, (x) => [x.label['zh-CN'], x.label.en]);
    if (c) { mapping[i] = c.field; taken.add(c.field); }
  });
  headers.forEach((header, i) => {
    if (mapping[i]) return;
    const c = pick(header, (x) => [...x.synonyms]);
    if (c) { mapping[i] = c.field; taken.add(c.field); }
  });
  return mapping;
}

/** What a mapping lacks or repeats (a column mapped twice, a required column missing). */
export function mappingProblems(kind: LedgerKind, mapping: readonly (string | null)[]): Message[] {
  const problems: Message[] = [];
  const fields = LEDGER_COLUMNS[kind].map((c) => c.field);
  const seen = new Set<string>();
  for (const field of mapping) {
    if (field === null) continue;
    if (!fields.includes(field)) problems.push(msg('import.unknownColumn', { column: field }));
    else if (seen.has(field)) problems.push(msg('import.columnTwice', { column: columnOf(kind, field)!.label['zh-CN'] }));
    seen.add(field);
  }
  const required = kind === LedgerKind.TICKETS ? ['kind', 'ownerName', 'unit', 'receivedAt', 'summary']
    : ['kind', 'ownerName', 'unit', 'receivedAt', 'completedAt', 'summary', 'performedAt', 'satisfaction', 'result'];
  for (const field of required) if (!seen.has(field)) problems.push(msg('import.columnMissing', { column: columnOf(kind, field)!.label['zh-CN'] }));
  return problems;
}

export function columnOf(kind: LedgerKind, field: string): ImportColumn | undefined {
  return LEDGER_COLUMNS[kind].find((c) => c.field === field);
}

/** A cell as read from the file: text, a number, a date (Excel's wall clock in UTC fields), or what cannot be taken. */
export type LedgerCell = string | number | boolean | { date: string } | { formula: true } | null;

export type ParsedCell = { ok: true; value: unknown } | { ok: false; message: Message };

const LIST_SEPARATORS = /\s*[+、,，/;；]\s*/;

function enumCode(labels: Labels<string>, text: string): string | undefined {
  const t = text.trim().toLowerCase();
  return Object.keys(labels).find((code) => code.toLowerCase() === t || labels[code]['zh-CN'].toLowerCase() === t || labels[code].en.toLowerCase() === t);
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A wall clock (Beijing) from a cell: a date cell, an Excel serial number, or text like 2025-03-01 09:30 / 2025/3/1 / 2025年3月1日. */
function parseWallClock(cell: LedgerCell): Date | null {
  let y: number, mo: number, d: number, h = 0, mi = 0, s = 0;
  if (cell && typeof cell === 'object' && 'date' in cell) {
    const w = new Date(cell.date);
    [y, mo, d, h, mi, s] = [w.getUTCFullYear(), w.getUTCMonth() + 1, w.getUTCDate(), w.getUTCHours(), w.getUTCMinutes(), w.getUTCSeconds()];
  } else if (typeof cell === 'number') {
    if (cell < 1 || cell > 2_958_465) return null;
    const w = new Date(EXCEL_EPOCH_MS + Math.round(cell * 86_400) * 1000);
    [y, mo, d, h, mi, s] = [w.getUTCFullYear(), w.getUTCMonth() + 1, w.getUTCDate(), w.getUTCHours(), w.getUTCMinutes(), w.getUTCSeconds()];
  } else if (typeof cell === 'string') {
    const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?$/.exec(cell.trim());
    if (!m) return null;
    [y, mo, d, h, mi, s] = m.slice(1).map((v) => (v === undefined ? 0 : Number(v))) as [number, number, number, number, number, number];
  } else return null;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const instant = businessInstant(y, mo, d, h, mi, s);
  // 2025-02-30 would roll over: refused
  const check = new Date(instant.getTime() + 8 * 3_600_000);
  if (check.getUTCMonth() + 1 !== mo || check.getUTCDate() !== d) return null;
  return instant;
}

/** A cell as the column's value (null when blank), or why it cannot be taken — as a clerk typing it would be told. */
export function parseLedgerCell(column: ImportColumn, cell: LedgerCell): ParsedCell {
  if (cell === null || cell === '' || (typeof cell === 'string' && cell.trim() === '')) return { ok: true, value: column.type === 'enumList' ? [] : null };
  if (typeof cell === 'object' && 'formula' in cell) return { ok: false, message: msg('import.formula') };
  switch (column.type) {
    case 'dateTime': {
      const instant = parseWallClock(cell);
      return instant ? { ok: true, value: instant } : { ok: false, message: msg('import.dateInvalid') };
    }
    case 'integer': {
      const n = typeof cell === 'number' ? cell : typeof cell === 'string' ? Number(cell.trim()) : Number.NaN;
      return Number.isInteger(n) ? { ok: true, value: n } : { ok: false, message: msg('import.integerInvalid') };
    }
    case 'enum': case 'enumList': {
      if (typeof cell === 'object') return { ok: false, message: msg('import.dateInText') };
      const text = String(cell).trim();
      const labels = column.labels!;
      const allowed = Object.values(labels).map((l) => l['zh-CN']).join(' / ');
      if (column.type === 'enum') {
        const code = enumCode(labels, text);
        return code ? { ok: true, value: code } : { ok: false, message: msg('import.enumInvalid', { allowed }) };
      }
      const codes = text.split(LIST_SEPARATORS).filter(Boolean).map((part) => enumCode(labels, part));
      return codes.every(Boolean) ? { ok: true, value: [...new Set(codes as string[])] } : { ok: false, message: msg('import.enumInvalid', { allowed }) };
    }
    case 'text': {
      // Excel turned what was typed into a date (e.g. 3-2 in a unit column): the text is lost, the clerk must fix it
      if (typeof cell === 'object') return { ok: false, message: msg('import.dateInText') };
      const text = typeof cell === 'number' ? String(cell) : String(cell).trim();
      if (column.maxLength && Array.from(text).length > column.maxLength) return { ok: false, message: msg('text.tooLong', { max: column.maxLength }) };
      return { ok: true, value: text };
    }
  }
}

/** The values the enums take (for the checks after parsing). */
export const IMPORT_ENUMS = { TicketKind, ComplaintSeverity, Channel, CallbackMethod, Satisfaction, CallbackResult, OwnerConfirmation };
