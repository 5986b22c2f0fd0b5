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
    "\n  fragment PlanFields on Plan {\n    pMatch\n    pMatchWithoutSignals\n    pMatchRange { low high }\n    expectedInterviews\n    expectedInterviewsRange { low high }\n    costUsd\n    signals\n    warnings\n    modelVersion\n    curve { applications pMatch pMatchWithoutSignals expectedInterviews costUsd }\n    applications {\n      programId\n      name\n      specialty\n      state\n      pInterview\n      pInterviewRange { low high }\n      tier\n      costUsd\n      signal\n      reasons\n      addsPMatch\n    }\n  }\n": typeof types.PlanFieldsFragmentDoc,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { token account { id email role emailVerified } }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) { token account { id email role emailVerified } }\n  }\n": typeof types.SignInDocument,
    "\n  query ChanceModel {\n    model {\n      version\n      parametersVersion\n      sources\n      notes\n      featureModelError\n      validation { meanAbsoluteErrorPp applicantWeightedErrorPp samplingNoiseFloorPp heldOutSpecialties }\n    }\n  }\n": typeof types.ChanceModelDocument,
    "\n  query MyPlan {\n    me {\n      id\n      profile { updatedAt }\n      plan { ...PlanFields }\n      outcomeReports { id seasonYear matched matchedProgramId revision reportedAt applications { programId invited } }\n    }\n  }\n": typeof types.MyPlanDocument,
    "\n  mutation ReportOutcome($input: OutcomeReportInput!) {\n    reportOutcome(input: $input) { id seasonYear matched matchedProgramId revision reportedAt applications { programId invited } }\n  }\n": typeof types.ReportOutcomeDocument,
    "\n  fragment ProfileFields on Profile {\n    applicantType graduationYear step1Passed step2Score step3Passed visa usceMonths\n    ecfmgCertified examAttemptsFailed publications researchExperiences specialties\n    preferredStates updatedAt\n  }\n": typeof types.ProfileFieldsFragmentDoc,
    "\n  query MyProfile {\n    me { id email role emailVerified profile { ...ProfileFields } }\n  }\n": typeof types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($input: ProfileInput!) {\n    updateMyProfile(input: $input) { ...ProfileFields }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation RequestEmailVerification {\n    requestEmailVerification { expiresAt }\n  }\n": typeof types.RequestEmailVerificationDocument,
    "\n  query Recommendations($first: Int!, $eligible: Boolean, $tier: String, $state: String, $specialty: String) {\n    me {\n      id\n      profile { updatedAt specialties }\n      recommendations(first: $first, eligible: $eligible, tier: $tier, state: $state, specialty: $specialty) {\n        totalCount\n        modelVersion\n        profileUpdatedAt\n        edges {\n          node {\n            eligible\n            score\n            pInterview\n            pInterviewRange { low high }\n            tier\n            reasons\n            exclusionReasons\n            factors { name points text }\n            program { id name city state specialty }\n          }\n        }\n      }\n    }\n  }\n": typeof types.RecommendationsDocument,
    "\n  query TryPlan($profile: ProfileInput!, $options: PlanInput) {\n    tryPlan(profile: $profile, options: $options) { ...PlanFields }\n  }\n": typeof types.TryPlanDocument,
};
const documents: Documents = {
    "\n  fragment PlanFields on Plan {\n    pMatch\n    pMatchWithoutSignals\n    pMatchRange { low high }\n    expectedInterviews\n    expectedInterviewsRange { low high }\n    costUsd\n    signals\n    warnings\n    modelVersion\n    curve { applications pMatch pMatchWithoutSignals expectedInterviews costUsd }\n    applications {\n      programId\n      name\n      specialty\n      state\n      pInterview\n      pInterviewRange { low high }\n      tier\n      costUsd\n      signal\n      reasons\n      addsPMatch\n    }\n  }\n": types.PlanFieldsFragmentDoc,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { token account { id email role emailVerified } }\n  }\n": types.SignUpDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) { token account { id email role emailVerified } }\n  }\n": types.SignInDocument,
    "\n  query ChanceModel {\n    model {\n      version\n      parametersVersion\n      sources\n      notes\n      featureModelError\n      validation { meanAbsoluteErrorPp applicantWeightedErrorPp samplingNoiseFloorPp heldOutSpecialties }\n    }\n  }\n": types.ChanceModelDocument,
    "\n  query MyPlan {\n    me {\n      id\n      profile { updatedAt }\n      plan { ...PlanFields }\n      outcomeReports { id seasonYear matched matchedProgramId revision reportedAt applications { programId invited } }\n    }\n  }\n": types.MyPlanDocument,
    "\n  mutation ReportOutcome($input: OutcomeReportInput!) {\n    reportOutcome(input: $input) { id seasonYear matched matchedProgramId revision reportedAt applications { programId invited } }\n  }\n": types.ReportOutcomeDocument,
    "\n  fragment ProfileFields on Profile {\n    applicantType graduationYear step1Passed step2Score step3Passed visa usceMonths\n    ecfmgCertified examAttemptsFailed publications researchExperiences specialties\n    preferredStates updatedAt\n  }\n": types.ProfileFieldsFragmentDoc,
    "\n  query MyProfile {\n    me { id email role emailVerified profile { ...ProfileFields } }\n  }\n": types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($input: ProfileInput!) {\n    updateMyProfile(input: $input) { ...ProfileFields }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation RequestEmailVerification {\n    requestEmailVerification { expiresAt }\n  }\n": types.RequestEmailVerificationDocument,
    "\n  query Recommendations($first: Int!, $eligible: Boolean, $tier: String, $state: String, $specialty: String) {\n    me {\n      id\n      profile { updatedAt specialties }\n      recommendations(first: $first, eligible: $eligible, tier: $tier, state: $state, specialty: $specialty) {\n        totalCount\n        modelVersion\n        profileUpdatedAt\n        edges {\n          node {\n            eligible\n            score\n            pInterview\n            pInterviewRange { low high }\n            tier\n            reasons\n            exclusionReasons\n            factors { name points text }\n            program { id name city state specialty }\n          }\n        }\n      }\n    }\n  }\n": types.RecommendationsDocument,
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
export function graphql(source: "\n  fragment PlanFields on Plan {\n    pMatch\n    pMatchWithoutSignals\n    pMatchRange { low high }\n    expectedInterviews\n    expectedInterviewsRange { low high }\n    costUsd\n    signals\n    warnings\n    modelVersion\n    curve { applications pMatch pMatchWithoutSignals expectedInterviews costUsd }\n    applications {\n      programId\n      name\n      specialty\n      state\n      pInterview\n      pInterviewRange { low high }\n      tier\n      costUsd\n      signal\n      reasons\n      addsPMatch\n    }\n  }\n"): (typeof documents)["\n  fragment PlanFields on Plan {\n    pMatch\n    pMatchWithoutSignals\n    pMatchRange { low high }\n    expectedInterviews\n    expectedInterviewsRange { low high }\n    costUsd\n    signals\n    warnings\n    modelVersion\n    curve { applications pMatch pMatchWithoutSignals expectedInterviews costUsd }\n    applications {\n      programId\n      name\n      specialty\n      state\n      pInterview\n      pInterviewRange { low high }\n      tier\n      costUsd\n      signal\n      reasons\n      addsPMatch\n    }\n  }\n"];
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
export function graphql(source: "\n  query ChanceModel {\n    model {\n      version\n      parametersVersion\n      sources\n      notes\n      featureModelError\n      validation { meanAbsoluteErrorPp applicantWeightedErrorPp samplingNoiseFloorPp heldOutSpecialties }\n    }\n  }\n"): (typeof documents)["\n  query ChanceModel {\n    model {\n      version\n      parametersVersion\n      sources\n      notes\n      featureModelError\n      validation { meanAbsoluteErrorPp applicantWeightedErrorPp samplingNoiseFloorPp heldOutSpecialties }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPlan {\n    me {\n      id\n      profile { updatedAt }\n      plan { ...PlanFields }\n      outcomeReports { id seasonYear matched matchedProgramId revision reportedAt applications { programId invited } }\n    }\n  }\n"): (typeof documents)["\n  query MyPlan {\n    me {\n      id\n      profile { updatedAt }\n      plan { ...PlanFields }\n      outcomeReports { id seasonYear matched matchedProgramId revision reportedAt applications { programId invited } }\n    }\n  }\n"];
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
export function graphql(source: "\n  query TryPlan($profile: ProfileInput!, $options: PlanInput) {\n    tryPlan(profile: $profile, options: $options) { ...PlanFields }\n  }\n"): (typeof documents)["\n  query TryPlan($profile: ProfileInput!, $options: PlanInput) {\n    tryPlan(profile: $profile, options: $options) { ...PlanFields }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;