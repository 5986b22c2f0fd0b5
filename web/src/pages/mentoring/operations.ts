// The mentor's own view: their profile, requests waiting for them, and mentees they have now.
import { graphql } from "../../gql";

export const MentorProfileFields = graphql(`
  fragment MentorProfileFields on MentorProfile {
    position specialty institution state wasImg trainingCountry visaPaths languages timeZone
    topics capacity acceptingMentees bio programId organizationId verified
  }
`);

export const MentoringQuery = graphql(`
  query Mentoring {
    me {
      id
      role
      mentorProfile { ...MentorProfileFields }
      requests: mentorships(status: REQUESTED, first: 50) { edges { node { ...MentorshipSummaryFields } } }
      active: mentorships(status: ACTIVE, first: 50) { totalCount edges { node { ...MentorshipSummaryFields } } }
    }
  }
`);

export const SaveMentorProfileMutation = graphql(`
  mutation SaveMentorProfile($input: MentorProfileInput!) {
    updateMyMentorProfile(input: $input) { ...MentorProfileFields }
  }
`);

export const RespondToRequestMutation = graphql(`
  mutation RespondToMentorshipRequest($id: ID!, $accept: Boolean!, $contact: String, $reason: String) {
    respondToMentorshipRequest(id: $id, accept: $accept, contact: $contact, reason: $reason) { id status }
  }
`);
