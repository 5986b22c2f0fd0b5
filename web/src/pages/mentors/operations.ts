// Mentor search: the ranked directory, a request to one mentor, my own requests and withdrawing one.
import { graphql } from "../../gql";

export const FindMentorsQuery = graphql(`
  query FindMentors($specialty: String, $topic: MentorTopic, $language: String, $state: String,
                    $imgBackground: Boolean, $onlyAvailable: Boolean!) {
    mentors(specialty: $specialty, topic: $topic, language: $language, state: $state,
            imgBackground: $imgBackground, onlyAvailable: $onlyAvailable, first: 20) {
      totalCount
      edges {
        node {
          score
          reasons
          freeCapacity
          activeMentees
          responseRate
          mentor {
            id
            profile {
              position specialty institution state wasImg trainingCountry languages topics
              capacity acceptingMentees bio verified
            }
          }
        }
      }
    }
  }
`);

export const MyMentorshipsQuery = graphql(`
  query MyMentorships($status: MentorshipStatus) {
    me {
      id
      mentorships(status: $status, first: 50) { totalCount edges { node { ...MentorshipSummaryFields } } }
      waiting: mentorships(status: REQUESTED, first: 5) { edges { node { id mentor { id } } } }
    }
  }
`);

export const RequestMentorshipMutation = graphql(`
  mutation RequestMentorship($input: RequestMentorshipInput!) {
    requestMentorship(input: $input) { ...MentorshipSummaryFields }
  }
`);

export const WithdrawRequestMutation = graphql(`
  mutation WithdrawRequest($id: ID!) {
    withdrawMentorshipRequest(id: $id) { ...MentorshipSummaryFields }
  }
`);
