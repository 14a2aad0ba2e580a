import { graphql } from '../api/generated';

// The documents of 《业主回访记录表》: a row, the rows of a period, a batch of edited cells, a call attempt.
// `npm run codegen -w client` types every document of src/ into api/generated.

export const CallbackRowFragment = graphql(`
  fragment CallbackRow on Callback {
    id serialCode version status purpose overdue anchorDate windowFrom windowTo
    methods performedAt visitors qualityEvaluation serviceEvaluation satisfaction satisfactionScore
    shortcomings suggestions result ownerConfirmation ownerVerdict ownerVerdictComment recordedAt recordedBy { id }
    reviewOpinion reviewedAt reviewedBy { id displayName } handlingOpinion followUp
    attemptCount nextAttemptAt updatedAt carriedOverFrom voidReason voidedAt reassignReason handlerAtRecording departmentAtRecording
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
      userErrors { field code message messageKey args { name value } }
      warnings { field code message messageKey args { name value } }
    }
  }
`);

export const CloseCallbackMutation = graphql(`
  mutation CloseCallback($input: CallbackActionInput!) {
    closeCallback(input: $input) {
      callback { ...CallbackRow }
      userErrors { field code message messageKey args { name value } }
    }
  }
`);

export const RecordAttemptMutation = graphql(`
  mutation RecordCallbackAttempt($input: RecordAttemptInput!) {
    recordCallbackAttempt(input: $input) {
      callback { ...CallbackRow }
      userErrors { field code message messageKey args { name value } }
    }
  }
`);

// rows saved by anyone, pushed over the live connection: Apollo's cache puts them into the sheet by id
export const CallbacksChangedSubscription = graphql(`
  subscription CallbacksChanged($projectId: ID) {
    callbacksChanged(projectId: $projectId) { ...CallbackRow }
  }
`);

/** 规范用语 of the project, one per ticket kind (the panel beside the row; settings edit them) */
export const CallScriptsQuery = graphql(`
  query CallScripts($projectId: ID!) {
    callScripts(projectId: $projectId) { kind greeting questions closing busyReply version standard updatedAt updatedBy { displayName } }
  }
`);
