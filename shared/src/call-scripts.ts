import { TicketKind } from './enums';
import { ErrorCode } from './error-codes';
import { type FieldError, fieldError } from './callback-fields';
import { msg } from './messages';
import { MAX_TEXT_LENGTH } from './text';

/**
 * 规范用语: what a clerk says on a callback, per ticket kind — greeting, questions, closing, and what to say when the
 * owner cannot talk now. The standard wording is taken from the procedures: 电话回访规范用语 and 客户回访操作流程和规范
 * (seed 000: 您好！打扰了，请问您现在方便接电话吗？… 那请问什么时候方便接听电话呢？（记下时间）…) and the 物业 service
 * etiquette of seed 003 (“您好，XX物业”, “打扰了，我是XX物业××部门×××”, “非常抱歉，给您添麻烦了”, “谢谢您的配合（理解、支持）”);
 * the questions follow 回访内容 4.1.4 of seed 000 (质量、服务效果、满意程度、缺点与不足、住户建议). An administrator
 * changes a project's scripts; until then the project uses these.
 *
 * Placeholders, filled beside the row: {业主} the owner (surname + 先生/女士), {项目} the project, {回访人} the clerk,
 * {事项} the ticket's summary.
 */
export interface CallScriptText {
  greeting: string;
  questions: string;
  closing: string;
  busyReply: string;
}

export const CALL_SCRIPT_FIELDS = ['greeting', 'questions', 'closing', 'busyReply'] as const;

const GREETING = '您好！请问是{业主}吗？打扰了，我是{项目}物业客户服务中心的{回访人}。';
const BUSY = '好的，那请问什么时候方便接听电话呢？（记下时间）不好意思打扰您，谢谢您，祝您生活愉快！';
const CLOSING_SATISFIED = '【满意】好的，非常感谢，如果您有需要，可随时跟我们取得联系，祝您生活愉快，再见。';
const CLOSING_UNSATISFIED = '【不满意/一般】好的，非常感谢您的宝贵建议，我们会积极改进完善，如有需要，欢迎您随时跟我们联系，祝您生活愉快，再见。';
const CLOSING = `${CLOSING_SATISFIED}\n${CLOSING_UNSATISFIED}\n（等业主先挂断电话，再轻轻挂上电话）`;
const COMMON_QUESTIONS = [
  '请问您对这次服务的质量是否满意？',
  '问题现在解决了吗？效果怎么样？',
  '您对我们这次的服务总体是：非常满意、满意、基本满意、不满意，还是非常不满意？',
  '（不满意时追问）请问您觉得哪些地方做得不够好？',
  '您对我们的工作还有什么意见或建议吗？',
];

const script = (purpose: string, questions: string[], closing = CLOSING): CallScriptText => ({
  greeting: `${GREETING}${purpose}请问您现在方便接电话吗？`,
  questions: questions.join('\n'),
  closing,
  busyReply: BUSY,
});

export const DEFAULT_CALL_SCRIPTS: Readonly<Record<TicketKind, CallScriptText>> = {
  [TicketKind.REPAIR]: script('您前几天报修的“{事项}”已经处理完毕，想耽搁您两分钟做个回访。', [
    '维修人员是否按约定时间上门？',
    '维修后现在使用正常吗？有没有再出现问题？',
    '维修人员的服务态度怎么样？现场清理干净了吗？',
    ...COMMON_QUESTIONS.slice(2),
  ]),
  [TicketKind.COMPLAINT]: script('关于您反映的“{事项}”，非常抱歉给您添麻烦了，想了解一下处理的情况。', [
    '您反映的问题现在解决了吗？',
    '处理的结果您是否认可？',
    '处理过程中相关部门的态度和及时性怎么样？',
    ...COMMON_QUESTIONS.slice(2),
  ], `谢谢您的信任，也谢谢您的理解和支持。\n${CLOSING_UNSATISFIED}\n（问题仍未解决时：我们立即安排处理，并尽快给您答复。）\n（等业主先挂断电话，再轻轻挂上电话）`),
  [TicketKind.SPECIAL_SERVICE]: script('您在我们这里有一项特约服务“{事项}”，想了解一下您对服务的评价。', [
    '服务是否按合同约定的内容和时间进行？',
    ...COMMON_QUESTIONS,
  ]),
  [TicketKind.HELP]: script('您前几天需要我们帮忙的“{事项}”已经办好，想跟您确认一下。', COMMON_QUESTIONS),
  [TicketKind.EMERGENCY]: script('关于前几天的“{事项}”，想关心一下您和家人现在的情况。', [
    '请问您和家人现在一切都好吗？还需要我们帮什么忙吗？',
    '当时我们的人员到场及时吗？',
    ...COMMON_QUESTIONS.slice(2),
  ]),
  [TicketKind.ACTIVITY]: script('感谢您参加/订阅“{事项}”，想听听您的意见。', [
    '您对这次活动（报刊）的内容满意吗？',
    '以后希望我们多组织哪些活动？',
    ...COMMON_QUESTIONS.slice(2),
  ]),
  [TicketKind.OTHER]: script('关于“{事项}”，想耽搁您两分钟做个回访。', COMMON_QUESTIONS),
};

/** 先生/女士 after the surname: the script does not know the owner's gender (seed 000 writes XX先生/小姐). */
export function ownerAddress(ownerName: string | null | undefined): string {
  const name = (ownerName ?? '').trim();
  return name ? `${Array.from(name)[0]}先生/女士` : '业主';
}

/** The script's text with the row filled in; an unknown placeholder stays as written. */
export function fillCallScript(text: string, values: { ownerName?: string | null; projectName?: string; visitor?: string; summary?: string | null }): string {
  const fills: Record<string, string> = {
    业主: ownerAddress(values.ownerName),
    项目: values.projectName ?? '',
    回访人: values.visitor ?? '',
    事项: values.summary?.trim() || '您的事项',
  };
  return text.replace(/\{(业主|项目|回访人|事项)\}/g, (_, name: string) => fills[name]);
}

/** A script as an administrator writes it: greeting and closing required, every part within the text limit. */
export function checkCallScript(text: CallScriptText): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of CALL_SCRIPT_FIELDS) {
    const value = text[field] ?? '';
    if ((field === 'greeting' || field === 'closing') && !value.trim()) errors.push(fieldError(field, ErrorCode.BAD_USER_INPUT, msg('callScript.required')));
    else if (Array.from(value).length > MAX_TEXT_LENGTH) errors.push(fieldError(field, ErrorCode.BAD_USER_INPUT, msg('text.tooLong', { max: MAX_TEXT_LENGTH })));
  }
  return errors;
}
