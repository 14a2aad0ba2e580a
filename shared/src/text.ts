import { apiMessage, msg } from './messages';
/** A free-text cell as stored: surrounding blanks dropped, an empty or blank value is no value (null). */
export function textOrNull(value: string | null | undefined): string | null {
  return value?.trim() ? value.trim() : null;
}

// Text length limits of every input, in characters (the grid checks the same numbers before sending).
/** A free-text cell of a form: 内容摘要, 质量评价, 缺点与不足, 处理意见 … */
export const MAX_TEXT_LENGTH = 2000;
/** A written report text: 统计分析, 改进措施, a review opinion of a report. */
export const MAX_REPORT_TEXT_LENGTH = 20_000;
/** A reason (作废原因) or an attempt's note. */
export const MAX_REASON_LENGTH = 500;
/** A short label: visitors, a search text, a token's name. */
export const MAX_LABEL_LENGTH = 100;
/** A person's or department's name, a category, a username. */
export const MAX_NAME_LENGTH = 50;
/** A unit (楼栋-单元-房号) or a phone number. */
export const MAX_CODE_LENGTH = 30;
/** A password as typed (it is hashed; the limit only stops abuse). */
export const MAX_PASSWORD_LENGTH = 200;

/** Why a text is refused for its length, as every input says it (the grid shows it on the cell). */
export function tooLongMessage(max: number): string {
  return apiMessage(msg('text.tooLong', { max }));
}
