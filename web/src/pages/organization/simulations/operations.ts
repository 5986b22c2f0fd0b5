// Match simulations: the list, one run with its figures and result, start and delete.
import { graphql } from "../../../gql";

export const SimulationListQuery = graphql(`
  query OrganizationSimulations($after: String) {
    me {
      id
      matchSimulations(first: 20, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id name status source createdAt finishedAt } }
      }
    }
  }
`);

export const SimulationQuery = graphql(`
  query OrganizationSimulation($id: ID!, $unmatched: Boolean) {
    matchSimulation(id: $id) {
      id name status source maxProposals attempts createdAt startedAt finishedAt expiresAt error
      generated { applicants couples supplemental seed }
      stats {
        applicants matched unmatched couples couplesMatched programs positions filled unfilled
        supplementalMatched proposals rounds stable solveSeconds totalSeconds
      }
      matches(first: 50, unmatched: $unmatched) {
        totalCount
        edges { node { applicantId programId supplementalProgramId } }
      }
      unfilledPrograms(first: 50) {
        totalCount
        edges { node { programId unfilled } }
      }
    }
  }
`);

export const RunSimulationMutation = graphql(`
  mutation RunOrganizationSimulation($input: RunMatchSimulationInput!) {
    runMatchSimulation(input: $input) { id name status }
  }
`);

export const DeleteSimulationMutation = graphql(`
  mutation DeleteOrganizationSimulation($id: ID!) { deleteMatchSimulation(id: $id) }
`);
