import { CallbackMethod, CallbackResult, CallbackStatus, DISSATISFIED_LEVELS, OwnerConfirmation, Satisfaction } from './enums';
import { addDays, startOfLocalDate } from './local-date';
import { type Message, msg } from './messages';

/**
 * The owner answers (业主线上回访): a one-time link sent by SMS or printed as a QR code on the work order. With a SURVEY
 * link the owner fills the callback form themselves (method 线上); with a CONFIRM link the owner confirms or disputes
 * what a clerk recorded by phone, and a dispute opens a spot check (抽查) for the supervisor.
 */
export enum OwnerLinkPurpose {
  SURVEY = 'SURVEY',
  CONFIRM = 'CONFIRM',
}

export enum OwnerLinkState {
  ACTIVE = 'ACTIVE',
  USED = 'USED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}

/** 业主确认: what the owner said of a result recorded by phone. */
export enum OwnerVerdict {
  CONFIRMED = 'CONFIRMED',
  DISPUTED = 'DISPUTED',
}

export const OWNER_VERDICT_LABELS: Readonly<Record<OwnerVerdict, { 'zh-CN': string; en: string }>> = {
  CONFIRMED: { 'zh-CN': '业主已确认', en: 'Confirmed by the owner' },
  DISPUTED: { 'zh-CN': '业主有异议', en: 'Disputed by the owner' },
};

/** Random bytes of a link's secret: 128 bits (22 characters of base64url), short enough for one SMS. */
export const OWNER_LINK_TOKEN_BYTES = 16;
/** A confirmation link is open for this many days after it is sent (the callback's window may have closed already). */
export const CONFIRM_LINK_DAYS = 7;
/** One SMS of Chinese text: 70 characters, the link included. */
export const SMS_MAX_CHARS = 70;
/** The public page's path: /s/<token>. */
export const OWNER_PAGE_PATH = '/s/';

/** The callback statuses a SURVEY link may be made for and answered in: planned, not yet done. */
export const SURVEYABLE_STATUSES: readonly CallbackStatus[] = [CallbackStatus.PLANNED];
/** The statuses a CONFIRM link may be made for: a recorded result. */
export const CONFIRMABLE_STATUSES: readonly CallbackStatus[] = [CallbackStatus.DONE, CallbackStatus.REVIEWED, CallbackStatus.ESCALATED, CallbackStatus.CLOSED];

/** 质量评价 / 服务效果评价 as the owner picks them (kept as the text of the paper form's columns). */
export const OWNER_EVALUATION_CHOICES: readonly string[] = ['好', '较好', '一般', '较差', '差'];

export interface OwnerLinkTimes {
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

/** A link is used once, revoked by staff, or expired; only an active one opens the form. */
export function ownerLinkState(link: OwnerLinkTimes, now: Date): OwnerLinkState {
  if (link.usedAt) return OwnerLinkState.USED;
  if (link.revokedAt) return OwnerLinkState.REVOKED;
  if (link.expiresAt.getTime() <= now.getTime()) return OwnerLinkState.EXPIRED;
  return OwnerLinkState.ACTIVE;
}

/**
 * When a link stops working: a SURVEY link at the end of the callback's window (the end of its last day, Beijing time);
 * a CONFIRM link CONFIRM_LINK_DAYS after it is sent.
 */
export function ownerLinkExpiry(purpose: OwnerLinkPurpose, windowTo: string, now: Date): Date {
  if (purpose === OwnerLinkPurpose.CONFIRM) return new Date(now.getTime() + CONFIRM_LINK_DAYS * 86_400_000);
  return startOfLocalDate(addDays(windowTo, 1));
}

export interface LinkableCallback {
  status: CallbackStatus;
  windowTo: string;
  methods: readonly string[];
  ownerVerdict: OwnerVerdict | null;
}

/** Why no link of this purpose can be made for this callback now (null: it can). */
export function ownerLinkRefusal(purpose: OwnerLinkPurpose, callback: LinkableCallback, now: Date): Message | null {
  if (purpose === OwnerLinkPurpose.SURVEY) {
    if (!SURVEYABLE_STATUSES.includes(callback.status)) return msg('ownerLink.surveyOnlyPlanned');
    if (startOfLocalDate(addDays(callback.windowTo, 1)).getTime() <= now.getTime()) return msg('ownerLink.windowPassed');
    return null;
  }
  if (!CONFIRMABLE_STATUSES.includes(callback.status)) return msg('ownerLink.confirmOnlyRecorded');
  if (!callback.methods.includes(CallbackMethod.PHONE) || callback.methods.includes(CallbackMethod.ONLINE)) return msg('ownerLink.confirmOnlyPhone');
  if (callback.ownerVerdict) return msg('ownerLink.alreadyConfirmed');
  return null;
}

/**
 * The SMS to send with the link, at most SMS_MAX_CHARS characters: 【project】 + a sentence + the link; the project's
 * name is shortened first, then dropped, so the link always fits whole.
 */
export function ownerLinkSms(purpose: OwnerLinkPurpose, projectName: string, url: string): string {
  const sentence = purpose === OwnerLinkPurpose.SURVEY ? '您的服务已完成，请点击链接评价：' : '请确认我们的回访记录：';
  const room = SMS_MAX_CHARS - Array.from(sentence).length - Array.from(url).length - 2;
  const name = Array.from(projectName.trim());
  if (room < 2 || name.length === 0) return `${sentence}${url}`;
  const shown = name.length <= room ? name.join('') : `${name.slice(0, room - 1).join('')}…`;
  return `【${shown}】${sentence}${url}`;
}

/** The result of an owner's own answer: 合格 unless the owner is dissatisfied (不满意 or worse). */
export function ownerAnswerResult(satisfaction: Satisfaction): CallbackResult {
  return DISSATISFIED_LEVELS.includes(satisfaction) ? CallbackResult.UNQUALIFIED : CallbackResult.QUALIFIED;
}

/** The record an owner's survey answer makes: method 线上, 签名确认 = the owner online. */
export const OWNER_ANSWER_RECORD = {
  methods: [CallbackMethod.ONLINE],
  ownerConfirmation: OwnerConfirmation.OWNER_ONLINE,
  /** 回访人: the owner themselves (no name: the record is read by staff who may not see residents' names) */
  visitors: '业主本人（线上）',
} as const;

/** Values only the owner's own answer may set: staff never type them (they would claim evidence they don't have). */
export function isOwnerOnlyValue(field: 'methods' | 'ownerConfirmation', value: unknown): boolean {
  if (field === 'methods') return Array.isArray(value) && value.includes(CallbackMethod.ONLINE);
  return value === OwnerConfirmation.OWNER_ONLINE;
}
