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
    "\n  fragment MentorshipSummaryFields on Mentorship {\n    id\n    status\n    message\n    goals\n    createdAt\n    updatedAt\n    mentor { id }\n    mentee { id }\n  }\n": typeof types.MentorshipSummaryFieldsFragmentDoc,
    "\n  fragment NotificationFields on Notification {\n    id kind category title body read seen archived snoozedUntil createdAt subjectId\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query Bell {\n    me {\n      id\n      notifications(first: 5) {\n        unreadCount unseenCount\n        edges { cursor node { ...NotificationFields } }\n      }\n    }\n  }\n": typeof types.BellDocument,
    "\n  mutation MarkNotificationsSeen($ids: [ID!]) { markNotificationsSeen(ids: $ids) }\n": typeof types.MarkNotificationsSeenDocument,
    "\n  subscription NotificationAdded { notificationAdded { cursor node { ...NotificationFields } } }\n": typeof types.NotificationAddedDocument,
    "\n  query OrganizationAccount { me { id role } }\n": typeof types.OrganizationAccountDocument,
    "\n  fragment PlanFields on Plan {\n    pMatch\n    pMatchWithoutSignals\n    pMatchRange { low high }\n    expectedInterviews\n    expectedInterviewsRange { low high }\n    costUsd\n    signals\n    warnings\n    modelVersion\n    curve { applications pMatch pMatchWithoutSignals expectedInterviews costUsd }\n    specialties { specialty perRankMatch perRankMatchRange { low high } }\n    applications {\n      programId\n      name\n      specialty\n      state\n      pInterview\n      pInterviewRange { low high }\n      tier\n      costUsd\n      signal\n      reasons\n      addsPMatch\n    }\n  }\n": typeof types.PlanFieldsFragmentDoc,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { token account { id email role emailVerified } }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) { token account { id email role emailVerified } }\n  }\n": typeof types.SignInDocument,
    "\n  fragment MentorProfileFields on MentorProfile {\n    position specialty institution state wasImg trainingCountry visaPaths languages timeZone\n    topics capacity acceptingMentees bio programId organizationId verified\n  }\n": typeof types.MentorProfileFieldsFragmentDoc,
    "\n  query Mentoring {\n    me {\n      id\n      role\n      mentorProfile { ...MentorProfileFields }\n      requests: mentorships(status: REQUESTED, first: 50) { edges { node { ...MentorshipSummaryFields } } }\n      active: mentorships(status: ACTIVE, first: 50) { totalCount edges { node { ...MentorshipSummaryFields } } }\n    }\n  }\n": typeof types.MentoringDocument,
    "\n  mutation SaveMentorProfile($input: MentorProfileInput!) {\n    updateMyMentorProfile(input: $input) { ...MentorProfileFields }\n  }\n": typeof types.SaveMentorProfileDocument,
    "\n  mutation RespondToMentorshipRequest($id: ID!, $accept: Boolean!, $contact: String, $reason: String) {\n    respondToMentorshipRequest(id: $id, accept: $accept, contact: $contact, reason: $reason) { id status }\n  }\n": typeof types.RespondToMentorshipRequestDocument,
    "\n  query FindMentors($specialty: String, $topic: MentorTopic, $language: String, $state: String,\n                    $imgBackground: Boolean, $onlyAvailable: Boolean!) {\n    mentors(specialty: $specialty, topic: $topic, language: $language, state: $state,\n            imgBackground: $imgBackground, onlyAvailable: $onlyAvailable, first: 20) {\n      totalCount\n      edges {\n        node {\n          score\n          reasons\n          freeCapacity\n          activeMentees\n          responseRate\n          mentor {\n            id\n            profile {\n              position specialty institution state wasImg trainingCountry languages topics\n              capacity acceptingMentees bio verified\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.FindMentorsDocument,
    "\n  query MyMentorships($status: MentorshipStatus) {\n    me {\n      id\n      mentorships(status: $status, first: 50) { totalCount edges { node { ...MentorshipSummaryFields } } }\n      waiting: mentorships(status: REQUESTED, first: 5) { edges { node { id mentor { id } } } }\n    }\n  }\n": typeof types.MyMentorshipsDocument,
    "\n  mutation RequestMentorship($input: RequestMentorshipInput!) {\n    requestMentorship(input: $input) { ...MentorshipSummaryFields }\n  }\n": typeof types.RequestMentorshipDocument,
    "\n  mutation WithdrawRequest($id: ID!) {\n    withdrawMentorshipRequest(id: $id) { ...MentorshipSummaryFields }\n  }\n": typeof types.WithdrawRequestDocument,
    "\n  query MentorshipDashboard {\n    me {\n      id\n      mentorships(first: 20) {\n        edges {\n          node {\n            ...MentorshipSummaryFields\n            contact { mentee mentor }\n            trackedGoals { id title topic dueDate status }\n            checkIns { id date notes nextDate }\n            myFeedback { rating comment givenAt }\n            messages(first: 50) { totalCount edges { node { id text sentAt sender { id } } } }\n          }\n        }\n      }\n    }\n    goalTemplates { title topic dueDate why }\n  }\n": typeof types.MentorshipDashboardDocument,
    "\n  mutation SendMentorshipMessage($mentorshipId: ID!, $text: String!) {\n    sendMentorshipMessage(mentorshipId: $mentorshipId, text: $text) { id }\n  }\n": typeof types.SendMentorshipMessageDocument,
    "\n  mutation AddMentorshipGoal($mentorshipId: ID!, $input: GoalInput!) {\n    addMentorshipGoal(mentorshipId: $mentorshipId, input: $input) { id }\n  }\n": typeof types.AddMentorshipGoalDocument,
    "\n  mutation SetMentorshipGoalStatus($mentorshipId: ID!, $goalId: ID!, $status: GoalStatus!) {\n    setMentorshipGoalStatus(mentorshipId: $mentorshipId, goalId: $goalId, status: $status) { id status }\n  }\n": typeof types.SetMentorshipGoalStatusDocument,
    "\n  mutation RecordMentorshipCheckIn($mentorshipId: ID!, $input: CheckInInput!) {\n    recordMentorshipCheckIn(mentorshipId: $mentorshipId, input: $input) { id }\n  }\n": typeof types.RecordMentorshipCheckInDocument,
    "\n  mutation GiveMentorshipFeedback($mentorshipId: ID!, $rating: Int!, $comment: String!) {\n    giveMentorshipFeedback(mentorshipId: $mentorshipId, rating: $rating, comment: $comment) { rating }\n  }\n": typeof types.GiveMentorshipFeedbackDocument,
    "\n  mutation CancelMentorship($id: ID!, $reason: String) {\n    cancelMentorship(id: $id, reason: $reason) { id status }\n  }\n": typeof types.CancelMentorshipDocument,
    "\n  mutation CompleteMentorship($id: ID!) {\n    completeMentorship(id: $id) { id status }\n  }\n": typeof types.CompleteMentorshipDocument,
    "\n  query ChanceModel {\n    model {\n      version\n      parametersVersion\n      sources\n      notes\n      featureModelError\n      validation { meanAbsoluteErrorPp applicantWeightedErrorPp samplingNoiseFloorPp heldOutSpecialties }\n    }\n  }\n": typeof types.ChanceModelDocument,
    "\n  query Inbox($state: NotificationState!, $category: NotificationCategory, $after: String) {\n    me {\n      id\n      notifications(first: 20, after: $after, state: $state, category: $category) {\n        totalCount unreadCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { ...NotificationFields } }\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  mutation MarkNotificationRead($id: ID!) { markNotificationRead(id: $id) { ...NotificationFields } }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead { markAllNotificationsRead }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  mutation ArchiveNotification($id: ID!, $archived: Boolean!) {\n    archiveNotification(id: $id, archived: $archived) { ...NotificationFields }\n  }\n": typeof types.ArchiveNotificationDocument,
    "\n  mutation SnoozeNotification($id: ID!, $until: DateTime!) {\n    snoozeNotification(id: $id, until: $until) { ...NotificationFields }\n  }\n": typeof types.SnoozeNotificationDocument,
    "\n  query OrganizationCohorts($after: String) {\n    me {\n      id\n      mentorCohortRuns(first: 20, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id name status createdAt publishedAt pairs { score } } }\n      }\n    }\n  }\n": typeof types.OrganizationCohortsDocument,
    "\n  query OrganizationCohortMembers {\n    me { id organizationMembers(first: 100) { edges { node { accountId role } } } }\n  }\n": typeof types.OrganizationCohortMembersDocument,
    "\n  query OrganizationCohort($id: ID!) {\n    mentorCohortRun(id: $id) {\n      id name status minScore solveSeconds createdAt publishedAt\n      pairs { mentee { id } mentor { id } score reasons publication { mentorshipId refusalCode refusal } }\n      unmatched { menteeId reason }\n      skipped { id side reason }\n      totals { optimal greedy firstComeFirstServed }\n      report { pairs notSent requested active accepted declined completed checkIns goals goalsCompleted averageRating }\n    }\n  }\n": typeof types.OrganizationCohortDocument,
    "\n  mutation RunOrganizationCohort($input: RunMentorCohortInput!) {\n    runMentorCohort(input: $input) { id name status }\n  }\n": typeof types.RunOrganizationCohortDocument,
    "\n  mutation PublishOrganizationCohort($id: ID!) {\n    publishMentorCohort(id: $id) {\n      id status publishedAt\n      pairs { mentee { id } mentor { id } publication { mentorshipId refusalCode refusal } }\n    }\n  }\n": typeof types.PublishOrganizationCohortDocument,
    "\n  query OrganizationInvitationCodes {\n    me { id organizationInvitationCodes { code createdAt expiresAt maxUses uses revoked } }\n  }\n": typeof types.OrganizationInvitationCodesDocument,
    "\n  query OrganizationMembers {\n    me { id organizationMembers(first: 100) { totalCount edges { node { accountId role joinedAt } } } }\n  }\n": typeof types.OrganizationMembersDocument,
    "\n  mutation CreateOrganizationCode($input: CreateOrganizationInvitationCodeInput!) {\n    createOrganizationInvitationCode(input: $input) { code createdAt expiresAt maxUses uses revoked }\n  }\n": typeof types.CreateOrganizationCodeDocument,
    "\n  mutation RevokeOrganizationCode($code: String!) {\n    revokeOrganizationInvitationCode(code: $code) { code revoked }\n  }\n": typeof types.RevokeOrganizationCodeDocument,
    "\n  mutation InviteToOrganization($email: String!) {\n    inviteToOrganization(email: $email) { id email expiresAt }\n  }\n": typeof types.InviteToOrganizationDocument,
    "\n  mutation RemoveOrganizationMember($accountId: ID!) { removeOrganizationMember(accountId: $accountId) }\n": typeof types.RemoveOrganizationMemberDocument,
    "\n  query OrganizationSimulations($after: String) {\n    me {\n      id\n      matchSimulations(first: 20, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id name status source createdAt finishedAt } }\n      }\n    }\n  }\n": typeof types.OrganizationSimulationsDocument,
    "\n  query OrganizationSimulation($id: ID!, $unmatched: Boolean) {\n    matchSimulation(id: $id) {\n      id name status source maxProposals attempts createdAt startedAt finishedAt expiresAt error\n      generated { applicants couples supplemental seed }\n      stats {\n        applicants matched unmatched couples couplesMatched programs positions filled unfilled\n        supplementalMatched proposals rounds stable solveSeconds totalSeconds\n      }\n      matches(first: 50, unmatched: $unmatched) {\n        totalCount\n        edges { node { applicantId programId supplementalProgramId } }\n      }\n      unfilledPrograms(first: 50) {\n        totalCount\n        edges { node { programId unfilled } }\n      }\n    }\n  }\n": typeof types.OrganizationSimulationDocument,
    "\n  mutation RunOrganizationSimulation($input: RunMatchSimulationInput!) {\n    runMatchSimulation(input: $input) { id name status }\n  }\n": typeof types.RunOrganizationSimulationDocument,
    "\n  mutation DeleteOrganizationSimulation($id: ID!) { deleteMatchSimulation(id: $id) }\n": typeof types.DeleteOrganizationSimulationDocument,
    "\n  query OrganizationWebhookEndpoints {\n    me { id webhookEndpoints { id url eventTypes description enabled disabledReason createdAt } }\n  }\n": typeof types.OrganizationWebhookEndpointsDocument,
    "\n  query OrganizationWebhookEndpoint($id: ID!, $after: String) {\n    me {\n      id\n      webhookEndpoint(id: $id) {\n        id url eventTypes description enabled disabledReason createdAt updatedAt\n        messages(first: 20, after: $after) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges {\n            node {\n              id eventType eventId status attemptCount payload createdAt deliveredAt lastError\n              attempts { attempt at finishedAt ok status excerpt durationSeconds error }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganizationWebhookEndpointDocument,
    "\n  query OrganizationWebhookEventTypes { webhookEventTypes { type jsonSchema } }\n": typeof types.OrganizationWebhookEventTypesDocument,
    "\n  mutation CreateOrganizationWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { id url secret }\n  }\n": typeof types.CreateOrganizationWebhookEndpointDocument,
    "\n  mutation UpdateOrganizationWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) { id url eventTypes description updatedAt }\n  }\n": typeof types.UpdateOrganizationWebhookEndpointDocument,
    "\n  mutation RotateOrganizationWebhookSecret($id: ID!) { rotateWebhookSecret(id: $id) { id secret } }\n": typeof types.RotateOrganizationWebhookSecretDocument,
    "\n  mutation SetOrganizationWebhookEnabled($id: ID!, $enabled: Boolean!) {\n    setWebhookEndpointEnabled(id: $id, enabled: $enabled) { id enabled disabledReason }\n  }\n": typeof types.SetOrganizationWebhookEnabledDocument,
    "\n  mutation SendOrganizationTestWebhook($id: ID!) { sendTestWebhook(id: $id) { messageIds } }\n": typeof types.SendOrganizationTestWebhookDocument,
    "\n  mutation ReplayOrganizationWebhookMessage($id: ID!) { replayWebhookMessage(id: $id) { messageIds } }\n": typeof types.ReplayOrganizationWebhookMessageDocument,
    "\n  mutation RecoverOrganizationWebhookMessages($endpointId: ID!, $since: DateTime!) {\n    recoverWebhookMessages(endpointId: $endpointId, since: $since) { messageIds }\n  }\n": typeof types.RecoverOrganizationWebhookMessagesDocument,
    "\n  query OrganizationDeliveryLedger($eventId: ID!) {\n    deliveryLedger(eventId: $eventId) {\n      eventId\n      entries {\n        channel result at recipient kind ref endpointId detail outcome attempts\n        attemptLog { attempt status ok durationSeconds error }\n      }\n    }\n  }\n": typeof types.OrganizationDeliveryLedgerDocument,
    "\n  query MyPlan($options: PlanInput) {\n    me {\n      id\n      profile { updatedAt }\n      plan(options: $options) { ...PlanFields }\n      outcomeReports { id seasonYear matched matchedProgramId revision reportedAt applications { programId invited } }\n    }\n  }\n": typeof types.MyPlanDocument,
    "\n  query MyWhatIf($options: PlanInput) {\n    me {\n      id\n      whatIf(options: $options) {\n        scenario pMatch expectedInterviews eligiblePrograms deltaPMatch deltaExpectedInterviews deltaEligiblePrograms\n      }\n    }\n  }\n": typeof types.MyWhatIfDocument,
    "\n  mutation ReportOutcome($input: OutcomeReportInput!) {\n    reportOutcome(input: $input) { id seasonYear matched matchedProgramId revision reportedAt applications { programId invited } }\n  }\n": typeof types.ReportOutcomeDocument,
    "\n  fragment ProfileFields on Profile {\n    applicantType graduationYear step1Passed step2Score step3Passed visa usceMonths\n    ecfmgCertified examAttemptsFailed publications researchExperiences specialties\n    preferredStates updatedAt\n  }\n": typeof types.ProfileFieldsFragmentDoc,
    "\n  query MyProfile {\n    me { id email role emailVerified profile { ...ProfileFields } }\n  }\n": typeof types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($input: ProfileInput!) {\n    updateMyProfile(input: $input) { ...ProfileFields }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation RequestEmailVerification {\n    requestEmailVerification { expiresAt }\n  }\n": typeof types.RequestEmailVerificationDocument,
    "\n  query Recommendations($first: Int!, $eligible: Boolean, $tier: String, $state: String, $specialty: String) {\n    me {\n      id\n      profile { updatedAt specialties }\n      recommendations(first: $first, eligible: $eligible, tier: $tier, state: $state, specialty: $specialty) {\n        totalCount\n        modelVersion\n        profileUpdatedAt\n        edges {\n          node {\n            eligible\n            score\n            pInterview\n            pInterviewRange { low high }\n            tier\n            reasons\n            exclusionReasons\n            factors { name points text }\n            program { id name city state specialty }\n          }\n        }\n      }\n    }\n  }\n": typeof types.RecommendationsDocument,
    "\n  fragment PreferencesFields on NotificationPreferences {\n    channels { category inApp email live }\n    emailDigest digestHour timeZone\n    quietHours { start end }\n  }\n": typeof types.PreferencesFieldsFragmentDoc,
    "\n  query NotificationPreferences { me { id notificationPreferences { ...PreferencesFields } } }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) { ...PreferencesFields }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  query TryPlan($profile: ProfileInput!, $options: PlanInput) {\n    tryPlan(profile: $profile, options: $options) { ...PlanFields }\n  }\n": typeof types.TryPlanDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n": typeof types.VerifyEmailDocument,
};
const documents: Documents = {
    "\n  fragment MentorshipSummaryFields on Mentorship {\n    id\n    status\n    message\n    goals\n    createdAt\n    updatedAt\n    mentor { id }\n    mentee { id }\n  }\n": types.MentorshipSummaryFieldsFragmentDoc,
    "\n  fragment NotificationFields on Notification {\n    id kind category title body read seen archived snoozedUntil createdAt subjectId\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query Bell {\n    me {\n      id\n      notifications(first: 5) {\n        unreadCount unseenCount\n        edges { cursor node { ...NotificationFields } }\n      }\n    }\n  }\n": types.BellDocument,
    "\n  mutation MarkNotificationsSeen($ids: [ID!]) { markNotificationsSeen(ids: $ids) }\n": types.MarkNotificationsSeenDocument,
    "\n  subscription NotificationAdded { notificationAdded { cursor node { ...NotificationFields } } }\n": types.NotificationAddedDocument,
    "\n  query OrganizationAccount { me { id role } }\n": types.OrganizationAccountDocument,
    "\n  fragment PlanFields on Plan {\n    pMatch\n    pMatchWithoutSignals\n    pMatchRange { low high }\n    expectedInterviews\n    expectedInterviewsRange { low high }\n    costUsd\n    signals\n    warnings\n    modelVersion\n    curve { applications pMatch pMatchWithoutSignals expectedInterviews costUsd }\n    specialties { specialty perRankMatch perRankMatchRange { low high } }\n    applications {\n      programId\n      name\n      specialty\n      state\n      pInterview\n      pInterviewRange { low high }\n      tier\n      costUsd\n      signal\n      reasons\n      addsPMatch\n    }\n  }\n": types.PlanFieldsFragmentDoc,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { token account { id email role emailVerified } }\n  }\n": types.SignUpDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) { token account { id email role emailVerified } }\n  }\n": types.SignInDocument,
    "\n  fragment MentorProfileFields on MentorProfile {\n    position specialty institution state wasImg trainingCountry visaPaths languages timeZone\n    topics capacity acceptingMentees bio programId organizationId verified\n  }\n": types.MentorProfileFieldsFragmentDoc,
    "\n  query Mentoring {\n    me {\n      id\n      role\n      mentorProfile { ...MentorProfileFields }\n      requests: mentorships(status: REQUESTED, first: 50) { edges { node { ...MentorshipSummaryFields } } }\n      active: mentorships(status: ACTIVE, first: 50) { totalCount edges { node { ...MentorshipSummaryFields } } }\n    }\n  }\n": types.MentoringDocument,
    "\n  mutation SaveMentorProfile($input: MentorProfileInput!) {\n    updateMyMentorProfile(input: $input) { ...MentorProfileFields }\n  }\n": types.SaveMentorProfileDocument,
    "\n  mutation RespondToMentorshipRequest($id: ID!, $accept: Boolean!, $contact: String, $reason: String) {\n    respondToMentorshipRequest(id: $id, accept: $accept, contact: $contact, reason: $reason) { id status }\n  }\n": types.RespondToMentorshipRequestDocument,
    "\n  query FindMentors($specialty: String, $topic: MentorTopic, $language: String, $state: String,\n                    $imgBackground: Boolean, $onlyAvailable: Boolean!) {\n    mentors(specialty: $specialty, topic: $topic, language: $language, state: $state,\n            imgBackground: $imgBackground, onlyAvailable: $onlyAvailable, first: 20) {\n      totalCount\n      edges {\n        node {\n          score\n          reasons\n          freeCapacity\n          activeMentees\n          responseRate\n          mentor {\n            id\n            profile {\n              position specialty institution state wasImg trainingCountry languages topics\n              capacity acceptingMentees bio verified\n            }\n          }\n        }\n      }\n    }\n  }\n": types.FindMentorsDocument,
    "\n  query MyMentorships($status: MentorshipStatus) {\n    me {\n      id\n      mentorships(status: $status, first: 50) { totalCount edges { node { ...MentorshipSummaryFields } } }\n      waiting: mentorships(status: REQUESTED, first: 5) { edges { node { id mentor { id } } } }\n    }\n  }\n": types.MyMentorshipsDocument,
    "\n  mutation RequestMentorship($input: RequestMentorshipInput!) {\n    requestMentorship(input: $input) { ...MentorshipSummaryFields }\n  }\n": types.RequestMentorshipDocument,
    "\n  mutation WithdrawRequest($id: ID!) {\n    withdrawMentorshipRequest(id: $id) { ...MentorshipSummaryFields }\n  }\n": types.WithdrawRequestDocument,
    "\n  query MentorshipDashboard {\n    me {\n      id\n      mentorships(first: 20) {\n        edges {\n          node {\n            ...MentorshipSummaryFields\n            contact { mentee mentor }\n            trackedGoals { id title topic dueDate status }\n            checkIns { id date notes nextDate }\n            myFeedback { rating comment givenAt }\n            messages(first: 50) { totalCount edges { node { id text sentAt sender { id } } } }\n          }\n        }\n      }\n    }\n    goalTemplates { title topic dueDate why }\n  }\n": types.MentorshipDashboardDocument,
    "\n  mutation SendMentorshipMessage($mentorshipId: ID!, $text: String!) {\n    sendMentorshipMessage(mentorshipId: $mentorshipId, text: $text) { id }\n  }\n": types.SendMentorshipMessageDocument,
    "\n  mutation AddMentorshipGoal($mentorshipId: ID!, $input: GoalInput!) {\n    addMentorshipGoal(mentorshipId: $mentorshipId, input: $input) { id }\n  }\n": types.AddMentorshipGoalDocument,
    "\n  mutation SetMentorshipGoalStatus($mentorshipId: ID!, $goalId: ID!, $status: GoalStatus!) {\n    setMentorshipGoalStatus(mentorshipId: $mentorshipId, goalId: $goalId, status: $status) { id status }\n  }\n": types.SetMentorshipGoalStatusDocument,
    "\n  mutation RecordMentorshipCheckIn($mentorshipId: ID!, $input: CheckInInput!) {\n    recordMentorshipCheckIn(mentorshipId: $mentorshipId, input: $input) { id }\n  }\n": types.RecordMentorshipCheckInDocument,
    "\n  mutation GiveMentorshipFeedback($mentorshipId: ID!, $rating: Int!, $comment: String!) {\n    giveMentorshipFeedback(mentorshipId: $mentorshipId, rating: $rating, comment: $comment) { rating }\n  }\n": types.GiveMentorshipFeedbackDocument,
    "\n  mutation CancelMentorship($id: ID!, $reason: String) {\n    cancelMentorship(id: $id, reason: $reason) { id status }\n  }\n": types.CancelMentorshipDocument,
    "\n  mutation CompleteMentorship($id: ID!) {\n    completeMentorship(id: $id) { id status }\n  }\n": types.CompleteMentorshipDocument,
    "\n  query ChanceModel {\n    model {\n      version\n      parametersVersion\n      sources\n      notes\n      featureModelError\n      validation { meanAbsoluteErrorPp applicantWeightedErrorPp samplingNoiseFloorPp heldOutSpecialties }\n    }\n  }\n": types.ChanceModelDocument,
    "\n  query Inbox($state: NotificationState!, $category: NotificationCategory, $after: String) {\n    me {\n      id\n      notifications(first: 20, after: $after, state: $state, category: $category) {\n        totalCount unreadCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { ...NotificationFields } }\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  mutation MarkNotificationRead($id: ID!) { markNotificationRead(id: $id) { ...NotificationFields } }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead { markAllNotificationsRead }\n": types.MarkAllNotificationsReadDocument,
    "\n  mutation ArchiveNotification($id: ID!, $archived: Boolean!) {\n    archiveNotification(id: $id, archived: $archived) { ...NotificationFields }\n  }\n": types.ArchiveNotificationDocument,
    "\n  mutation SnoozeNotification($id: ID!, $until: DateTime!) {\n    snoozeNotification(id: $id, until: $until) { ...NotificationFields }\n  }\n": types.SnoozeNotificationDocument,
    "\n  query OrganizationCohorts($after: String) {\n    me {\n      id\n      mentorCohortRuns(first: 20, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id name status createdAt publishedAt pairs { score } } }\n      }\n    }\n  }\n": types.OrganizationCohortsDocument,
    "\n  query OrganizationCohortMembers {\n    me { id organizationMembers(first: 100) { edges { node { accountId role } } } }\n  }\n": types.OrganizationCohortMembersDocument,
    "\n  query OrganizationCohort($id: ID!) {\n    mentorCohortRun(id: $id) {\n      id name status minScore solveSeconds createdAt publishedAt\n      pairs { mentee { id } mentor { id } score reasons publication { mentorshipId refusalCode refusal } }\n      unmatched { menteeId reason }\n      skipped { id side reason }\n      totals { optimal greedy firstComeFirstServed }\n      report { pairs notSent requested active accepted declined completed checkIns goals goalsCompleted averageRating }\n    }\n  }\n": types.OrganizationCohortDocument,
    "\n  mutation RunOrganizationCohort($input: RunMentorCohortInput!) {\n    runMentorCohort(input: $input) { id name status }\n  }\n": types.RunOrganizationCohortDocument,
    "\n  mutation PublishOrganizationCohort($id: ID!) {\n    publishMentorCohort(id: $id) {\n      id status publishedAt\n      pairs { mentee { id } mentor { id } publication { mentorshipId refusalCode refusal } }\n    }\n  }\n": types.PublishOrganizationCohortDocument,
    "\n  query OrganizationInvitationCodes {\n    me { id organizationInvitationCodes { code createdAt expiresAt maxUses uses revoked } }\n  }\n": types.OrganizationInvitationCodesDocument,
    "\n  query OrganizationMembers {\n    me { id organizationMembers(first: 100) { totalCount edges { node { accountId role joinedAt } } } }\n  }\n": types.OrganizationMembersDocument,
    "\n  mutation CreateOrganizationCode($input: CreateOrganizationInvitationCodeInput!) {\n    createOrganizationInvitationCode(input: $input) { code createdAt expiresAt maxUses uses revoked }\n  }\n": types.CreateOrganizationCodeDocument,
    "\n  mutation RevokeOrganizationCode($code: String!) {\n    revokeOrganizationInvitationCode(code: $code) { code revoked }\n  }\n": types.RevokeOrganizationCodeDocument,
    "\n  mutation InviteToOrganization($email: String!) {\n    inviteToOrganization(email: $email) { id email expiresAt }\n  }\n": types.InviteToOrganizationDocument,
    "\n  mutation RemoveOrganizationMember($accountId: ID!) { removeOrganizationMember(accountId: $accountId) }\n": types.RemoveOrganizationMemberDocument,
    "\n  query OrganizationSimulations($after: String) {\n    me {\n      id\n      matchSimulations(first: 20, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id name status source createdAt finishedAt } }\n      }\n    }\n  }\n": types.OrganizationSimulationsDocument,
    "\n  query OrganizationSimulation($id: ID!, $unmatched: Boolean) {\n    matchSimulation(id: $id) {\n      id name status source maxProposals attempts createdAt startedAt finishedAt expiresAt error\n      generated { applicants couples supplemental seed }\n      stats {\n        applicants matched unmatched couples couplesMatched programs positions filled unfilled\n        supplementalMatched proposals rounds stable solveSeconds totalSeconds\n      }\n      matches(first: 50, unmatched: $unmatched) {\n        totalCount\n        edges { node { applicantId programId supplementalProgramId } }\n      }\n      unfilledPrograms(first: 50) {\n        totalCount\n        edges { node { programId unfilled } }\n      }\n    }\n  }\n": types.OrganizationSimulationDocument,
    "\n  mutation RunOrganizationSimulation($input: RunMatchSimulationInput!) {\n    runMatchSimulation(input: $input) { id name status }\n  }\n": types.RunOrganizationSimulationDocument,
    "\n  mutation DeleteOrganizationSimulation($id: ID!) { deleteMatchSimulation(id: $id) }\n": types.DeleteOrganizationSimulationDocument,
    "\n  query OrganizationWebhookEndpoints {\n    me { id webhookEndpoints { id url eventTypes description enabled disabledReason createdAt } }\n  }\n": types.OrganizationWebhookEndpointsDocument,
    "\n  query OrganizationWebhookEndpoint($id: ID!, $after: String) {\n    me {\n      id\n      webhookEndpoint(id: $id) {\n        id url eventTypes description enabled disabledReason createdAt updatedAt\n        messages(first: 20, after: $after) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges {\n            node {\n              id eventType eventId status attemptCount payload createdAt deliveredAt lastError\n              attempts { attempt at finishedAt ok status excerpt durationSeconds error }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OrganizationWebhookEndpointDocument,
    "\n  query OrganizationWebhookEventTypes { webhookEventTypes { type jsonSchema } }\n": types.OrganizationWebhookEventTypesDocument,
    "\n  mutation CreateOrganizationWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { id url secret }\n  }\n": types.CreateOrganizationWebhookEndpointDocument,
    "\n  mutation UpdateOrganizationWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) { id url eventTypes description updatedAt }\n  }\n": types.UpdateOrganizationWebhookEndpointDocument,
    "\n  mutation RotateOrganizationWebhookSecret($id: ID!) { rotateWebhookSecret(id: $id) { id secret } }\n": types.RotateOrganizationWebhookSecretDocument,
    "\n  mutation SetOrganizationWebhookEnabled($id: ID!, $enabled: Boolean!) {\n    setWebhookEndpointEnabled(id: $id, enabled: $enabled) { id enabled disabledReason }\n  }\n": types.SetOrganizationWebhookEnabledDocument,
    "\n  mutation SendOrganizationTestWebhook($id: ID!) { sendTestWebhook(id: $id) { messageIds } }\n": types.SendOrganizationTestWebhookDocument,
    "\n  mutation ReplayOrganizationWebhookMessage($id: ID!) { replayWebhookMessage(id: $id) { messageIds } }\n": types.ReplayOrganizationWebhookMessageDocument,
    "\n  mutation RecoverOrganizationWebhookMessages($endpointId: ID!, $since: DateTime!) {\n    recoverWebhookMessages(endpointId: $endpointId, since: $since) { messageIds }\n  }\n": types.RecoverOrganizationWebhookMessagesDocument,
    "\n  query OrganizationDeliveryLedger($eventId: ID!) {\n    deliveryLedger(eventId: $eventId) {\n      eventId\n      entries {\n        channel result at recipient kind ref endpointId detail outcome attempts\n        attemptLog { attempt status ok durationSeconds error }\n      }\n    }\n  }\n": types.OrganizationDeliveryLedgerDocument,
    "\n  query MyPlan($options: PlanInput) {\n    me {\n      id\n      profile { updatedAt }\n      plan(options: $options) { ...PlanFields }\n      outcomeReports { id seasonYear matched matchedProgramId revision reportedAt applications { programId invited } }\n    }\n  }\n": types.MyPlanDocument,
    "\n  query MyWhatIf($options: PlanInput) {\n    me {\n      id\n      whatIf(options: $options) {\n        scenario pMatch expectedInterviews eligiblePrograms deltaPMatch deltaExpectedInterviews deltaEligiblePrograms\n      }\n    }\n  }\n": types.MyWhatIfDocument,
    "\n  mutation ReportOutcome($input: OutcomeReportInput!) {\n    reportOutcome(input: $input) { id seasonYear matched matchedProgramId revision reportedAt applications { programId invited } }\n  }\n": types.ReportOutcomeDocument,
    "\n  fragment ProfileFields on Profile {\n    applicantType graduationYear step1Passed step2Score step3Passed visa usceMonths\n    ecfmgCertified examAttemptsFailed publications researchExperiences specialties\n    preferredStates updatedAt\n  }\n": types.ProfileFieldsFragmentDoc,
    "\n  query MyProfile {\n    me { id email role emailVerified profile { ...ProfileFields } }\n  }\n": types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($input: ProfileInput!) {\n    updateMyProfile(input: $input) { ...ProfileFields }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation RequestEmailVerification {\n    requestEmailVerification { expiresAt }\n  }\n": types.RequestEmailVerificationDocument,
    "\n  query Recommendations($first: Int!, $eligible: Boolean, $tier: String, $state: String, $specialty: String) {\n    me {\n      id\n      profile { updatedAt specialties }\n      recommendations(first: $first, eligible: $eligible, tier: $tier, state: $state, specialty: $specialty) {\n        totalCount\n        modelVersion\n        profileUpdatedAt\n        edges {\n          node {\n            eligible\n            score\n            pInterview\n            pInterviewRange { low high }\n            tier\n            reasons\n            exclusionReasons\n            factors { name points text }\n            program { id name city state specialty }\n          }\n        }\n      }\n    }\n  }\n": types.RecommendationsDocument,
    "\n  fragment PreferencesFields on NotificationPreferences {\n    channels { category inApp email live }\n    emailDigest digestHour timeZone\n    quietHours { start end }\n  }\n": types.PreferencesFieldsFragmentDoc,
    "\n  query NotificationPreferences { me { id notificationPreferences { ...PreferencesFields } } }\n": types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) { ...PreferencesFields }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  query TryPlan($profile: ProfileInput!, $options: PlanInput) {\n    tryPlan(profile: $profile, options: $options) { ...PlanFields }\n  }\n": types.TryPlanDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n": types.VerifyEmailDocument,
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
export function graphql(source: "\n  fragment MentorshipSummaryFields on Mentorship {\n    id\n    status\n    message\n    goals\n    createdAt\n    updatedAt\n    mentor { id }\n    mentee { id }\n  }\n"): (typeof documents)["\n  fragment MentorshipSummaryFields on Mentorship {\n    id\n    status\n    message\n    goals\n    createdAt\n    updatedAt\n    mentor { id }\n    mentee { id }\n  }\n"];
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
export function graphql(source: "\n  query OrganizationAccount { me { id role } }\n"): (typeof documents)["\n  query OrganizationAccount { me { id role } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanFields on Plan {\n    pMatch\n    pMatchWithoutSignals\n    pMatchRange { low high }\n    expectedInterviews\n    expectedInterviewsRange { low high }\n    costUsd\n    signals\n    warnings\n    modelVersion\n    curve { applications pMatch pMatchWithoutSignals expectedInterviews costUsd }\n    specialties { specialty perRankMatch perRankMatchRange { low high } }\n    applications {\n      programId\n      name\n      specialty\n      state\n      pInterview\n      pInterviewRange { low high }\n      tier\n      costUsd\n      signal\n      reasons\n      addsPMatch\n    }\n  }\n"): (typeof documents)["\n  fragment PlanFields on Plan {\n    pMatch\n    pMatchWithoutSignals\n    pMatchRange { low high }\n    expectedInterviews\n    expectedInterviewsRange { low high }\n    costUsd\n    signals\n    warnings\n    modelVersion\n    curve { applications pMatch pMatchWithoutSignals expectedInterviews costUsd }\n    specialties { specialty perRankMatch perRankMatchRange { low high } }\n    applications {\n      programId\n      name\n      specialty\n      state\n      pInterview\n      pInterviewRange { low high }\n      tier\n      costUsd\n      signal\n      reasons\n      addsPMatch\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { token account { id email role emailVerified } }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { token account { id email role emailVerified } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) { token account { id email role emailVerified } }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) { token account { id email role emailVerified } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MentorProfileFields on MentorProfile {\n    position specialty institution state wasImg trainingCountry visaPaths languages timeZone\n    topics capacity acceptingMentees bio programId organizationId verified\n  }\n"): (typeof documents)["\n  fragment MentorProfileFields on MentorProfile {\n    position specialty institution state wasImg trainingCountry visaPaths languages timeZone\n    topics capacity acceptingMentees bio programId organizationId verified\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Mentoring {\n    me {\n      id\n      role\n      mentorProfile { ...MentorProfileFields }\n      requests: mentorships(status: REQUESTED, first: 50) { edges { node { ...MentorshipSummaryFields } } }\n      active: mentorships(status: ACTIVE, first: 50) { totalCount edges { node { ...MentorshipSummaryFields } } }\n    }\n  }\n"): (typeof documents)["\n  query Mentoring {\n    me {\n      id\n      role\n      mentorProfile { ...MentorProfileFields }\n      requests: mentorships(status: REQUESTED, first: 50) { edges { node { ...MentorshipSummaryFields } } }\n      active: mentorships(status: ACTIVE, first: 50) { totalCount edges { node { ...MentorshipSummaryFields } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMentorProfile($input: MentorProfileInput!) {\n    updateMyMentorProfile(input: $input) { ...MentorProfileFields }\n  }\n"): (typeof documents)["\n  mutation SaveMentorProfile($input: MentorProfileInput!) {\n    updateMyMentorProfile(input: $input) { ...MentorProfileFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToMentorshipRequest($id: ID!, $accept: Boolean!, $contact: String, $reason: String) {\n    respondToMentorshipRequest(id: $id, accept: $accept, contact: $contact, reason: $reason) { id status }\n  }\n"): (typeof documents)["\n  mutation RespondToMentorshipRequest($id: ID!, $accept: Boolean!, $contact: String, $reason: String) {\n    respondToMentorshipRequest(id: $id, accept: $accept, contact: $contact, reason: $reason) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindMentors($specialty: String, $topic: MentorTopic, $language: String, $state: String,\n                    $imgBackground: Boolean, $onlyAvailable: Boolean!) {\n    mentors(specialty: $specialty, topic: $topic, language: $language, state: $state,\n            imgBackground: $imgBackground, onlyAvailable: $onlyAvailable, first: 20) {\n      totalCount\n      edges {\n        node {\n          score\n          reasons\n          freeCapacity\n          activeMentees\n          responseRate\n          mentor {\n            id\n            profile {\n              position specialty institution state wasImg trainingCountry languages topics\n              capacity acceptingMentees bio verified\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindMentors($specialty: String, $topic: MentorTopic, $language: String, $state: String,\n                    $imgBackground: Boolean, $onlyAvailable: Boolean!) {\n    mentors(specialty: $specialty, topic: $topic, language: $language, state: $state,\n            imgBackground: $imgBackground, onlyAvailable: $onlyAvailable, first: 20) {\n      totalCount\n      edges {\n        node {\n          score\n          reasons\n          freeCapacity\n          activeMentees\n          responseRate\n          mentor {\n            id\n            profile {\n              position specialty institution state wasImg trainingCountry languages topics\n              capacity acceptingMentees bio verified\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMentorships($status: MentorshipStatus) {\n    me {\n      id\n      mentorships(status: $status, first: 50) { totalCount edges { node { ...MentorshipSummaryFields } } }\n      waiting: mentorships(status: REQUESTED, first: 5) { edges { node { id mentor { id } } } }\n    }\n  }\n"): (typeof documents)["\n  query MyMentorships($status: MentorshipStatus) {\n    me {\n      id\n      mentorships(status: $status, first: 50) { totalCount edges { node { ...MentorshipSummaryFields } } }\n      waiting: mentorships(status: REQUESTED, first: 5) { edges { node { id mentor { id } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestMentorship($input: RequestMentorshipInput!) {\n    requestMentorship(input: $input) { ...MentorshipSummaryFields }\n  }\n"): (typeof documents)["\n  mutation RequestMentorship($input: RequestMentorshipInput!) {\n    requestMentorship(input: $input) { ...MentorshipSummaryFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawRequest($id: ID!) {\n    withdrawMentorshipRequest(id: $id) { ...MentorshipSummaryFields }\n  }\n"): (typeof documents)["\n  mutation WithdrawRequest($id: ID!) {\n    withdrawMentorshipRequest(id: $id) { ...MentorshipSummaryFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentorshipDashboard {\n    me {\n      id\n      mentorships(first: 20) {\n        edges {\n          node {\n            ...MentorshipSummaryFields\n            contact { mentee mentor }\n            trackedGoals { id title topic dueDate status }\n            checkIns { id date notes nextDate }\n            myFeedback { rating comment givenAt }\n            messages(first: 50) { totalCount edges { node { id text sentAt sender { id } } } }\n          }\n        }\n      }\n    }\n    goalTemplates { title topic dueDate why }\n  }\n"): (typeof documents)["\n  query MentorshipDashboard {\n    me {\n      id\n      mentorships(first: 20) {\n        edges {\n          node {\n            ...MentorshipSummaryFields\n            contact { mentee mentor }\n            trackedGoals { id title topic dueDate status }\n            checkIns { id date notes nextDate }\n            myFeedback { rating comment givenAt }\n            messages(first: 50) { totalCount edges { node { id text sentAt sender { id } } } }\n          }\n        }\n      }\n    }\n    goalTemplates { title topic dueDate why }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMentorshipMessage($mentorshipId: ID!, $text: String!) {\n    sendMentorshipMessage(mentorshipId: $mentorshipId, text: $text) { id }\n  }\n"): (typeof documents)["\n  mutation SendMentorshipMessage($mentorshipId: ID!, $text: String!) {\n    sendMentorshipMessage(mentorshipId: $mentorshipId, text: $text) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMentorshipGoal($mentorshipId: ID!, $input: GoalInput!) {\n    addMentorshipGoal(mentorshipId: $mentorshipId, input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation AddMentorshipGoal($mentorshipId: ID!, $input: GoalInput!) {\n    addMentorshipGoal(mentorshipId: $mentorshipId, input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMentorshipGoalStatus($mentorshipId: ID!, $goalId: ID!, $status: GoalStatus!) {\n    setMentorshipGoalStatus(mentorshipId: $mentorshipId, goalId: $goalId, status: $status) { id status }\n  }\n"): (typeof documents)["\n  mutation SetMentorshipGoalStatus($mentorshipId: ID!, $goalId: ID!, $status: GoalStatus!) {\n    setMentorshipGoalStatus(mentorshipId: $mentorshipId, goalId: $goalId, status: $status) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMentorshipCheckIn($mentorshipId: ID!, $input: CheckInInput!) {\n    recordMentorshipCheckIn(mentorshipId: $mentorshipId, input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation RecordMentorshipCheckIn($mentorshipId: ID!, $input: CheckInInput!) {\n    recordMentorshipCheckIn(mentorshipId: $mentorshipId, input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GiveMentorshipFeedback($mentorshipId: ID!, $rating: Int!, $comment: String!) {\n    giveMentorshipFeedback(mentorshipId: $mentorshipId, rating: $rating, comment: $comment) { rating }\n  }\n"): (typeof documents)["\n  mutation GiveMentorshipFeedback($mentorshipId: ID!, $rating: Int!, $comment: String!) {\n    giveMentorshipFeedback(mentorshipId: $mentorshipId, rating: $rating, comment: $comment) { rating }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMentorship($id: ID!, $reason: String) {\n    cancelMentorship(id: $id, reason: $reason) { id status }\n  }\n"): (typeof documents)["\n  mutation CancelMentorship($id: ID!, $reason: String) {\n    cancelMentorship(id: $id, reason: $reason) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteMentorship($id: ID!) {\n    completeMentorship(id: $id) { id status }\n  }\n"): (typeof documents)["\n  mutation CompleteMentorship($id: ID!) {\n    completeMentorship(id: $id) { id status }\n  }\n"];
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
export function graphql(source: "\n  query OrganizationCohorts($after: String) {\n    me {\n      id\n      mentorCohortRuns(first: 20, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id name status createdAt publishedAt pairs { score } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationCohorts($after: String) {\n    me {\n      id\n      mentorCohortRuns(first: 20, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id name status createdAt publishedAt pairs { score } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationCohortMembers {\n    me { id organizationMembers(first: 100) { edges { node { accountId role } } } }\n  }\n"): (typeof documents)["\n  query OrganizationCohortMembers {\n    me { id organizationMembers(first: 100) { edges { node { accountId role } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationCohort($id: ID!) {\n    mentorCohortRun(id: $id) {\n      id name status minScore solveSeconds createdAt publishedAt\n      pairs { mentee { id } mentor { id } score reasons publication { mentorshipId refusalCode refusal } }\n      unmatched { menteeId reason }\n      skipped { id side reason }\n      totals { optimal greedy firstComeFirstServed }\n      report { pairs notSent requested active accepted declined completed checkIns goals goalsCompleted averageRating }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationCohort($id: ID!) {\n    mentorCohortRun(id: $id) {\n      id name status minScore solveSeconds createdAt publishedAt\n      pairs { mentee { id } mentor { id } score reasons publication { mentorshipId refusalCode refusal } }\n      unmatched { menteeId reason }\n      skipped { id side reason }\n      totals { optimal greedy firstComeFirstServed }\n      report { pairs notSent requested active accepted declined completed checkIns goals goalsCompleted averageRating }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunOrganizationCohort($input: RunMentorCohortInput!) {\n    runMentorCohort(input: $input) { id name status }\n  }\n"): (typeof documents)["\n  mutation RunOrganizationCohort($input: RunMentorCohortInput!) {\n    runMentorCohort(input: $input) { id name status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishOrganizationCohort($id: ID!) {\n    publishMentorCohort(id: $id) {\n      id status publishedAt\n      pairs { mentee { id } mentor { id } publication { mentorshipId refusalCode refusal } }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishOrganizationCohort($id: ID!) {\n    publishMentorCohort(id: $id) {\n      id status publishedAt\n      pairs { mentee { id } mentor { id } publication { mentorshipId refusalCode refusal } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationInvitationCodes {\n    me { id organizationInvitationCodes { code createdAt expiresAt maxUses uses revoked } }\n  }\n"): (typeof documents)["\n  query OrganizationInvitationCodes {\n    me { id organizationInvitationCodes { code createdAt expiresAt maxUses uses revoked } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationMembers {\n    me { id organizationMembers(first: 100) { totalCount edges { node { accountId role joinedAt } } } }\n  }\n"): (typeof documents)["\n  query OrganizationMembers {\n    me { id organizationMembers(first: 100) { totalCount edges { node { accountId role joinedAt } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganizationCode($input: CreateOrganizationInvitationCodeInput!) {\n    createOrganizationInvitationCode(input: $input) { code createdAt expiresAt maxUses uses revoked }\n  }\n"): (typeof documents)["\n  mutation CreateOrganizationCode($input: CreateOrganizationInvitationCodeInput!) {\n    createOrganizationInvitationCode(input: $input) { code createdAt expiresAt maxUses uses revoked }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeOrganizationCode($code: String!) {\n    revokeOrganizationInvitationCode(code: $code) { code revoked }\n  }\n"): (typeof documents)["\n  mutation RevokeOrganizationCode($code: String!) {\n    revokeOrganizationInvitationCode(code: $code) { code revoked }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToOrganization($email: String!) {\n    inviteToOrganization(email: $email) { id email expiresAt }\n  }\n"): (typeof documents)["\n  mutation InviteToOrganization($email: String!) {\n    inviteToOrganization(email: $email) { id email expiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOrganizationMember($accountId: ID!) { removeOrganizationMember(accountId: $accountId) }\n"): (typeof documents)["\n  mutation RemoveOrganizationMember($accountId: ID!) { removeOrganizationMember(accountId: $accountId) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationSimulations($after: String) {\n    me {\n      id\n      matchSimulations(first: 20, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id name status source createdAt finishedAt } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationSimulations($after: String) {\n    me {\n      id\n      matchSimulations(first: 20, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id name status source createdAt finishedAt } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationSimulation($id: ID!, $unmatched: Boolean) {\n    matchSimulation(id: $id) {\n      id name status source maxProposals attempts createdAt startedAt finishedAt expiresAt error\n      generated { applicants couples supplemental seed }\n      stats {\n        applicants matched unmatched couples couplesMatched programs positions filled unfilled\n        supplementalMatched proposals rounds stable solveSeconds totalSeconds\n      }\n      matches(first: 50, unmatched: $unmatched) {\n        totalCount\n        edges { node { applicantId programId supplementalProgramId } }\n      }\n      unfilledPrograms(first: 50) {\n        totalCount\n        edges { node { programId unfilled } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationSimulation($id: ID!, $unmatched: Boolean) {\n    matchSimulation(id: $id) {\n      id name status source maxProposals attempts createdAt startedAt finishedAt expiresAt error\n      generated { applicants couples supplemental seed }\n      stats {\n        applicants matched unmatched couples couplesMatched programs positions filled unfilled\n        supplementalMatched proposals rounds stable solveSeconds totalSeconds\n      }\n      matches(first: 50, unmatched: $unmatched) {\n        totalCount\n        edges { node { applicantId programId supplementalProgramId } }\n      }\n      unfilledPrograms(first: 50) {\n        totalCount\n        edges { node { programId unfilled } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunOrganizationSimulation($input: RunMatchSimulationInput!) {\n    runMatchSimulation(input: $input) { id name status }\n  }\n"): (typeof documents)["\n  mutation RunOrganizationSimulation($input: RunMatchSimulationInput!) {\n    runMatchSimulation(input: $input) { id name status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOrganizationSimulation($id: ID!) { deleteMatchSimulation(id: $id) }\n"): (typeof documents)["\n  mutation DeleteOrganizationSimulation($id: ID!) { deleteMatchSimulation(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationWebhookEndpoints {\n    me { id webhookEndpoints { id url eventTypes description enabled disabledReason createdAt } }\n  }\n"): (typeof documents)["\n  query OrganizationWebhookEndpoints {\n    me { id webhookEndpoints { id url eventTypes description enabled disabledReason createdAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationWebhookEndpoint($id: ID!, $after: String) {\n    me {\n      id\n      webhookEndpoint(id: $id) {\n        id url eventTypes description enabled disabledReason createdAt updatedAt\n        messages(first: 20, after: $after) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges {\n            node {\n              id eventType eventId status attemptCount payload createdAt deliveredAt lastError\n              attempts { attempt at finishedAt ok status excerpt durationSeconds error }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationWebhookEndpoint($id: ID!, $after: String) {\n    me {\n      id\n      webhookEndpoint(id: $id) {\n        id url eventTypes description enabled disabledReason createdAt updatedAt\n        messages(first: 20, after: $after) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges {\n            node {\n              id eventType eventId status attemptCount payload createdAt deliveredAt lastError\n              attempts { attempt at finishedAt ok status excerpt durationSeconds error }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationWebhookEventTypes { webhookEventTypes { type jsonSchema } }\n"): (typeof documents)["\n  query OrganizationWebhookEventTypes { webhookEventTypes { type jsonSchema } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganizationWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { id url secret }\n  }\n"): (typeof documents)["\n  mutation CreateOrganizationWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { id url secret }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganizationWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) { id url eventTypes description updatedAt }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganizationWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) { id url eventTypes description updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateOrganizationWebhookSecret($id: ID!) { rotateWebhookSecret(id: $id) { id secret } }\n"): (typeof documents)["\n  mutation RotateOrganizationWebhookSecret($id: ID!) { rotateWebhookSecret(id: $id) { id secret } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOrganizationWebhookEnabled($id: ID!, $enabled: Boolean!) {\n    setWebhookEndpointEnabled(id: $id, enabled: $enabled) { id enabled disabledReason }\n  }\n"): (typeof documents)["\n  mutation SetOrganizationWebhookEnabled($id: ID!, $enabled: Boolean!) {\n    setWebhookEndpointEnabled(id: $id, enabled: $enabled) { id enabled disabledReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendOrganizationTestWebhook($id: ID!) { sendTestWebhook(id: $id) { messageIds } }\n"): (typeof documents)["\n  mutation SendOrganizationTestWebhook($id: ID!) { sendTestWebhook(id: $id) { messageIds } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplayOrganizationWebhookMessage($id: ID!) { replayWebhookMessage(id: $id) { messageIds } }\n"): (typeof documents)["\n  mutation ReplayOrganizationWebhookMessage($id: ID!) { replayWebhookMessage(id: $id) { messageIds } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecoverOrganizationWebhookMessages($endpointId: ID!, $since: DateTime!) {\n    recoverWebhookMessages(endpointId: $endpointId, since: $since) { messageIds }\n  }\n"): (typeof documents)["\n  mutation RecoverOrganizationWebhookMessages($endpointId: ID!, $since: DateTime!) {\n    recoverWebhookMessages(endpointId: $endpointId, since: $since) { messageIds }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationDeliveryLedger($eventId: ID!) {\n    deliveryLedger(eventId: $eventId) {\n      eventId\n      entries {\n        channel result at recipient kind ref endpointId detail outcome attempts\n        attemptLog { attempt status ok durationSeconds error }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationDeliveryLedger($eventId: ID!) {\n    deliveryLedger(eventId: $eventId) {\n      eventId\n      entries {\n        channel result at recipient kind ref endpointId detail outcome attempts\n        attemptLog { attempt status ok durationSeconds error }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPlan($options: PlanInput) {\n    me {\n      id\n      profile { updatedAt }\n      plan(options: $options) { ...PlanFields }\n      outcomeReports { id seasonYear matched matchedProgramId revision reportedAt applications { programId invited } }\n    }\n  }\n"): (typeof documents)["\n  query MyPlan($options: PlanInput) {\n    me {\n      id\n      profile { updatedAt }\n      plan(options: $options) { ...PlanFields }\n      outcomeReports { id seasonYear matched matchedProgramId revision reportedAt applications { programId invited } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWhatIf($options: PlanInput) {\n    me {\n      id\n      whatIf(options: $options) {\n        scenario pMatch expectedInterviews eligiblePrograms deltaPMatch deltaExpectedInterviews deltaEligiblePrograms\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyWhatIf($options: PlanInput) {\n    me {\n      id\n      whatIf(options: $options) {\n        scenario pMatch expectedInterviews eligiblePrograms deltaPMatch deltaExpectedInterviews deltaEligiblePrograms\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportOutcome($input: OutcomeReportInput!) {\n    reportOutcome(input: $input) { id seasonYear matched matchedProgramId revision reportedAt applications { programId invited } }\n  }\n"): (typeof documents)["\n  mutation ReportOutcome($input: OutcomeReportInput!) {\n    reportOutcome(input: $input) { id seasonYear matched matchedProgramId revision reportedAt applications { programId invited } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileFields on Profile {\n    applicantType graduationYear step1Passed step2Score step3Passed visa usceMonths\n    ecfmgCertified examAttemptsFailed publications researchExperiences specialties\n    preferredStates updatedAt\n  }\n"): (typeof documents)["\n  fragment ProfileFields on Profile {\n    applicantType graduationYear step1Passed step2Score step3Passed visa usceMonths\n    ecfmgCertified examAttemptsFailed publications researchExperiences specialties\n    preferredStates updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    me { id email role emailVerified profile { ...ProfileFields } }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    me { id email role emailVerified profile { ...ProfileFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: ProfileInput!) {\n    updateMyProfile(input: $input) { ...ProfileFields }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: ProfileInput!) {\n    updateMyProfile(input: $input) { ...ProfileFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailVerification {\n    requestEmailVerification { expiresAt }\n  }\n"): (typeof documents)["\n  mutation RequestEmailVerification {\n    requestEmailVerification { expiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Recommendations($first: Int!, $eligible: Boolean, $tier: String, $state: String, $specialty: String) {\n    me {\n      id\n      profile { updatedAt specialties }\n      recommendations(first: $first, eligible: $eligible, tier: $tier, state: $state, specialty: $specialty) {\n        totalCount\n        modelVersion\n        profileUpdatedAt\n        edges {\n          node {\n            eligible\n            score\n            pInterview\n            pInterviewRange { low high }\n            tier\n            reasons\n            exclusionReasons\n            factors { name points text }\n            program { id name city state specialty }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Recommendations($first: Int!, $eligible: Boolean, $tier: String, $state: String, $specialty: String) {\n    me {\n      id\n      profile { updatedAt specialties }\n      recommendations(first: $first, eligible: $eligible, tier: $tier, state: $state, specialty: $specialty) {\n        totalCount\n        modelVersion\n        profileUpdatedAt\n        edges {\n          node {\n            eligible\n            score\n            pInterview\n            pInterviewRange { low high }\n            tier\n            reasons\n            exclusionReasons\n            factors { name points text }\n            program { id name city state specialty }\n          }\n        }\n      }\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;