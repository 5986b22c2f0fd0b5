// The mentorship as the lists show it: who, where it stands, what was asked.
import { graphql } from "../../gql";

export const MentorshipSummaryFields = graphql(`
  fragment MentorshipSummaryFields on Mentorship {
    id
    status
    message
    goals
    createdAt
    updatedAt
    mentor { id }
    mentee { id }
  }
`);
