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
    "\n  fragment NotificationFields on Notification {\n    id kind category title body read seen archived snoozedUntil createdAt subjectId\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query Bell {\n    me {\n      id\n      notifications(first: 5) {\n        unreadCount unseenCount\n        edges { cursor node { ...NotificationFields } }\n      }\n    }\n  }\n": typeof types.BellDocument,
    "\n  mutation MarkNotificationsSeen($ids: [ID!]) { markNotificationsSeen(ids: $ids) }\n": typeof types.MarkNotificationsSeenDocument,
    "\n  subscription NotificationAdded { notificationAdded { cursor node { ...NotificationFields } } }\n": typeof types.NotificationAddedDocument,
    "\n  fragment PlanFields on Plan {\n    pMatch\n    pMatchWithoutSignals\n    pMatchRange { low high }\n    expectedInterviews\n    expectedInterviewsRange { low high }\n    costUsd\n    signals\n    warnings\n    modelVersion\n    curve { applications pMatch pMatchWithoutSignals expectedInterviews costUsd }\n    applications {\n      programId\n      name\n      specialty\n      state\n      pInterview\n      pInterviewRange { low high }\n      tier\n      costUsd\n      signal\n      reasons\n      addsPMatch\n    }\n  }\n": typeof types.PlanFieldsFragmentDoc,
    "\n  query ChanceModel {\n    model {\n      version\n      parametersVersion\n      sources\n      notes\n      featureModelError\n      validation { meanAbsoluteErrorPp applicantWeightedErrorPp samplingNoiseFloorPp heldOutSpecialties }\n    }\n  }\n": typeof types.ChanceModelDocument,
    "\n  query Inbox($state: NotificationState!, $category: NotificationCategory, $after: String) {\n    me {\n      id\n      notifications(first: 20, after: $after, state: $state, category: $category) {\n        totalCount unreadCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { ...NotificationFields } }\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  mutation MarkNotificationRead($id: ID!) { markNotificationRead(id: $id) { ...NotificationFields } }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead { markAllNotificationsRead }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  mutation ArchiveNotification($id: ID!, $archived: Boolean!) {\n    archiveNotification(id: $id, archived: $archived) { ...NotificationFields }\n  }\n": typeof types.ArchiveNotificationDocument,
    "\n  mutation SnoozeNotification($id: ID!, $until: DateTime!) {\n    snoozeNotification(id: $id, until: $until) { ...NotificationFields }\n  }\n": typeof types.SnoozeNotificationDocument,
    "\n  fragment PreferencesFields on NotificationPreferences {\n    channels { category inApp email live }\n    emailDigest digestHour timeZone\n    quietHours { start end }\n  }\n": typeof types.PreferencesFieldsFragmentDoc,
    "\n  query NotificationPreferences { me { id notificationPreferences { ...PreferencesFields } } }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) { ...PreferencesFields }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  query TryPlan($profile: ProfileInput!, $options: PlanInput) {\n    tryPlan(profile: $profile, options: $options) { ...PlanFields }\n  }\n": typeof types.TryPlanDocument,
};
const documents: Documents = {
    "\n  fragment NotificationFields on Notification {\n    id kind category title body read seen archived snoozedUntil createdAt subjectId\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query Bell {\n    me {\n      id\n      notifications(first: 5) {\n        unreadCount unseenCount\n        edges { cursor node { ...NotificationFields } }\n      }\n    }\n  }\n": types.BellDocument,
    "\n  mutation MarkNotificationsSeen($ids: [ID!]) { markNotificationsSeen(ids: $ids) }\n": types.MarkNotificationsSeenDocument,
    "\n  subscription NotificationAdded { notificationAdded { cursor node { ...NotificationFields } } }\n": types.NotificationAddedDocument,
    "\n  fragment PlanFields on Plan {\n    pMatch\n    pMatchWithoutSignals\n    pMatchRange { low high }\n    expectedInterviews\n    expectedInterviewsRange { low high }\n    costUsd\n    signals\n    warnings\n    modelVersion\n    curve { applications pMatch pMatchWithoutSignals expectedInterviews costUsd }\n    applications {\n      programId\n      name\n      specialty\n      state\n      pInterview\n      pInterviewRange { low high }\n      tier\n      costUsd\n      signal\n      reasons\n      addsPMatch\n    }\n  }\n": types.PlanFieldsFragmentDoc,
    "\n  query ChanceModel {\n    model {\n      version\n      parametersVersion\n      sources\n      notes\n      featureModelError\n      validation { meanAbsoluteErrorPp applicantWeightedErrorPp samplingNoiseFloorPp heldOutSpecialties }\n    }\n  }\n": types.ChanceModelDocument,
    "\n  query Inbox($state: NotificationState!, $category: NotificationCategory, $after: String) {\n    me {\n      id\n      notifications(first: 20, after: $after, state: $state, category: $category) {\n        totalCount unreadCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { ...NotificationFields } }\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  mutation MarkNotificationRead($id: ID!) { markNotificationRead(id: $id) { ...NotificationFields } }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead { markAllNotificationsRead }\n": types.MarkAllNotificationsReadDocument,
    "\n  mutation ArchiveNotification($id: ID!, $archived: Boolean!) {\n    archiveNotification(id: $id, archived: $archived) { ...NotificationFields }\n  }\n": types.ArchiveNotificationDocument,
    "\n  mutation SnoozeNotification($id: ID!, $until: DateTime!) {\n    snoozeNotification(id: $id, until: $until) { ...NotificationFields }\n  }\n": types.SnoozeNotificationDocument,
    "\n  fragment PreferencesFields on NotificationPreferences {\n    channels { category inApp email live }\n    emailDigest digestHour timeZone\n    quietHours { start end }\n  }\n": types.PreferencesFieldsFragmentDoc,
    "\n  query NotificationPreferences { me { id notificationPreferences { ...PreferencesFields } } }\n": types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) { ...PreferencesFields }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  query TryPlan($profile: ProfileInput!, $options: PlanInput) {\n    tryPlan(profile: $profile, options: $options) { ...PlanFields }\n  }\n": types.TryPlanDocument,
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
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id kind category title body read seen archived snoozedUntil createdAt subjectId\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id kind category title body read seen archived snoozedUntil createdAt subjectId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Bell {\n    me {\n      id\n      notifications(first: 5) {\n        unreadCount unseenCount\n        edges { cursor node { ...NotificationFields } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Bell {\n    me {\n      id\n      notifications(first: 5) {\n        unreadCount unseenCount\n        edges { cursor node { ...NotificationFields } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsSeen($ids: [ID!]) { markNotificationsSeen(ids: $ids) }\n"): (typeof documents)["\n  mutation MarkNotificationsSeen($ids: [ID!]) { markNotificationsSeen(ids: $ids) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded { notificationAdded { cursor node { ...NotificationFields } } }\n"): (typeof documents)["\n  subscription NotificationAdded { notificationAdded { cursor node { ...NotificationFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanFields on Plan {\n    pMatch\n    pMatchWithoutSignals\n    pMatchRange { low high }\n    expectedInterviews\n    expectedInterviewsRange { low high }\n    costUsd\n    signals\n    warnings\n    modelVersion\n    curve { applications pMatch pMatchWithoutSignals expectedInterviews costUsd }\n    applications {\n      programId\n      name\n      specialty\n      state\n      pInterview\n      pInterviewRange { low high }\n      tier\n      costUsd\n      signal\n      reasons\n      addsPMatch\n    }\n  }\n"): (typeof documents)["\n  fragment PlanFields on Plan {\n    pMatch\n    pMatchWithoutSignals\n    pMatchRange { low high }\n    expectedInterviews\n    expectedInterviewsRange { low high }\n    costUsd\n    signals\n    warnings\n    modelVersion\n    curve { applications pMatch pMatchWithoutSignals expectedInterviews costUsd }\n    applications {\n      programId\n      name\n      specialty\n      state\n      pInterview\n      pInterviewRange { low high }\n      tier\n      costUsd\n      signal\n      reasons\n      addsPMatch\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChanceModel {\n    model {\n      version\n      parametersVersion\n      sources\n      notes\n      featureModelError\n      validation { meanAbsoluteErrorPp applicantWeightedErrorPp samplingNoiseFloorPp heldOutSpecialties }\n    }\n  }\n"): (typeof documents)["\n  query ChanceModel {\n    model {\n      version\n      parametersVersion\n      sources\n      notes\n      featureModelError\n      validation { meanAbsoluteErrorPp applicantWeightedErrorPp samplingNoiseFloorPp heldOutSpecialties }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox($state: NotificationState!, $category: NotificationCategory, $after: String) {\n    me {\n      id\n      notifications(first: 20, after: $after, state: $state, category: $category) {\n        totalCount unreadCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { ...NotificationFields } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Inbox($state: NotificationState!, $category: NotificationCategory, $after: String) {\n    me {\n      id\n      notifications(first: 20, after: $after, state: $state, category: $category) {\n        totalCount unreadCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { ...NotificationFields } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) { markNotificationRead(id: $id) { ...NotificationFields } }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) { markNotificationRead(id: $id) { ...NotificationFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead { markAllNotificationsRead }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead { markAllNotificationsRead }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveNotification($id: ID!, $archived: Boolean!) {\n    archiveNotification(id: $id, archived: $archived) { ...NotificationFields }\n  }\n"): (typeof documents)["\n  mutation ArchiveNotification($id: ID!, $archived: Boolean!) {\n    archiveNotification(id: $id, archived: $archived) { ...NotificationFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SnoozeNotification($id: ID!, $until: DateTime!) {\n    snoozeNotification(id: $id, until: $until) { ...NotificationFields }\n  }\n"): (typeof documents)["\n  mutation SnoozeNotification($id: ID!, $until: DateTime!) {\n    snoozeNotification(id: $id, until: $until) { ...NotificationFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PreferencesFields on NotificationPreferences {\n    channels { category inApp email live }\n    emailDigest digestHour timeZone\n    quietHours { start end }\n  }\n"): (typeof documents)["\n  fragment PreferencesFields on NotificationPreferences {\n    channels { category inApp email live }\n    emailDigest digestHour timeZone\n    quietHours { start end }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences { me { id notificationPreferences { ...PreferencesFields } } }\n"): (typeof documents)["\n  query NotificationPreferences { me { id notificationPreferences { ...PreferencesFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) { ...PreferencesFields }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) { ...PreferencesFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TryPlan($profile: ProfileInput!, $options: PlanInput) {\n    tryPlan(profile: $profile, options: $options) { ...PlanFields }\n  }\n"): (typeof documents)["\n  query TryPlan($profile: ProfileInput!, $options: PlanInput) {\n    tryPlan(profile: $profile, options: $options) { ...PlanFields }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;