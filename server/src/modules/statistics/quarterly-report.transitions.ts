import { QuarterlyReportStatus, Role, msg } from '@hf/shared';
import { TransitionTable } from '../../core/transitions';

const { DRAFT, SUBMITTED, REVIEWED, REPORTED } = QuarterlyReportStatus;

/** The way of a 季度统计分析报告: the clerk drafts and submits, the supervisor reviews, the project manager receives. */
export enum ReportAction {
  /** 起草/修改 the analysis and the measures (the status stays) */
  EDIT = 'EDIT',
  /** 提交: freezes the figures */
  SUBMIT = 'SUBMIT',
  /** 审核 */
  REVIEW = 'REVIEW',
  /** 上报: the project manager receives it */
  REPORT = 'REPORT',
  /** 退回 to draft with a reason; the snapshot is dropped */
  RETURN = 'RETURN',
}

export const REPORT_TRANSITIONS: TransitionTable<ReportAction, QuarterlyReportStatus, Role> = {
  [ReportAction.EDIT]: { from: [DRAFT], to: [], refusal: msg('report.editOnlyDraft') },
  [ReportAction.SUBMIT]: { from: [DRAFT], to: [SUBMITTED], refusal: msg('report.submitOnlyDraft') },
  [ReportAction.REVIEW]: { from: [SUBMITTED], to: [REVIEWED], refusal: msg('report.reviewOnlySubmitted') },
  [ReportAction.REPORT]: { from: [REVIEWED], to: [REPORTED], refusal: msg('report.reportOnlyReviewed') },
  [ReportAction.RETURN]: {
    from: [SUBMITTED, REVIEWED],
    to: [DRAFT],
    refusal: msg('report.returnNotPossible'),
    // whoever holds it sends it back: the supervisor a submitted one, the project manager a reviewed one
    by: { [SUBMITTED]: [Role.SUPERVISOR], [REVIEWED]: [Role.PROJECT_MANAGER] },
  },
};
