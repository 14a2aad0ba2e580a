import { graphql } from '../api/generated';

// 提醒: the bell's documents. The count is pushed (unreadNotificationCountChanged); the list is read when it changes.

export const NotificationsQuery = graphql(`
  query Notifications {
    unreadNotificationCount
    notifications(first: 30) {
      edges { node { id kind message messageKey args { name value } projectId targetId targetType createdAt readAt } }
    }
  }
`);

export const UnreadCountChangedSubscription = graphql(`
  subscription UnreadCountChanged {
    unreadNotificationCountChanged
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) { markedCount unreadCount userErrors { field code message messageKey args { name value } } }
  }
`);
