// Mentor cohorts: the runs, one run's draft or publication, run and publish.
import { graphql } from "../../../gql";

export const CohortListQuery = graphql(`
  query OrganizationCohorts($after: String) {
    me {
      id
      mentorCohortRuns(first: 20, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id name status createdAt publishedAt pairs { score } } }
      }
    }
  }
`);

export const CohortMembersQuery = graphql(`
  query OrganizationCohortMembers {
    me { id organizationMembers(first: 100) { edges { node { accountId role } } } }
  }
`);

export const CohortQuery = graphql(`
  query OrganizationCohort($id: ID!) {
    mentorCohortRun(id: $id) {
      id name status minScore solveSeconds createdAt publishedAt
      pairs { mentee { id } mentor { id } score reasons publication { mentorshipId refusalCode refusal } }
      unmatched { menteeId reason }
      skipped { id side reason }
      totals { optimal greedy firstComeFirstServed }
      report { pairs notSent requested active accepted declined completed checkIns goals goalsCompleted averageRating }
    }
  }
`);

export const RunCohortMutation = graphql(`
  mutation RunOrganizationCohort($input: RunMentorCohortInput!) {
    runMentorCohort(input: $input) { id name status }
  }
`);

export const PublishCohortMutation = graphql(`
  mutation PublishOrganizationCohort($id: ID!) {
    publishMentorCohort(id: $id) {
      id status publishedAt
      pairs { mentee { id } mentor { id } publication { mentorshipId refusalCode refusal } }
    }
  }
`);
