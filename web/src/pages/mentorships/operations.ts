// The mentorship dashboard: one mentorship of mine with its goals, check-ins, thread and
// feedback, and every change either side can make to it.
import { graphql } from "../../gql";

// No query fetches one mentorship by id: the dashboard picks it out of my latest 20 (the cost
// limit allows the inside of that many at once).
export const MentorshipDashboardQuery = graphql(`
  query MentorshipDashboard {
    me {
      id
      mentorships(first: 20) {
        edges {
          node {
            ...MentorshipSummaryFields
            contact { mentee mentor }
            trackedGoals { id title topic dueDate status }
            checkIns { id date notes nextDate }
            myFeedback { rating comment givenAt }
            messages(first: 50) { totalCount edges { node { id text sentAt sender { id } } } }
          }
        }
      }
    }
    goalTemplates { title topic dueDate why }
  }
`);

export const SendMessageMutation = graphql(`
  mutation SendMentorshipMessage($mentorshipId: ID!, $text: String!) {
    sendMentorshipMessage(mentorshipId: $mentorshipId, text: $text) { id }
  }
`);

export const AddGoalMutation = graphql(`
  mutation AddMentorshipGoal($mentorshipId: ID!, $input: GoalInput!) {
    addMentorshipGoal(mentorshipId: $mentorshipId, input: $input) { id }
  }
`);

export const SetGoalStatusMutation = graphql(`
  mutation SetMentorshipGoalStatus($mentorshipId: ID!, $goalId: ID!, $status: GoalStatus!) {
    setMentorshipGoalStatus(mentorshipId: $mentorshipId, goalId: $goalId, status: $status) { id status }
  }
`);

export const RecordCheckInMutation = graphql(`
  mutation RecordMentorshipCheckIn($mentorshipId: ID!, $input: CheckInInput!) {
    recordMentorshipCheckIn(mentorshipId: $mentorshipId, input: $input) { id }
  }
`);

export const GiveFeedbackMutation = graphql(`
  mutation GiveMentorshipFeedback($mentorshipId: ID!, $rating: Int!, $comment: String!) {
    giveMentorshipFeedback(mentorshipId: $mentorshipId, rating: $rating, comment: $comment) { rating }
  }
`);

export const CancelMentorshipMutation = graphql(`
  mutation CancelMentorship($id: ID!, $reason: String) {
    cancelMentorship(id: $id, reason: $reason) { id status }
  }
`);

export const CompleteMentorshipMutation = graphql(`
  mutation CompleteMentorship($id: ID!) {
    completeMentorship(id: $id) { id status }
  }
`);
