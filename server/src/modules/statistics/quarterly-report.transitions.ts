import { QuarterlyReportStatus, Role } from '@hf/shared';
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
  [ReportAction.EDIT]: { from: [DRAFT], to: [], refusal: '报告已提交，不能修改 (only a draft can be edited)' },
  [ReportAction.SUBMIT]: { from: [DRAFT], to: [SUBMITTED], refusal: '只有草稿可以提交 (only a draft can be submitted)' },
  [ReportAction.REVIEW]: { from: [SUBMITTED], to: [REVIEWED], refusal: '只有已提交的报告可以审核 (only a submitted report can be reviewed)' },
  [ReportAction.REPORT]: { from: [REVIEWED], to: [REPORTED], refusal: '只有已审核的报告可以上报 (only a reviewed report can be reported)' },
  [ReportAction.RETURN]: {
    from: [SUBMITTED, REVIEWED],
    to: [DRAFT],
    refusal: '草稿或已上报的报告不能退回 (a draft or reported report cannot be sent back)',
    // whoever holds it sends it back: the supervisor a submitted one, the project manager a reviewed one
    by: { [SUBMITTED]: [Role.SUPERVISOR], [REVIEWED]: [Role.PROJECT_MANAGER] },
  },
};
