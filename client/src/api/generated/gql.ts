/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment CallbackRow on Callback {\n    id serialCode version status purpose overdue anchorDate windowFrom windowTo\n    methods performedAt visitors qualityEvaluation serviceEvaluation satisfaction satisfactionScore\n    shortcomings suggestions result ownerConfirmation recordedAt recordedBy { id }\n    reviewOpinion reviewedAt reviewedBy { id displayName } handlingOpinion followUp\n    attemptCount nextAttemptAt updatedAt\n    assignee { id displayName } coAssignee { id displayName }\n    ticket { id number kind severity ownerName unit phone summary completedAt }\n  }\n": typeof types.CallbackRowFragmentDoc,
    "\n  query Callbacks($filter: CallbackFilter, $first: Int, $after: String, $orderBy: CallbackOrder) {\n    callbacks(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CallbackRow } }\n    }\n  }\n": typeof types.CallbacksDocument,
    "\n  mutation UpdateCallbacks($input: UpdateCallbacksInput!) {\n    updateCallbacks(input: $input) {\n      savedCount\n      callbacks { ...CallbackRow }\n      userErrors { field code message }\n    }\n  }\n": typeof types.UpdateCallbacksDocument,
    "\n  mutation RecordCallbackAttempt($input: RecordAttemptInput!) {\n    recordCallbackAttempt(input: $input) {\n      callback { ...CallbackRow }\n      userErrors { field code message }\n    }\n  }\n": typeof types.RecordCallbackAttemptDocument,
    "\n  mutation ExportQuarterlyWorkbook($input: ExportQuarterlyWorkbookInput!) {\n    exportQuarterlyWorkbook(input: $input) {\n      downloadUrl\n      workbook { id number }\n      userErrors { field code message }\n    }\n  }\n": typeof types.ExportQuarterlyWorkbookDocument,
    "\n  query ExportRegister($projectId: ID, $period: String) {\n    exportRegister(projectId: $projectId, period: $period, first: 200) {\n      totalCount\n      edges { node { id period sequence number exportedAt byteSize sha256 downloadUrl exportedBy { displayName } rowCounts { sheet rows } } }\n    }\n  }\n": typeof types.ExportRegisterDocument,
    "\n  query Me {\n    me {\n      user { id username displayName role departmentName }\n      projects { id code name statisticsPeriod correctionHours }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user { id displayName role }\n      userErrors { field code message }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout { ok }\n  }\n": typeof types.LogoutDocument,
    "\n  query ArchiveStatus($projectId: ID!, $period: String) {\n    archiveStatus(projectId: $projectId, period: $period) {\n      period archived archivedAt archivedBy { displayName } dueDate reminder retentionYears keepUntil\n    }\n  }\n": typeof types.ArchiveStatusDocument,
    "\n  query QuarterlyStatistics($projectId: ID!, $period: String) {\n    quarterlyStatistics(projectId: $projectId, period: $period) {\n      period from to asOf computedAt\n      kinds { kind ticketsCompleted callbacksRequired targetRatePercent callbacksPlanned callbacksDone achievedRatePercent targetMet doneWithinWindow overdue }\n      totals { kind ticketsCompleted callbacksRequired targetRatePercent callbacksPlanned callbacksDone achievedRatePercent targetMet doneWithinWindow overdue }\n      satisfaction { rated satisfiedRatePercent distribution { level count } }\n      unqualifiedCallbacks { callbackId serialCode ticketNumber kind ownerName unit summary status satisfaction shortcomings handlingOpinion }\n      repeatedComplaints { unit matter count ownerNames ticketNumbers firstReceivedOn lastReceivedOn }\n      repeatedRepairs { unit category count ownerNames ticketNumbers firstReceivedOn lastReceivedOn }\n      spotCheck { ratePercent repairRecords required planned done remaining }\n    }\n  }\n": typeof types.QuarterlyStatisticsDocument,
    "\n  mutation ArchivePeriod($input: ArchivePeriodInput!) {\n    archivePeriod(input: $input) {\n      archive { period archived archivedAt archivedBy { displayName } dueDate reminder retentionYears keepUntil }\n      userErrors { field code message }\n    }\n  }\n": typeof types.ArchivePeriodDocument,
    "\n  fragment TicketRow on Ticket {\n    id number version kind severity ownerName unit phone channel receivedAt department category summary\n    handler handlingResult completedAt status contractStart contractEnd\n  }\n": typeof types.TicketRowFragmentDoc,
    "\n  query Tickets($filter: TicketFilter, $first: Int, $after: String) {\n    tickets(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...TicketRow } }\n    }\n  }\n": typeof types.TicketsDocument,
    "\n  mutation UpdateTicket($input: UpdateTicketInput!) {\n    updateTicket(input: $input) {\n      ticket { ...TicketRow }\n      userErrors { field code message }\n    }\n  }\n": typeof types.UpdateTicketDocument,
    "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket { ...TicketRow }\n      userErrors { field code message }\n    }\n  }\n": typeof types.CreateTicketDocument,
    "\n  mutation CompleteTicket($input: CompleteTicketInput!) {\n    completeTicket(input: $input) {\n      ticket { ...TicketRow }\n      callbacks { id serialCode }\n      userErrors { field code message }\n    }\n  }\n": typeof types.CompleteTicketDocument,
};
const documents: Documents = {
    "\n  fragment CallbackRow on Callback {\n    id serialCode version status purpose overdue anchorDate windowFrom windowTo\n    methods performedAt visitors qualityEvaluation serviceEvaluation satisfaction satisfactionScore\n    shortcomings suggestions result ownerConfirmation recordedAt recordedBy { id }\n    reviewOpinion reviewedAt reviewedBy { id displayName } handlingOpinion followUp\n    attemptCount nextAttemptAt updatedAt\n    assignee { id displayName } coAssignee { id displayName }\n    ticket { id number kind severity ownerName unit phone summary completedAt }\n  }\n": types.CallbackRowFragmentDoc,
    "\n  query Callbacks($filter: CallbackFilter, $first: Int, $after: String, $orderBy: CallbackOrder) {\n    callbacks(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CallbackRow } }\n    }\n  }\n": types.CallbacksDocument,
    "\n  mutation UpdateCallbacks($input: UpdateCallbacksInput!) {\n    updateCallbacks(input: $input) {\n      savedCount\n      callbacks { ...CallbackRow }\n      userErrors { field code message }\n    }\n  }\n": types.UpdateCallbacksDocument,
    "\n  mutation RecordCallbackAttempt($input: RecordAttemptInput!) {\n    recordCallbackAttempt(input: $input) {\n      callback { ...CallbackRow }\n      userErrors { field code message }\n    }\n  }\n": types.RecordCallbackAttemptDocument,
    "\n  mutation ExportQuarterlyWorkbook($input: ExportQuarterlyWorkbookInput!) {\n    exportQuarterlyWorkbook(input: $input) {\n      downloadUrl\n      workbook { id number }\n      userErrors { field code message }\n    }\n  }\n": types.ExportQuarterlyWorkbookDocument,
    "\n  query ExportRegister($projectId: ID, $period: String) {\n    exportRegister(projectId: $projectId, period: $period, first: 200) {\n      totalCount\n      edges { node { id period sequence number exportedAt byteSize sha256 downloadUrl exportedBy { displayName } rowCounts { sheet rows } } }\n    }\n  }\n": types.ExportRegisterDocument,
    "\n  query Me {\n    me {\n      user { id username displayName role departmentName }\n      projects { id code name statisticsPeriod correctionHours }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user { id displayName role }\n      userErrors { field code message }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout { ok }\n  }\n": types.LogoutDocument,
    "\n  query ArchiveStatus($projectId: ID!, $period: String) {\n    archiveStatus(projectId: $projectId, period: $period) {\n      period archived archivedAt archivedBy { displayName } dueDate reminder retentionYears keepUntil\n    }\n  }\n": types.ArchiveStatusDocument,
    "\n  query QuarterlyStatistics($projectId: ID!, $period: String) {\n    quarterlyStatistics(projectId: $projectId, period: $period) {\n      period from to asOf computedAt\n      kinds { kind ticketsCompleted callbacksRequired targetRatePercent callbacksPlanned callbacksDone achievedRatePercent targetMet doneWithinWindow overdue }\n      totals { kind ticketsCompleted callbacksRequired targetRatePercent callbacksPlanned callbacksDone achievedRatePercent targetMet doneWithinWindow overdue }\n      satisfaction { rated satisfiedRatePercent distribution { level count } }\n      unqualifiedCallbacks { callbackId serialCode ticketNumber kind ownerName unit summary status satisfaction shortcomings handlingOpinion }\n      repeatedComplaints { unit matter count ownerNames ticketNumbers firstReceivedOn lastReceivedOn }\n      repeatedRepairs { unit category count ownerNames ticketNumbers firstReceivedOn lastReceivedOn }\n      spotCheck { ratePercent repairRecords required planned done remaining }\n    }\n  }\n": types.QuarterlyStatisticsDocument,
    "\n  mutation ArchivePeriod($input: ArchivePeriodInput!) {\n    archivePeriod(input: $input) {\n      archive { period archived archivedAt archivedBy { displayName } dueDate reminder retentionYears keepUntil }\n      userErrors { field code message }\n    }\n  }\n": types.ArchivePeriodDocument,
    "\n  fragment TicketRow on Ticket {\n    id number version kind severity ownerName unit phone channel receivedAt department category summary\n    handler handlingResult completedAt status contractStart contractEnd\n  }\n": types.TicketRowFragmentDoc,
    "\n  query Tickets($filter: TicketFilter, $first: Int, $after: String) {\n    tickets(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...TicketRow } }\n    }\n  }\n": types.TicketsDocument,
    "\n  mutation UpdateTicket($input: UpdateTicketInput!) {\n    updateTicket(input: $input) {\n      ticket { ...TicketRow }\n      userErrors { field code message }\n    }\n  }\n": types.UpdateTicketDocument,
    "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket { ...TicketRow }\n      userErrors { field code message }\n    }\n  }\n": types.CreateTicketDocument,
    "\n  mutation CompleteTicket($input: CompleteTicketInput!) {\n    completeTicket(input: $input) {\n      ticket { ...TicketRow }\n      callbacks { id serialCode }\n      userErrors { field code message }\n    }\n  }\n": types.CompleteTicketDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallbackRow on Callback {\n    id serialCode version status purpose overdue anchorDate windowFrom windowTo\n    methods performedAt visitors qualityEvaluation serviceEvaluation satisfaction satisfactionScore\n    shortcomings suggestions result ownerConfirmation recordedAt recordedBy { id }\n    reviewOpinion reviewedAt reviewedBy { id displayName } handlingOpinion followUp\n    attemptCount nextAttemptAt updatedAt\n    assignee { id displayName } coAssignee { id displayName }\n    ticket { id number kind severity ownerName unit phone summary completedAt }\n  }\n"): (typeof documents)["\n  fragment CallbackRow on Callback {\n    id serialCode version status purpose overdue anchorDate windowFrom windowTo\n    methods performedAt visitors qualityEvaluation serviceEvaluation satisfaction satisfactionScore\n    shortcomings suggestions result ownerConfirmation recordedAt recordedBy { id }\n    reviewOpinion reviewedAt reviewedBy { id displayName } handlingOpinion followUp\n    attemptCount nextAttemptAt updatedAt\n    assignee { id displayName } coAssignee { id displayName }\n    ticket { id number kind severity ownerName unit phone summary completedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Callbacks($filter: CallbackFilter, $first: Int, $after: String, $orderBy: CallbackOrder) {\n    callbacks(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CallbackRow } }\n    }\n  }\n"): (typeof documents)["\n  query Callbacks($filter: CallbackFilter, $first: Int, $after: String, $orderBy: CallbackOrder) {\n    callbacks(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CallbackRow } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCallbacks($input: UpdateCallbacksInput!) {\n    updateCallbacks(input: $input) {\n      savedCount\n      callbacks { ...CallbackRow }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCallbacks($input: UpdateCallbacksInput!) {\n    updateCallbacks(input: $input) {\n      savedCount\n      callbacks { ...CallbackRow }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCallbackAttempt($input: RecordAttemptInput!) {\n    recordCallbackAttempt(input: $input) {\n      callback { ...CallbackRow }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCallbackAttempt($input: RecordAttemptInput!) {\n    recordCallbackAttempt(input: $input) {\n      callback { ...CallbackRow }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportQuarterlyWorkbook($input: ExportQuarterlyWorkbookInput!) {\n    exportQuarterlyWorkbook(input: $input) {\n      downloadUrl\n      workbook { id number }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation ExportQuarterlyWorkbook($input: ExportQuarterlyWorkbookInput!) {\n    exportQuarterlyWorkbook(input: $input) {\n      downloadUrl\n      workbook { id number }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportRegister($projectId: ID, $period: String) {\n    exportRegister(projectId: $projectId, period: $period, first: 200) {\n      totalCount\n      edges { node { id period sequence number exportedAt byteSize sha256 downloadUrl exportedBy { displayName } rowCounts { sheet rows } } }\n    }\n  }\n"): (typeof documents)["\n  query ExportRegister($projectId: ID, $period: String) {\n    exportRegister(projectId: $projectId, period: $period, first: 200) {\n      totalCount\n      edges { node { id period sequence number exportedAt byteSize sha256 downloadUrl exportedBy { displayName } rowCounts { sheet rows } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      user { id username displayName role departmentName }\n      projects { id code name statisticsPeriod correctionHours }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      user { id username displayName role departmentName }\n      projects { id code name statisticsPeriod correctionHours }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user { id displayName role }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user { id displayName role }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout { ok }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout { ok }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArchiveStatus($projectId: ID!, $period: String) {\n    archiveStatus(projectId: $projectId, period: $period) {\n      period archived archivedAt archivedBy { displayName } dueDate reminder retentionYears keepUntil\n    }\n  }\n"): (typeof documents)["\n  query ArchiveStatus($projectId: ID!, $period: String) {\n    archiveStatus(projectId: $projectId, period: $period) {\n      period archived archivedAt archivedBy { displayName } dueDate reminder retentionYears keepUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuarterlyStatistics($projectId: ID!, $period: String) {\n    quarterlyStatistics(projectId: $projectId, period: $period) {\n      period from to asOf computedAt\n      kinds { kind ticketsCompleted callbacksRequired targetRatePercent callbacksPlanned callbacksDone achievedRatePercent targetMet doneWithinWindow overdue }\n      totals { kind ticketsCompleted callbacksRequired targetRatePercent callbacksPlanned callbacksDone achievedRatePercent targetMet doneWithinWindow overdue }\n      satisfaction { rated satisfiedRatePercent distribution { level count } }\n      unqualifiedCallbacks { callbackId serialCode ticketNumber kind ownerName unit summary status satisfaction shortcomings handlingOpinion }\n      repeatedComplaints { unit matter count ownerNames ticketNumbers firstReceivedOn lastReceivedOn }\n      repeatedRepairs { unit category count ownerNames ticketNumbers firstReceivedOn lastReceivedOn }\n      spotCheck { ratePercent repairRecords required planned done remaining }\n    }\n  }\n"): (typeof documents)["\n  query QuarterlyStatistics($projectId: ID!, $period: String) {\n    quarterlyStatistics(projectId: $projectId, period: $period) {\n      period from to asOf computedAt\n      kinds { kind ticketsCompleted callbacksRequired targetRatePercent callbacksPlanned callbacksDone achievedRatePercent targetMet doneWithinWindow overdue }\n      totals { kind ticketsCompleted callbacksRequired targetRatePercent callbacksPlanned callbacksDone achievedRatePercent targetMet doneWithinWindow overdue }\n      satisfaction { rated satisfiedRatePercent distribution { level count } }\n      unqualifiedCallbacks { callbackId serialCode ticketNumber kind ownerName unit summary status satisfaction shortcomings handlingOpinion }\n      repeatedComplaints { unit matter count ownerNames ticketNumbers firstReceivedOn lastReceivedOn }\n      repeatedRepairs { unit category count ownerNames ticketNumbers firstReceivedOn lastReceivedOn }\n      spotCheck { ratePercent repairRecords required planned done remaining }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchivePeriod($input: ArchivePeriodInput!) {\n    archivePeriod(input: $input) {\n      archive { period archived archivedAt archivedBy { displayName } dueDate reminder retentionYears keepUntil }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchivePeriod($input: ArchivePeriodInput!) {\n    archivePeriod(input: $input) {\n      archive { period archived archivedAt archivedBy { displayName } dueDate reminder retentionYears keepUntil }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketRow on Ticket {\n    id number version kind severity ownerName unit phone channel receivedAt department category summary\n    handler handlingResult completedAt status contractStart contractEnd\n  }\n"): (typeof documents)["\n  fragment TicketRow on Ticket {\n    id number version kind severity ownerName unit phone channel receivedAt department category summary\n    handler handlingResult completedAt status contractStart contractEnd\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tickets($filter: TicketFilter, $first: Int, $after: String) {\n    tickets(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...TicketRow } }\n    }\n  }\n"): (typeof documents)["\n  query Tickets($filter: TicketFilter, $first: Int, $after: String) {\n    tickets(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...TicketRow } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTicket($input: UpdateTicketInput!) {\n    updateTicket(input: $input) {\n      ticket { ...TicketRow }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTicket($input: UpdateTicketInput!) {\n    updateTicket(input: $input) {\n      ticket { ...TicketRow }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket { ...TicketRow }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket { ...TicketRow }\n      userErrors { field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTicket($input: CompleteTicketInput!) {\n    completeTicket(input: $input) {\n      ticket { ...TicketRow }\n      callbacks { id serialCode }\n      userErrors { field code message }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteTicket($input: CompleteTicketInput!) {\n    completeTicket(input: $input) {\n      ticket { ...TicketRow }\n      callbacks { id serialCode }\n      userErrors { field code message }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;