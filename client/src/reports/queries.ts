import { graphql } from '../api/generated';

// The documents of 季度统计分析报告: the report (its frozen figures), the live figures beside them, and its steps.
// `npm run codegen -w client` types every document of src/ into api/generated.

export const ReportFiguresFragment = graphql(`
  fragment ReportFigures on QuarterlyStatistics {
    period from to asOf computedAt
    kinds { kind ticketsCompleted callbacksRequired targetRatePercent callbacksPlanned callbacksDone achievedRatePercent targetMet doneWithinWindow overdue unreachable }
    totals { kind ticketsCompleted callbacksRequired targetRatePercent callbacksPlanned callbacksDone achievedRatePercent targetMet doneWithinWindow overdue unreachable }
    satisfaction { rated satisfiedRatePercent }
    unqualifiedCallbacks { callbackId }
    repeatedComplaints { unit matter }
    repeatedRepairs { unit category }
  }
`);

export const ReportFieldsFragment = graphql(`
  fragment ReportFields on QuarterlyReport {
    id version period fromDate toDate status analysis improvementMeasures figuresFrozen changedSinceSubmission updatedAt
    createdBy { displayName }
    submittedAt submittedBy { displayName } reviewedAt reviewedBy { displayName } reviewOpinion
    reportedAt reportedBy { displayName } returnedAt returnedBy { displayName } returnReason
    figures { ...ReportFigures }
  }
`);

export const QuarterlyReportQuery = graphql(`
  query QuarterlyReport($projectId: ID!, $period: String!) {
    quarterlyReport(projectId: $projectId, period: $period) { ...ReportFields }
  }
`);

/** The figures of the records as they are now, judged as of the snapshot's day (so a passing day changes nothing). */
export const LiveFiguresQuery = graphql(`
  query LiveReportFigures($projectId: ID!, $period: String!, $asOf: LocalDate) {
    quarterlyStatistics(projectId: $projectId, period: $period, asOf: $asOf) { ...ReportFigures }
  }
`);

export const SaveReportMutation = graphql(`
  mutation SaveQuarterlyReport($input: SaveQuarterlyReportInput!) {
    saveQuarterlyReport(input: $input) {
      report { ...ReportFields }
      userErrors { field code message messageKey args { name value } }
    }
  }
`);

export const SubmitReportMutation = graphql(`
  mutation SubmitQuarterlyReport($input: QuarterlyReportActionInput!) {
    submitQuarterlyReport(input: $input) { report { ...ReportFields } userErrors { field code message messageKey args { name value } } }
  }
`);

export const ReviewReportMutation = graphql(`
  mutation ReviewQuarterlyReport($input: QuarterlyReportActionInput!) {
    reviewQuarterlyReport(input: $input) { report { ...ReportFields } userErrors { field code message messageKey args { name value } } }
  }
`);

export const ReportReportMutation = graphql(`
  mutation ReportQuarterlyReport($input: QuarterlyReportActionInput!) {
    reportQuarterlyReport(input: $input) { report { ...ReportFields } userErrors { field code message messageKey args { name value } } }
  }
`);

export const ReturnReportMutation = graphql(`
  mutation ReturnQuarterlyReport($input: QuarterlyReportActionInput!) {
    returnQuarterlyReport(input: $input) { report { ...ReportFields } userErrors { field code message messageKey args { name value } } }
  }
`);
