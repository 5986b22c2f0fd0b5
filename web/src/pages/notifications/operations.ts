// The inbox's operations: one page of notices by state and category, and what can be done to
// them (read, all read, archive or bring back, snooze).
import { graphql } from "../../gql";

export const InboxQuery = graphql(`
  query Inbox($state: NotificationState!, $category: NotificationCategory, $after: String) {
    me {
      id
      notifications(first: 20, after: $after, state: $state, category: $category) {
        totalCount unreadCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { ...NotificationFields } }
      }
    }
  }
`);

export const MarkReadMutation = graphql(`
  mutation MarkNotificationRead($id: ID!) { markNotificationRead(id: $id) { ...NotificationFields } }
`);

export const MarkAllReadMutation = graphql(`
  mutation MarkAllNotificationsRead { markAllNotificationsRead }
`);

export const ArchiveMutation = graphql(`
  mutation ArchiveNotification($id: ID!, $archived: Boolean!) {
    archiveNotification(id: $id, archived: $archived) { ...NotificationFields }
  }
`);

export const SnoozeMutation = graphql(`
  mutation SnoozeNotification($id: ID!, $until: DateTime!) {
    snoozeNotification(id: $id, until: $until) { ...NotificationFields }
  }
`);
