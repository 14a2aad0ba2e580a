import { graphql } from '../api/generated';

// The documents of 季度统计: the period's figures, and archiving it (its status is the session's ArchiveStatus).
// `npm run codegen -w client` types every document of src/ into api/generated.

export const QuarterlyStatisticsQuery = graphql(`
  query QuarterlyStatistics($projectId: ID!, $period: String) {
    quarterlyStatistics(projectId: $projectId, period: $period) {
      period from to asOf computedAt
      kinds { kind ticketsCompleted callbacksRequired targetRatePercent callbacksPlanned callbacksDone achievedRatePercent targetMet doneWithinWindow overdue unreachable }
      totals { kind ticketsCompleted callbacksRequired targetRatePercent callbacksPlanned callbacksDone achievedRatePercent targetMet doneWithinWindow overdue unreachable }
      satisfaction { rated satisfiedRatePercent distribution { level count } }
      unqualifiedCallbacks { callbackId serialCode ticketNumber kind ownerName unit summary status satisfaction shortcomings handlingOpinion }
      repeatedComplaints { unit matter count ownerNames ticketNumbers firstReceivedOn lastReceivedOn }
      repeatedRepairs { unit category count ownerNames ticketNumbers firstReceivedOn lastReceivedOn }
      spotCheck { ratePercent repairRecords required planned done remaining }
      methods { method count }
      ownerAnswers { online confirmed disputed unconfirmed linksSent }
      forecast {
        kind required done daysLeft dueInPeriod lastAttempt endsAfterPeriod overdue opensAfterPeriod expectedDone bestCase
        atRisk shortBy canStillBeMet ticketsWithoutCallback ticketsToAdd { id number }
      }
    }
  }
`);

export const ArchivePeriodMutation = graphql(`
  mutation ArchivePeriod($input: ArchivePeriodInput!) {
    archivePeriod(input: $input) {
      archive { period archived archivedAt archivedBy { displayName } dueDate reminder retentionYears keepUntil }
      userErrors { field code message messageKey args { name value } }
    }
  }
`);

/** 考核: the staff and handler rows the caller may see (a clerk: their own row). */
export const StaffResultsQuery = graphql(`
  query StaffResults($projectId: ID!, $period: String) {
    staffResults(projectId: $projectId, period: $period) {
      period ownRowOnly
      staff {
        userId displayName role callbacksAssigned callbacksDone doneWithinWindow overdue unreachable callbacksPerformed rated
        satisfiedRatePercent spotChecked spotCheckAgreed spotCheckAgreementPercent
      }
      handlers { department handler departmentTotal callbacksRecorded rated satisfiedRatePercent unqualified }
    }
  }
`);
