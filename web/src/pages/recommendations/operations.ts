// The signed-in applicant's recommendations, filtered; the profile says whether they are current.
import { graphql } from "../../gql";

export const RecommendationsQuery = graphql(`
  query Recommendations($first: Int!, $eligible: Boolean, $tier: String, $state: String, $specialty: String) {
    me {
      id
      profile { updatedAt specialties }
      recommendations(first: $first, eligible: $eligible, tier: $tier, state: $state, specialty: $specialty) {
        totalCount
        modelVersion
        profileUpdatedAt
        edges {
          node {
            eligible
            score
            pInterview
            pInterviewRange { low high }
            tier
            reasons
            exclusionReasons
            factors { name points text }
            program { id name city state specialty }
          }
        }
      }
    }
  }
`);
