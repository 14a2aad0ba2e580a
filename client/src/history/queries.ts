import { graphql } from '../api/generated';

// The history (变更历史) of one record — a callback, a ticket or a quarterly report — for the history panel.

export const HistoryEntryFragment = graphql(`
  fragment HistoryEntry on ChangeRecord { action field oldValue newValue changedAt changedBy { id displayName } changedByApiToken }
`);

export const RecordHistoryQuery = graphql(`
  query RecordHistory($id: ID!) {
    node(id: $id) {
      id
      ... on Callback { history(first: 500) { totalCount edges { node { ...HistoryEntry } } } }
      ... on Ticket { history(first: 500) { totalCount edges { node { ...HistoryEntry } } } }
      ... on QuarterlyReport { history(first: 500) { totalCount edges { node { ...HistoryEntry } } } }
    }
  }
`);
