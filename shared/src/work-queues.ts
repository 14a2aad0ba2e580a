import { Role } from './enums';
import type { Language } from './labels';

/**
 * 待办 (DOMAIN.md "Work reaches people"): the work queues, each the list of one kind of thing a person has to do
 * next. Which queues a person has follows from their role; the server and the client read the same table.
 */
export enum WorkQueueKind {
  /** clerk: planned callbacks assigned to me whose window closes today */
  CALLBACKS_DUE_TODAY = 'CALLBACKS_DUE_TODAY',
  /** clerk: … whose window closes within the next 2 days */
  CALLBACKS_DUE_SOON = 'CALLBACKS_DUE_SOON',
  /** clerk: … whose window has closed (with the days over) */
  CALLBACKS_OVERDUE = 'CALLBACKS_OVERDUE',
  /** clerk: owners who asked to be called later, and the agreed time has come */
  CALL_LATER_DUE = 'CALL_LATER_DUE',
  /** clerk: records I wrote that I may still correct (the correction window, default 24 h) */
  CORRECTIONS_OPEN = 'CORRECTIONS_OPEN',
  /** service supervisor: done records waiting for review (审核), oldest first */
  RECORDS_TO_REVIEW = 'RECORDS_TO_REVIEW',
  /** service supervisor: records an owner disputed through a confirmation link: their spot checks to do (owner-links) */
  OWNER_DISPUTES = 'OWNER_DISPUTES',
  /** service supervisor: the period's spot-check quota (seed 004: 20 % of repair records) */
  SPOT_CHECK_QUOTA = 'SPOT_CHECK_QUOTA',
  /** service supervisor: kinds whose achieved callback rate is below the target */
  TARGETS_AT_RISK = 'TARGETS_AT_RISK',
  /** service supervisor: quarterly reports submitted and waiting for review */
  REPORTS_TO_REVIEW = 'REPORTS_TO_REVIEW',
  /** service supervisor: the previous period's archive due date and the reminder once it has passed */
  ARCHIVE_DUE = 'ARCHIVE_DUE',
  /** department supervisor: general complaints against my department waiting for the joint callback */
  JOINT_COMPLAINT_CALLBACKS = 'JOINT_COMPLAINT_CALLBACKS',
  /** project manager: escalated (unqualified) callbacks without a handling opinion */
  ESCALATIONS_WITHOUT_OPINION = 'ESCALATIONS_WITHOUT_OPINION',
  /** project manager: callbacks of major complaints to organise */
  MAJOR_COMPLAINTS_TO_ORGANISE = 'MAJOR_COMPLAINTS_TO_ORGANISE',
  /** project manager: reviewed reports to receive (mark REPORTED) */
  REPORTS_TO_MARK_REPORTED = 'REPORTS_TO_MARK_REPORTED',
  /** auditor: the recent periods of every project, archived or not */
  ARCHIVE_OVERVIEW = 'ARCHIVE_OVERVIEW',
  /** auditor: quarterly reports per state */
  REPORTS_BY_STATE = 'REPORTS_BY_STATE',
}

/**
 * The queues of each role, in the order the 待办 screen shows them. Administrators are staff of no project and do
 * none of the procedure's steps: they get the auditor's read-only overview.
 */
export const WORK_QUEUES_BY_ROLE: Readonly<Record<Role, readonly WorkQueueKind[]>> = {
  [Role.CLERK]: [
    WorkQueueKind.CALLBACKS_OVERDUE, WorkQueueKind.CALLBACKS_DUE_TODAY, WorkQueueKind.CALL_LATER_DUE,
    WorkQueueKind.CALLBACKS_DUE_SOON, WorkQueueKind.CORRECTIONS_OPEN,
  ],
  [Role.SUPERVISOR]: [
    WorkQueueKind.RECORDS_TO_REVIEW, WorkQueueKind.REPORTS_TO_REVIEW, WorkQueueKind.SPOT_CHECK_QUOTA,
    WorkQueueKind.TARGETS_AT_RISK, WorkQueueKind.ARCHIVE_DUE, WorkQueueKind.OWNER_DISPUTES,
  ],
  [Role.DEPARTMENT_SUPERVISOR]: [WorkQueueKind.JOINT_COMPLAINT_CALLBACKS],
  [Role.PROJECT_MANAGER]: [
    WorkQueueKind.ESCALATIONS_WITHOUT_OPINION, WorkQueueKind.MAJOR_COMPLAINTS_TO_ORGANISE, WorkQueueKind.REPORTS_TO_MARK_REPORTED,
  ],
  [Role.AUDITOR]: [WorkQueueKind.ARCHIVE_OVERVIEW, WorkQueueKind.REPORTS_BY_STATE],
  [Role.ADMIN]: [WorkQueueKind.ARCHIVE_OVERVIEW, WorkQueueKind.REPORTS_BY_STATE],
};

export function hasWorkQueue(role: Role, kind: WorkQueueKind): boolean {
  return WORK_QUEUES_BY_ROLE[role].includes(kind);
}

/**
 * Queues whose items are counted for the navigation badges. The others are figures of the period (spot-check
 * quota, targets at risk: the statistics statement per project) or overviews, shown on the 待办 screen only.
 */
export const COUNTED_WORK_QUEUES: readonly WorkQueueKind[] = [
  WorkQueueKind.CALLBACKS_DUE_TODAY, WorkQueueKind.CALLBACKS_DUE_SOON, WorkQueueKind.CALLBACKS_OVERDUE,
  WorkQueueKind.CALL_LATER_DUE, WorkQueueKind.CORRECTIONS_OPEN, WorkQueueKind.RECORDS_TO_REVIEW,
  WorkQueueKind.REPORTS_TO_REVIEW, WorkQueueKind.ARCHIVE_DUE, WorkQueueKind.JOINT_COMPLAINT_CALLBACKS,
  WorkQueueKind.ESCALATIONS_WITHOUT_OPINION, WorkQueueKind.MAJOR_COMPLAINTS_TO_ORGANISE,
  WorkQueueKind.REPORTS_TO_MARK_REPORTED, WorkQueueKind.OWNER_DISPUTES,
];

/** Clerk queues: callbacks due within this many days after today (回访时效: the window's last day). */
export const DUE_SOON_DAYS = 2;

export const WORK_QUEUE_LABELS: Readonly<Record<WorkQueueKind, Record<Language, string>>> = {
  CALLBACKS_DUE_TODAY: { 'zh-CN': '今日到期', en: 'Due today' },
  CALLBACKS_DUE_SOON: { 'zh-CN': '两日内到期', en: 'Due within 2 days' },
  CALLBACKS_OVERDUE: { 'zh-CN': '已逾期', en: 'Overdue' },
  CALL_LATER_DUE: { 'zh-CN': '约定回访时间已到', en: 'Agreed call-back time reached' },
  CORRECTIONS_OPEN: { 'zh-CN': '仍可更正的记录', en: 'Records you may still correct' },
  RECORDS_TO_REVIEW: { 'zh-CN': '待审核记录', en: 'Records to review' },
  OWNER_DISPUTES: { 'zh-CN': '业主有异议的记录', en: 'Records the owner disputed' },
  SPOT_CHECK_QUOTA: { 'zh-CN': '本期抽查回访', en: 'Spot checks this period' },
  TARGETS_AT_RISK: { 'zh-CN': '回访率未达标', en: 'Targets at risk' },
  REPORTS_TO_REVIEW: { 'zh-CN': '待审核的季度报告', en: 'Reports to review' },
  ARCHIVE_DUE: { 'zh-CN': '存档期限', en: 'Archive due date' },
  JOINT_COMPLAINT_CALLBACKS: { 'zh-CN': '待共同回访的一般投诉', en: 'General complaints awaiting the joint callback' },
  ESCALATIONS_WITHOUT_OPINION: { 'zh-CN': '待写处理意见的不合格回访', en: 'Escalations without a handling opinion' },
  MAJOR_COMPLAINTS_TO_ORGANISE: { 'zh-CN': '待组织回访的重大投诉', en: 'Major complaints to organise' },
  REPORTS_TO_MARK_REPORTED: { 'zh-CN': '待接收（上报）的季度报告', en: 'Reports to mark reported' },
  ARCHIVE_OVERVIEW: { 'zh-CN': '各项目存档情况', en: 'Archiving per project' },
  REPORTS_BY_STATE: { 'zh-CN': '季度报告状态', en: 'Reports per state' },
};
