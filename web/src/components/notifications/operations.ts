// The notices' operations several parts share: the fields of one notice, the bell's newest few
// with the counts, marking them seen, and the live feed.
import { graphql } from "../../gql";

/** A request context that refreshes every list of notices once a change to them is answered. */
export const NOTICE_LISTS = { additionalTypenames: ["NotificationConnection"] };

export const NotificationFields = graphql(`
  fragment NotificationFields on Notification {
    id kind category title body read seen archived snoozedUntil createdAt subjectId
  }
`);

export const BellQuery = graphql(`
  query Bell {
    me {
      id
      notifications(first: 5) {
        unreadCount unseenCount
        edges { cursor node { ...NotificationFields } }
      }
    }
  }
`);

export const MarkSeenMutation = graphql(`
  mutation MarkNotificationsSeen($ids: [ID!]) { markNotificationsSeen(ids: $ids) }
`);

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded { notificationAdded { cursor node { ...NotificationFields } } }
`);
