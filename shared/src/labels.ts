import {
  Anchor, AttemptOutcome, CallbackMethod, CallbackPurpose, CallbackResult, CallbackStatus, Channel, ComplaintSeverity,
  OffsetUnit, OwnerConfirmation, Role, Satisfaction, TicketKind, TicketStatus,
} from './enums';

export type Language = 'zh-CN' | 'en';

export type Labels<E extends string> = Record<E, { 'zh-CN': string; en: string }>;

export const TICKET_KIND_LABELS: Labels<TicketKind> = {
  COMPLAINT: { 'zh-CN': '投诉', en: 'Complaint' },
  REPAIR: { 'zh-CN': '维修', en: 'Repair' },
  SPECIAL_SERVICE: { 'zh-CN': '特约服务', en: 'Special service' },
  HELP: { 'zh-CN': '求助服务', en: 'Help' },
  EMERGENCY: { 'zh-CN': '急救', en: 'Emergency' },
  ACTIVITY: { 'zh-CN': '报刊杂志/文体活动', en: 'Activity' },
  OTHER: { 'zh-CN': '其它管理服务', en: 'Other' },
};

export const SEVERITY_LABELS: Labels<ComplaintSeverity> = {
  MAJOR: { 'zh-CN': '重大', en: 'Major' },
  GENERAL: { 'zh-CN': '一般', en: 'General' },
};

export const CHANNEL_LABELS: Labels<Channel> = {
  PHONE: { 'zh-CN': '电话', en: 'Phone' },
  VISIT: { 'zh-CN': '来访', en: 'Visit' },
  LETTER: { 'zh-CN': '信函', en: 'Letter' },
  FAX: { 'zh-CN': '传真', en: 'Fax' },
  ONLINE: { 'zh-CN': '线上', en: 'Online' },
};

export const TICKET_STATUS_LABELS: Labels<TicketStatus> = {
  OPEN: { 'zh-CN': '待处理', en: 'Open' },
  IN_PROGRESS: { 'zh-CN': '处理中', en: 'In progress' },
  COMPLETED: { 'zh-CN': '已完成', en: 'Completed' },
  CLOSED: { 'zh-CN': '已关闭', en: 'Closed' },
  VOIDED: { 'zh-CN': '作废', en: 'Voided' },
};

export const CALLBACK_STATUS_LABELS: Labels<CallbackStatus> = {
  PLANNED: { 'zh-CN': '待回访', en: 'Planned' },
  DONE: { 'zh-CN': '已回访', en: 'Done' },
  REVIEWED: { 'zh-CN': '已审核', en: 'Reviewed' },
  ESCALATED: { 'zh-CN': '已上报', en: 'Escalated' },
  CLOSED: { 'zh-CN': '已关闭', en: 'Closed' },
  UNREACHABLE: { 'zh-CN': '无法联系', en: 'Unreachable' },
  VOIDED: { 'zh-CN': '作废', en: 'Voided' },
};

export const METHOD_LABELS: Labels<CallbackMethod> = {
  PHONE: { 'zh-CN': '电话', en: 'Phone' },
  FACE_TO_FACE: { 'zh-CN': '面谈', en: 'Face to face' },
  ON_SITE: { 'zh-CN': '现场查看', en: 'On-site inspection' },
  ONLINE: { 'zh-CN': '线上', en: 'Online' },
};

export const SATISFACTION_LABELS: Labels<Satisfaction> = {
  VERY_SATISFIED: { 'zh-CN': '非常满意', en: 'Very satisfied' },
  SATISFIED: { 'zh-CN': '满意', en: 'Satisfied' },
  BASICALLY_SATISFIED: { 'zh-CN': '基本满意', en: 'Basically satisfied' },
  UNSATISFIED: { 'zh-CN': '不满意', en: 'Unsatisfied' },
  VERY_UNSATISFIED: { 'zh-CN': '非常不满意', en: 'Very unsatisfied' },
};

export const RESULT_LABELS: Labels<CallbackResult> = {
  QUALIFIED: { 'zh-CN': '合格', en: 'Qualified' },
  UNQUALIFIED: { 'zh-CN': '不合格', en: 'Unqualified' },
};

export const CONFIRMATION_LABELS: Labels<OwnerConfirmation> = {
  SIGNED: { 'zh-CN': '签名确认', en: 'Signed' },
  CONFIRMED_BY_PHONE: { 'zh-CN': '电话确认', en: 'Confirmed by phone' },
  REFUSED: { 'zh-CN': '拒绝确认', en: 'Refused' },
  UNREACHABLE: { 'zh-CN': '无法联系', en: 'Unreachable' },
  OWNER_ONLINE: { 'zh-CN': '业主线上确认', en: 'Owner online' },
};

export const ROLE_LABELS: Labels<Role> = {
  CLERK: { 'zh-CN': '客服管家', en: 'Clerk' },
  SUPERVISOR: { 'zh-CN': '客户服务部主管', en: 'Service supervisor' },
  DEPARTMENT_SUPERVISOR: { 'zh-CN': '部门主管', en: 'Department supervisor' },
  PROJECT_MANAGER: { 'zh-CN': '项目经理', en: 'Project manager' },
  AUDITOR: { 'zh-CN': '品质管理部', en: 'Quality auditor' },
  ADMIN: { 'zh-CN': '系统管理员', en: 'Administrator' },
};

export const PURPOSE_LABELS: Labels<CallbackPurpose> = {
  REGULAR: { 'zh-CN': '常规回访', en: 'Regular' },
  SPOT_CHECK: { 'zh-CN': '抽查回访', en: 'Spot check' },
  MANUAL: { 'zh-CN': '手动添加', en: 'Added by hand' },
};

export const ATTEMPT_OUTCOME_LABELS: Labels<AttemptOutcome> = {
  NO_ANSWER: { 'zh-CN': '无人接听', en: 'No answer' },
  CALL_LATER: { 'zh-CN': '约定稍后回访', en: 'Call later' },
  WRONG_NUMBER: { 'zh-CN': '号码错误', en: 'Wrong number' },
  BUSY: { 'zh-CN': '占线', en: 'Busy' },
};

/** 起算: the date a policy stage's window counts from (回访政策). */
export const ANCHOR_LABELS: Labels<Anchor> = {
  RECEIVED: { 'zh-CN': '受理时', en: 'Received' },
  STARTED: { 'zh-CN': '开始处理时', en: 'Started' },
  COMPLETED: { 'zh-CN': '处理完毕时', en: 'Completed' },
  CONTRACT_MIDPOINT: { 'zh-CN': '合同期中', en: 'Contract midpoint' },
  CONTRACT_END: { 'zh-CN': '合同到期', en: 'Contract end' },
};

export const OFFSET_UNIT_LABELS: Labels<OffsetUnit> = {
  DAY: { 'zh-CN': '天', en: 'days' },
  MONTH: { 'zh-CN': '月', en: 'months' },
};

export function label<E extends string>(labels: Labels<E>, value: E, language: Language = 'zh-CN'): string {
  return labels[value]?.[language] ?? value;
}
