// The notification preferences page's operations: read them, change them.
import { graphql } from "../../gql";

export const PreferencesFields = graphql(`
  fragment PreferencesFields on NotificationPreferences {
    channels { category inApp email live }
    emailDigest digestHour timeZone
    quietHours { start end }
  }
`);

export const PreferencesQuery = graphql(`
  query NotificationPreferences { me { id notificationPreferences { ...PreferencesFields } } }
`);

export const UpdatePreferencesMutation = graphql(`
  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) { ...PreferencesFields }
  }
`);
