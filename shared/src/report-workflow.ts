import { QuarterlyReportStatus, Role } from './enums';

const { DRAFT, SUBMITTED, REVIEWED } = QuarterlyReportStatus;

/** What is done to a 季度统计分析报告: the clerk drafts and submits, the supervisor reviews, the project manager receives. */
export enum QuarterlyReportAction {
  /** 起草/修改 the analysis and the measures (the status stays) */
  EDIT = 'EDIT',
  /** 提交: freezes the figures */
  SUBMIT = 'SUBMIT',
  /** 审核 (with an opinion) */
  REVIEW = 'REVIEW',
  /** 上报: the project manager receives it */
  REPORT = 'REPORT',
  /** 退回 to draft with a reason; the snapshot is dropped */
  RETURN = 'RETURN',
}

/**
 * Who may take each action of the report, in which state — the one home of the report's roles: the server's transition
 * table takes its states and roles from here, its mutations let in these roles, and the report screen shows a button
 * only to the role that may press it now.
 */
export const REPORT_ACTION_ROLES: Record<QuarterlyReportAction, Partial<Record<QuarterlyReportStatus, readonly Role[]>>> = {
  [QuarterlyReportAction.EDIT]: { [DRAFT]: [Role.CLERK] },
  [QuarterlyReportAction.SUBMIT]: { [DRAFT]: [Role.CLERK] },
  [QuarterlyReportAction.REVIEW]: { [SUBMITTED]: [Role.SUPERVISOR] },
  [QuarterlyReportAction.REPORT]: { [REVIEWED]: [Role.PROJECT_MANAGER] },
  // whoever holds it sends it back: the supervisor a submitted one, the project manager a reviewed one
  [QuarterlyReportAction.RETURN]: { [SUBMITTED]: [Role.SUPERVISOR], [REVIEWED]: [Role.PROJECT_MANAGER] },
};

/** The states an action may be taken in. */
export const reportActionStates = (action: QuarterlyReportAction): QuarterlyReportStatus[] =>
  Object.keys(REPORT_ACTION_ROLES[action]) as QuarterlyReportStatus[];

/** Every role that may take the action in some state (the roles its mutation lets in). */
export const reportActionRoles = (action: QuarterlyReportAction): Role[] =>
  [...new Set(Object.values(REPORT_ACTION_ROLES[action]).flatMap((roles) => [...(roles ?? [])]))];

/** Whether this role may take the action on a report in this state (a report not yet drafted counts as a draft). */
export const mayTakeReportAction = (action: QuarterlyReportAction, status: QuarterlyReportStatus | null, role: Role | string): boolean =>
  (REPORT_ACTION_ROLES[action][status ?? DRAFT] as readonly string[] | undefined)?.includes(role) ?? false;
