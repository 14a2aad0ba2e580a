import { QuarterlyReportAction, QuarterlyReportStatus, REPORT_ACTION_ROLES, reportActionStates, Role, msg } from '@hf/shared';
import { TransitionTable } from '../../core/transitions';

const { DRAFT, SUBMITTED, REVIEWED, REPORTED } = QuarterlyReportStatus;

/** The way of a 季度统计分析报告 (the actions and who takes them: shared/report-workflow.ts, one home with the client). */
export { QuarterlyReportAction as ReportAction };

const step = (action: QuarterlyReportAction, to: QuarterlyReportStatus[], refusal: ReturnType<typeof msg>) =>
  ({ from: reportActionStates(action), to, refusal, by: REPORT_ACTION_ROLES[action] });

export const REPORT_TRANSITIONS: TransitionTable<QuarterlyReportAction, QuarterlyReportStatus, Role> = {
  [QuarterlyReportAction.EDIT]: step(QuarterlyReportAction.EDIT, [], msg('report.editOnlyDraft')),
  [QuarterlyReportAction.SUBMIT]: step(QuarterlyReportAction.SUBMIT, [SUBMITTED], msg('report.submitOnlyDraft')),
  [QuarterlyReportAction.REVIEW]: step(QuarterlyReportAction.REVIEW, [REVIEWED], msg('report.reviewOnlySubmitted')),
  [QuarterlyReportAction.REPORT]: step(QuarterlyReportAction.REPORT, [REPORTED], msg('report.reportOnlyReviewed')),
  [QuarterlyReportAction.RETURN]: step(QuarterlyReportAction.RETURN, [DRAFT], msg('report.returnNotPossible')),
};
