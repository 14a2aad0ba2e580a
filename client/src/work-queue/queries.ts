import { graphql } from '../api/generated';

// 待办: the badge counts and one document per role (each asks only its role's queues; the server refuses others').

export const WorkQueueCountsQuery = graphql(`
  query WorkQueueCounts($projectId: ID) {
    workQueueCounts(projectId: $projectId) { today total queues { kind count } }
  }
`);

export const WorkCallbackEdgeFragment = graphql(`
  fragment WorkCallbackEdge on CallbackQueueEdge {
    cursor daysLeft daysOverdue waitingSince ageDays correctableUntil
    node {
      id serialCode status purpose anchorDate windowFrom windowTo attemptCount nextAttemptAt recordedAt carriedOverFrom
      project { id code statisticsPeriod }
      ticket { id number kind severity ownerName unit phone summary }
      assignee { id displayName } coAssignee { id displayName } recordedBy { id displayName }
    }
  }
`);

export const WorkReportEdgeFragment = graphql(`
  fragment WorkReportEdge on ReportQueueEdge {
    cursor waitingSince ageDays
    node { id period status submittedAt reviewedAt submittedBy { displayName } reviewedBy { displayName } project { id code name } }
  }
`);

export const ClerkWorkQuery = graphql(`
  query ClerkWork($projectId: ID, $overdue: Int, $dueToday: Int, $callLater: Int, $dueSoon: Int, $corrections: Int) {
    workQueues(projectId: $projectId) {
      today kinds
      callbacksOverdue(first: $overdue) { totalCount pageInfo { hasNextPage } edges { ...WorkCallbackEdge } }
      callbacksDueToday(first: $dueToday) { totalCount pageInfo { hasNextPage } edges { ...WorkCallbackEdge } }
      callLaterDue(first: $callLater) { totalCount pageInfo { hasNextPage } edges { ...WorkCallbackEdge } }
      callbacksDueSoon(first: $dueSoon) { totalCount pageInfo { hasNextPage } edges { ...WorkCallbackEdge } }
      correctionsOpen(first: $corrections) { totalCount pageInfo { hasNextPage } edges { ...WorkCallbackEdge } }
    }
  }
`);

export const SupervisorWorkQuery = graphql(`
  query SupervisorWork($projectId: ID, $review: Int, $reports: Int, $disputes: Int) {
    workQueues(projectId: $projectId) {
      today kinds
      ownerDisputes(first: $disputes) {
        totalCount pageInfo { hasNextPage }
        edges { ...WorkCallbackEdge node { id spotCheckOf { id serialCode ownerVerdictComment } } }
      }
      recordsToReview(first: $review) { totalCount pageInfo { hasNextPage } edges { ...WorkCallbackEdge } }
      reportsToReview(first: $reports) { totalCount pageInfo { hasNextPage } edges { ...WorkReportEdge } }
      spotCheckQuota { project { id code } period ratePercent repairRecords required planned done stillToPlan remaining }
      targetsAtRisk {
        project { id code } period kind targetRatePercent achievedRatePercent callbacksRequired callbacksDone callbacksOpen overdue
        forecast { daysLeft expectedDone bestCase atRisk shortBy canStillBeMet ticketsWithoutCallback ticketsToAdd { id number completedAt summary } }
      }
      archiveDue { projectId period dueDate reminder archived archivedAt archivedBy { displayName } }
    }
  }
`);

export const DepartmentSupervisorWorkQuery = graphql(`
  query DepartmentSupervisorWork($projectId: ID, $joint: Int) {
    workQueues(projectId: $projectId) {
      today kinds
      jointComplaintCallbacks(first: $joint) { totalCount pageInfo { hasNextPage } edges { ...WorkCallbackEdge } }
    }
  }
`);

export const ManagerWorkQuery = graphql(`
  query ManagerWork($projectId: ID, $escalations: Int, $major: Int, $reports: Int) {
    workQueues(projectId: $projectId) {
      today kinds
      escalationsWithoutOpinion(first: $escalations) { totalCount pageInfo { hasNextPage } edges { ...WorkCallbackEdge } }
      majorComplaintsToOrganise(first: $major) { totalCount pageInfo { hasNextPage } edges { ...WorkCallbackEdge } }
      reportsToMarkReported(first: $reports) { totalCount pageInfo { hasNextPage } edges { ...WorkReportEdge } }
    }
  }
`);

export const AuditorWorkQuery = graphql(`
  query AuditorWork($projects: Int) {
    workQueues {
      today kinds
      archiveOverview(first: $projects) {
        totalCount pageInfo { hasNextPage }
        edges { node { project { id code name statisticsPeriod } archivedCount notArchivedCount periods { period from to archived archivedAt dueDate reminder reportStatus } } }
      }
      reportsByState { status count }
    }
  }
`);
