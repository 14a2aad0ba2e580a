// The business vocabulary of DOMAIN.md, shared by server and client.

export enum TicketKind {
  COMPLAINT = 'COMPLAINT',
  REPAIR = 'REPAIR',
  SPECIAL_SERVICE = 'SPECIAL_SERVICE',
  HELP = 'HELP',
  EMERGENCY = 'EMERGENCY',
  ACTIVITY = 'ACTIVITY',
  OTHER = 'OTHER',
}

export enum ComplaintSeverity {
  MAJOR = 'MAJOR',
  GENERAL = 'GENERAL',
}

export enum Channel {
  PHONE = 'PHONE',
  VISIT = 'VISIT',
  LETTER = 'LETTER',
  FAX = 'FAX',
  ONLINE = 'ONLINE',
}

export enum TicketStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  CLOSED = 'CLOSED',
  VOIDED = 'VOIDED',
}

export enum CallbackStatus {
  PLANNED = 'PLANNED',
  DONE = 'DONE',
  REVIEWED = 'REVIEWED',
  ESCALATED = 'ESCALATED',
  CLOSED = 'CLOSED',
  UNREACHABLE = 'UNREACHABLE',
  VOIDED = 'VOIDED',
}

export enum CallbackMethod {
  PHONE = 'PHONE',
  FACE_TO_FACE = 'FACE_TO_FACE',
  ON_SITE = 'ON_SITE',
  /** 线上: the owner answered the survey link themselves (owner-links) */
  ONLINE = 'ONLINE',
}

export enum Satisfaction {
  VERY_SATISFIED = 'VERY_SATISFIED',
  SATISFIED = 'SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  UNSATISFIED = 'UNSATISFIED',
  VERY_UNSATISFIED = 'VERY_UNSATISFIED',
}

export enum CallbackResult {
  QUALIFIED = 'QUALIFIED',
  UNQUALIFIED = 'UNQUALIFIED',
}

export enum OwnerConfirmation {
  SIGNED = 'SIGNED',
  CONFIRMED_BY_PHONE = 'CONFIRMED_BY_PHONE',
  REFUSED = 'REFUSED',
  UNREACHABLE = 'UNREACHABLE',
  /** 业主线上确认: the owner answered through the survey link (the answer is theirs) */
  OWNER_ONLINE = 'OWNER_ONLINE',
}

export enum Role {
  CLERK = 'CLERK',
  SUPERVISOR = 'SUPERVISOR',
  DEPARTMENT_SUPERVISOR = 'DEPARTMENT_SUPERVISOR',
  PROJECT_MANAGER = 'PROJECT_MANAGER',
  AUDITOR = 'AUDITOR',
  ADMIN = 'ADMIN',
}

/** The event a callback window is counted from. */
export enum Anchor {
  RECEIVED = 'RECEIVED',
  STARTED = 'STARTED',
  COMPLETED = 'COMPLETED',
  CONTRACT_MIDPOINT = 'CONTRACT_MIDPOINT',
  CONTRACT_END = 'CONTRACT_END',
}

export enum OffsetUnit {
  DAY = 'DAY',
  MONTH = 'MONTH',
}

/** Why a callback exists: the policy's regular sample, a supervisor's spot check (seed 004), or a clerk's choice. */
export enum CallbackPurpose {
  REGULAR = 'REGULAR',
  SPOT_CHECK = 'SPOT_CHECK',
  MANUAL = 'MANUAL',
}

export enum AttemptOutcome {
  NO_ANSWER = 'NO_ANSWER',
  CALL_LATER = 'CALL_LATER',
  WRONG_NUMBER = 'WRONG_NUMBER',
  BUSY = 'BUSY',
}

export enum StatisticsPeriod {
  QUARTER = 'QUARTER',
  MONTH = 'MONTH',
}

/** Roles that see every project (auditor reads everything; admin administers). */
export const ALL_PROJECT_ROLES: readonly Role[] = [Role.AUDITOR, Role.ADMIN];

/** Satisfaction levels that require a comment (缺点与不足). */
export const DISSATISFIED_LEVELS: readonly Satisfaction[] = [Satisfaction.UNSATISFIED, Satisfaction.VERY_UNSATISFIED];

/** 满意 + 非常满意 count towards the satisfaction rate. */
export const SATISFIED_LEVELS: readonly Satisfaction[] = [Satisfaction.VERY_SATISFIED, Satisfaction.SATISFIED];

/** Common reasons offered when the owner is dissatisfied: every project's list until its administrator changes it (项目设置). */
export const COMMON_SHORTCOMINGS: readonly string[] = [
  '处理不及时',
  '问题未彻底解决',
  '服务态度差',
  '未按约定时间上门',
  '现场未清理',
  '收费不合理',
  '沟通不到位',
];

/** 季度统计分析报告: DRAFT → SUBMITTED (clerk) → REVIEWED (supervisor) → REPORTED (project manager). */
export enum QuarterlyReportStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  REVIEWED = 'REVIEWED',
  REPORTED = 'REPORTED',
}

/** What the sampling decided for one stage of a completed ticket's policy (the completeTicket payload says why). */
export enum SamplingOutcome {
  /** a callback was scheduled */
  SELECTED = 'SELECTED',
  /** the period's quota was already met: systematic sampling passed this ticket over */
  NOT_SAMPLED = 'NOT_SAMPLED',
  /** selected, but the owner was called back within the project's minimum gap: the next ticket is selected instead */
  MINIMUM_GAP = 'MINIMUM_GAP',
}

/**
 * 导出任务: a workbook exported in the background. The number is taken when it is queued and kept whatever happens:
 * QUEUED → RUNNING → DONE (registered), or FAILED with the reason (the number stays in the register, never reused).
 */
export enum ExportJobState {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
