// The try-it page's one operation: a plan for a profile, no account, nothing stored.
import { graphql } from "../../gql";

export const TryPlanQuery = graphql(`
  query TryPlan($profile: ProfileInput!, $options: PlanInput) {
    tryPlan(profile: $profile, options: $options) { ...PlanFields }
  }
`);
