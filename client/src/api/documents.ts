import { graphql } from './generated';

// Every GraphQL document of the client; `npm run codegen -w client` types them into ./generated.

export const MeQuery = graphql(`
  query Me {
    me {
      user { id username displayName role departmentName }
      projects { id code name statisticsPeriod correctionHours }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      user { id displayName role }
      userErrors { field code message }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout { ok }
  }
`);

export const CallbackRowFragment = graphql(`
  fragment CallbackRow on Callback {
    id serialCode version status purpose overdue anchorDate windowFrom windowTo
    methods performedAt visitors qualityEvaluation serviceEvaluation satisfaction satisfactionScore
    shortcomings suggestions result ownerConfirmation recordedAt recordedBy { id }
    reviewOpinion reviewedAt reviewedBy { id displayName } handlingOpinion followUp
    attemptCount nextAttemptAt updatedAt
    assignee { id displayName } coAssignee { id displayName }
    ticket { id number kind severity ownerName unit phone summary completedAt }
  }
`);

export const CallbacksQuery = graphql(`
  query Callbacks($filter: CallbackFilter, $first: Int, $after: String, $orderBy: CallbackOrder) {
    callbacks(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...CallbackRow } }
    }
  }
`);

export const UpdateCallbacksMutation = graphql(`
  mutation UpdateCallbacks($input: UpdateCallbacksInput!) {
    updateCallbacks(input: $input) {
      savedCount
      callbacks { ...CallbackRow }
      userErrors { field code message }
    }
  }
`);

export const RecordAttemptMutation = graphql(`
  mutation RecordCallbackAttempt($input: RecordAttemptInput!) {
    recordCallbackAttempt(input: $input) {
      callback { ...CallbackRow }
      userErrors { field code message }
    }
  }
`);

export const TicketRowFragment = graphql(`
  fragment TicketRow on Ticket {
    id number version kind severity ownerName unit phone channel receivedAt department category summary
    handler handlingResult completedAt status contractStart contractEnd
  }
`);

export const TicketsQuery = graphql(`
  query Tickets($filter: TicketFilter, $first: Int, $after: String) {
    tickets(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...TicketRow } }
    }
  }
`);

export const UpdateTicketMutation = graphql(`
  mutation UpdateTicket($input: UpdateTicketInput!) {
    updateTicket(input: $input) {
      ticket { ...TicketRow }
      userErrors { field code message }
    }
  }
`);

export const CreateTicketMutation = graphql(`
  mutation CreateTicket($input: CreateTicketInput!) {
    createTicket(input: $input) {
      ticket { ...TicketRow }
      userErrors { field code message }
    }
  }
`);

export const CompleteTicketMutation = graphql(`
  mutation CompleteTicket($input: CompleteTicketInput!) {
    completeTicket(input: $input) {
      ticket { ...TicketRow }
      callbacks { id serialCode }
      userErrors { field code message }
    }
  }
`);

export const ArchiveStatusQuery = graphql(`
  query ArchiveStatus($projectId: ID!, $period: String) {
    archiveStatus(projectId: $projectId, period: $period) {
      period archived archivedAt archivedBy { displayName } dueDate reminder retentionYears keepUntil
    }
  }
`);

export const ArchivePeriodMutation = graphql(`
  mutation ArchivePeriod($input: ArchivePeriodInput!) {
    archivePeriod(input: $input) {
      archive { period archived archivedAt archivedBy { displayName } dueDate reminder retentionYears keepUntil }
      userErrors { field code message }
    }
  }
`);

export const QuarterlyStatisticsQuery = graphql(`
  query QuarterlyStatistics($projectId: ID!, $period: String) {
    quarterlyStatistics(projectId: $projectId, period: $period) {
      period from to asOf computedAt
      kinds { kind ticketsCompleted callbacksRequired targetRatePercent callbacksPlanned callbacksDone achievedRatePercent targetMet doneWithinWindow overdue }
      totals { kind ticketsCompleted callbacksRequired targetRatePercent callbacksPlanned callbacksDone achievedRatePercent targetMet doneWithinWindow overdue }
      satisfaction { rated satisfiedRatePercent distribution { level count } }
      unqualifiedCallbacks { callbackId serialCode ticketNumber kind ownerName unit summary status satisfaction shortcomings handlingOpinion }
      repeatedComplaints { unit matter count ownerNames ticketNumbers firstReceivedOn lastReceivedOn }
      repeatedRepairs { unit category count ownerNames ticketNumbers firstReceivedOn lastReceivedOn }
      spotCheck { ratePercent repairRecords required planned done remaining }
    }
  }
`);

export const ExportWorkbookMutation = graphql(`
  mutation ExportQuarterlyWorkbook($input: ExportQuarterlyWorkbookInput!) {
    exportQuarterlyWorkbook(input: $input) {
      downloadUrl
      workbook { id number }
      userErrors { field code message }
    }
  }
`);

export const ExportRegisterQuery = graphql(`
  query ExportRegister($projectId: ID, $period: String) {
    exportRegister(projectId: $projectId, period: $period, first: 200) {
      totalCount
      edges { node { id period sequence number exportedAt byteSize sha256 downloadUrl exportedBy { displayName } rowCounts { sheet rows } } }
    }
  }
`);
