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
    "\n  query OrganizationAccount { me { id role } }\n": typeof types.OrganizationAccountDocument,
    "\n  fragment PlanFields on Plan {\n    pMatch\n    pMatchWithoutSignals\n    pMatchRange { low high }\n    expectedInterviews\n    expectedInterviewsRange { low high }\n    costUsd\n    signals\n    warnings\n    modelVersion\n    curve { applications pMatch pMatchWithoutSignals expectedInterviews costUsd }\n    applications {\n      programId\n      name\n      specialty\n      state\n      pInterview\n      pInterviewRange { low high }\n      tier\n      costUsd\n      signal\n      reasons\n      addsPMatch\n    }\n  }\n": typeof types.PlanFieldsFragmentDoc,
    "\n  query ChanceModel {\n    model {\n      version\n      parametersVersion\n      sources\n      notes\n      featureModelError\n      validation { meanAbsoluteErrorPp applicantWeightedErrorPp samplingNoiseFloorPp heldOutSpecialties }\n    }\n  }\n": typeof types.ChanceModelDocument,
    "\n  query OrganizationCohorts {\n    me {\n      id\n      mentorCohortRuns(first: 50) {\n        totalCount\n        edges { node { id name status createdAt publishedAt pairs { score } } }\n      }\n    }\n  }\n": typeof types.OrganizationCohortsDocument,
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
    "\n  query OrganizationSimulations {\n    me {\n      id\n      matchSimulations(first: 50) {\n        totalCount\n        edges { node { id name status source createdAt finishedAt } }\n      }\n    }\n  }\n": typeof types.OrganizationSimulationsDocument,
    "\n  query OrganizationSimulation($id: ID!, $unmatched: Boolean) {\n    matchSimulation(id: $id) {\n      id name status source maxProposals attempts createdAt startedAt finishedAt expiresAt error\n      generated { applicants couples supplemental seed }\n      stats {\n        applicants matched unmatched couples couplesMatched programs positions filled unfilled\n        supplementalMatched proposals rounds stable solveSeconds totalSeconds\n      }\n      matches(first: 50, unmatched: $unmatched) {\n        totalCount\n        edges { node { applicantId programId supplementalProgramId } }\n      }\n      unfilledPrograms(first: 50) {\n        totalCount\n        edges { node { programId unfilled } }\n      }\n    }\n  }\n": typeof types.OrganizationSimulationDocument,
    "\n  mutation RunOrganizationSimulation($input: RunMatchSimulationInput!) {\n    runMatchSimulation(input: $input) { id name status }\n  }\n": typeof types.RunOrganizationSimulationDocument,
    "\n  mutation DeleteOrganizationSimulation($id: ID!) { deleteMatchSimulation(id: $id) }\n": typeof types.DeleteOrganizationSimulationDocument,
    "\n  query OrganizationWebhookEndpoints {\n    me { id webhookEndpoints { id url eventTypes description enabled disabledReason createdAt } }\n  }\n": typeof types.OrganizationWebhookEndpointsDocument,
    "\n  query OrganizationWebhookMessages {\n    me {\n      id\n      webhookEndpoints {\n        id url eventTypes description enabled disabledReason createdAt updatedAt\n        messages(first: 20) {\n          totalCount\n          edges {\n            node {\n              id eventType eventId status attemptCount payload createdAt deliveredAt lastError\n              attempts { attempt at finishedAt ok status excerpt durationSeconds error }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganizationWebhookMessagesDocument,
    "\n  query OrganizationWebhookEventTypes { webhookEventTypes { type jsonSchema } }\n": typeof types.OrganizationWebhookEventTypesDocument,
    "\n  mutation CreateOrganizationWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { id url secret }\n  }\n": typeof types.CreateOrganizationWebhookEndpointDocument,
    "\n  mutation RotateOrganizationWebhookSecret($id: ID!) { rotateWebhookSecret(id: $id) { id secret } }\n": typeof types.RotateOrganizationWebhookSecretDocument,
    "\n  mutation SetOrganizationWebhookEnabled($id: ID!, $enabled: Boolean!) {\n    setWebhookEndpointEnabled(id: $id, enabled: $enabled) { id enabled disabledReason }\n  }\n": typeof types.SetOrganizationWebhookEnabledDocument,
    "\n  mutation SendOrganizationTestWebhook($id: ID!) { sendTestWebhook(id: $id) { messageIds } }\n": typeof types.SendOrganizationTestWebhookDocument,
    "\n  mutation ReplayOrganizationWebhookMessage($id: ID!) { replayWebhookMessage(id: $id) { messageIds } }\n": typeof types.ReplayOrganizationWebhookMessageDocument,
    "\n  mutation RecoverOrganizationWebhookMessages($endpointId: ID!, $since: DateTime!) {\n    recoverWebhookMessages(endpointId: $endpointId, since: $since) { messageIds }\n  }\n": typeof types.RecoverOrganizationWebhookMessagesDocument,
    "\n  query OrganizationDeliveryLedger($eventId: ID!) {\n    deliveryLedger(eventId: $eventId) {\n      eventId\n      entries { channel result at recipient kind ref endpointId detail outcome attempts }\n    }\n  }\n": typeof types.OrganizationDeliveryLedgerDocument,
    "\n  query TryPlan($profile: ProfileInput!, $options: PlanInput) {\n    tryPlan(profile: $profile, options: $options) { ...PlanFields }\n  }\n": typeof types.TryPlanDocument,
};
const documents: Documents = {
    "\n  query OrganizationAccount { me { id role } }\n": types.OrganizationAccountDocument,
    "\n  fragment PlanFields on Plan {\n    pMatch\n    pMatchWithoutSignals\n    pMatchRange { low high }\n    expectedInterviews\n    expectedInterviewsRange { low high }\n    costUsd\n    signals\n    warnings\n    modelVersion\n    curve { applications pMatch pMatchWithoutSignals expectedInterviews costUsd }\n    applications {\n      programId\n      name\n      specialty\n      state\n      pInterview\n      pInterviewRange { low high }\n      tier\n      costUsd\n      signal\n      reasons\n      addsPMatch\n    }\n  }\n": types.PlanFieldsFragmentDoc,
    "\n  query ChanceModel {\n    model {\n      version\n      parametersVersion\n      sources\n      notes\n      featureModelError\n      validation { meanAbsoluteErrorPp applicantWeightedErrorPp samplingNoiseFloorPp heldOutSpecialties }\n    }\n  }\n": types.ChanceModelDocument,
    "\n  query OrganizationCohorts {\n    me {\n      id\n      mentorCohortRuns(first: 50) {\n        totalCount\n        edges { node { id name status createdAt publishedAt pairs { score } } }\n      }\n    }\n  }\n": types.OrganizationCohortsDocument,
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
    "\n  query OrganizationSimulations {\n    me {\n      id\n      matchSimulations(first: 50) {\n        totalCount\n        edges { node { id name status source createdAt finishedAt } }\n      }\n    }\n  }\n": types.OrganizationSimulationsDocument,
    "\n  query OrganizationSimulation($id: ID!, $unmatched: Boolean) {\n    matchSimulation(id: $id) {\n      id name status source maxProposals attempts createdAt startedAt finishedAt expiresAt error\n      generated { applicants couples supplemental seed }\n      stats {\n        applicants matched unmatched couples couplesMatched programs positions filled unfilled\n        supplementalMatched proposals rounds stable solveSeconds totalSeconds\n      }\n      matches(first: 50, unmatched: $unmatched) {\n        totalCount\n        edges { node { applicantId programId supplementalProgramId } }\n      }\n      unfilledPrograms(first: 50) {\n        totalCount\n        edges { node { programId unfilled } }\n      }\n    }\n  }\n": types.OrganizationSimulationDocument,
    "\n  mutation RunOrganizationSimulation($input: RunMatchSimulationInput!) {\n    runMatchSimulation(input: $input) { id name status }\n  }\n": types.RunOrganizationSimulationDocument,
    "\n  mutation DeleteOrganizationSimulation($id: ID!) { deleteMatchSimulation(id: $id) }\n": types.DeleteOrganizationSimulationDocument,
    "\n  query OrganizationWebhookEndpoints {\n    me { id webhookEndpoints { id url eventTypes description enabled disabledReason createdAt } }\n  }\n": types.OrganizationWebhookEndpointsDocument,
    "\n  query OrganizationWebhookMessages {\n    me {\n      id\n      webhookEndpoints {\n        id url eventTypes description enabled disabledReason createdAt updatedAt\n        messages(first: 20) {\n          totalCount\n          edges {\n            node {\n              id eventType eventId status attemptCount payload createdAt deliveredAt lastError\n              attempts { attempt at finishedAt ok status excerpt durationSeconds error }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OrganizationWebhookMessagesDocument,
    "\n  query OrganizationWebhookEventTypes { webhookEventTypes { type jsonSchema } }\n": types.OrganizationWebhookEventTypesDocument,
    "\n  mutation CreateOrganizationWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { id url secret }\n  }\n": types.CreateOrganizationWebhookEndpointDocument,
    "\n  mutation RotateOrganizationWebhookSecret($id: ID!) { rotateWebhookSecret(id: $id) { id secret } }\n": types.RotateOrganizationWebhookSecretDocument,
    "\n  mutation SetOrganizationWebhookEnabled($id: ID!, $enabled: Boolean!) {\n    setWebhookEndpointEnabled(id: $id, enabled: $enabled) { id enabled disabledReason }\n  }\n": types.SetOrganizationWebhookEnabledDocument,
    "\n  mutation SendOrganizationTestWebhook($id: ID!) { sendTestWebhook(id: $id) { messageIds } }\n": types.SendOrganizationTestWebhookDocument,
    "\n  mutation ReplayOrganizationWebhookMessage($id: ID!) { replayWebhookMessage(id: $id) { messageIds } }\n": types.ReplayOrganizationWebhookMessageDocument,
    "\n  mutation RecoverOrganizationWebhookMessages($endpointId: ID!, $since: DateTime!) {\n    recoverWebhookMessages(endpointId: $endpointId, since: $since) { messageIds }\n  }\n": types.RecoverOrganizationWebhookMessagesDocument,
    "\n  query OrganizationDeliveryLedger($eventId: ID!) {\n    deliveryLedger(eventId: $eventId) {\n      eventId\n      entries { channel result at recipient kind ref endpointId detail outcome attempts }\n    }\n  }\n": types.OrganizationDeliveryLedgerDocument,
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
export function graphql(source: "\n  query OrganizationAccount { me { id role } }\n"): (typeof documents)["\n  query OrganizationAccount { me { id role } }\n"];
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
export function graphql(source: "\n  query OrganizationCohorts {\n    me {\n      id\n      mentorCohortRuns(first: 50) {\n        totalCount\n        edges { node { id name status createdAt publishedAt pairs { score } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationCohorts {\n    me {\n      id\n      mentorCohortRuns(first: 50) {\n        totalCount\n        edges { node { id name status createdAt publishedAt pairs { score } } }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query OrganizationSimulations {\n    me {\n      id\n      matchSimulations(first: 50) {\n        totalCount\n        edges { node { id name status source createdAt finishedAt } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationSimulations {\n    me {\n      id\n      matchSimulations(first: 50) {\n        totalCount\n        edges { node { id name status source createdAt finishedAt } }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query OrganizationWebhookMessages {\n    me {\n      id\n      webhookEndpoints {\n        id url eventTypes description enabled disabledReason createdAt updatedAt\n        messages(first: 20) {\n          totalCount\n          edges {\n            node {\n              id eventType eventId status attemptCount payload createdAt deliveredAt lastError\n              attempts { attempt at finishedAt ok status excerpt durationSeconds error }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationWebhookMessages {\n    me {\n      id\n      webhookEndpoints {\n        id url eventTypes description enabled disabledReason createdAt updatedAt\n        messages(first: 20) {\n          totalCount\n          edges {\n            node {\n              id eventType eventId status attemptCount payload createdAt deliveredAt lastError\n              attempts { attempt at finishedAt ok status excerpt durationSeconds error }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query OrganizationDeliveryLedger($eventId: ID!) {\n    deliveryLedger(eventId: $eventId) {\n      eventId\n      entries { channel result at recipient kind ref endpointId detail outcome attempts }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationDeliveryLedger($eventId: ID!) {\n    deliveryLedger(eventId: $eventId) {\n      eventId\n      entries { channel result at recipient kind ref endpointId detail outcome attempts }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TryPlan($profile: ProfileInput!, $options: PlanInput) {\n    tryPlan(profile: $profile, options: $options) { ...PlanFields }\n  }\n"): (typeof documents)["\n  query TryPlan($profile: ProfileInput!, $options: PlanInput) {\n    tryPlan(profile: $profile, options: $options) { ...PlanFields }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;