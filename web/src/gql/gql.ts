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
    "\n  query ChanceModel {\n    model {\n      version\n      parametersVersion\n      sources\n      notes\n      featureModelError\n      validation { meanAbsoluteErrorPp applicantWeightedErrorPp samplingNoiseFloorPp heldOutSpecialties }\n    }\n  }\n": typeof types.ChanceModelDocument,
    "\n  query TryPlan($profile: ProfileInput!, $options: PlanInput) {\n    tryPlan(profile: $profile, options: $options) { ...PlanFields }\n  }\n": typeof types.TryPlanDocument,
};
const documents: Documents = {
    "\n  fragment PlanFields on Plan {\n    pMatch\n    pMatchWithoutSignals\n    pMatchRange { low high }\n    expectedInterviews\n    expectedInterviewsRange { low high }\n    costUsd\n    signals\n    warnings\n    modelVersion\n    curve { applications pMatch pMatchWithoutSignals expectedInterviews costUsd }\n    applications {\n      programId\n      name\n      specialty\n      state\n      pInterview\n      pInterviewRange { low high }\n      tier\n      costUsd\n      signal\n      reasons\n      addsPMatch\n    }\n  }\n": types.PlanFieldsFragmentDoc,
    "\n  query ChanceModel {\n    model {\n      version\n      parametersVersion\n      sources\n      notes\n      featureModelError\n      validation { meanAbsoluteErrorPp applicantWeightedErrorPp samplingNoiseFloorPp heldOutSpecialties }\n    }\n  }\n": types.ChanceModelDocument,
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
export function graphql(source: "\n  query ChanceModel {\n    model {\n      version\n      parametersVersion\n      sources\n      notes\n      featureModelError\n      validation { meanAbsoluteErrorPp applicantWeightedErrorPp samplingNoiseFloorPp heldOutSpecialties }\n    }\n  }\n"): (typeof documents)["\n  query ChanceModel {\n    model {\n      version\n      parametersVersion\n      sources\n      notes\n      featureModelError\n      validation { meanAbsoluteErrorPp applicantWeightedErrorPp samplingNoiseFloorPp heldOutSpecialties }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TryPlan($profile: ProfileInput!, $options: PlanInput) {\n    tryPlan(profile: $profile, options: $options) { ...PlanFields }\n  }\n"): (typeof documents)["\n  query TryPlan($profile: ProfileInput!, $options: PlanInput) {\n    tryPlan(profile: $profile, options: $options) { ...PlanFields }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;