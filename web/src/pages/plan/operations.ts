// The signed-in applicant's plan and the seasons they reported; reporting a season.
import { graphql } from "../../gql";

export const MyPlanQuery = graphql(`
  query MyPlan {
    me {
      id
      profile { updatedAt }
      plan { ...PlanFields }
      outcomeReports { id seasonYear matched matchedProgramId revision reportedAt applications { programId invited } }
    }
  }
`);

export const ReportOutcomeMutation = graphql(`
  mutation ReportOutcome($input: OutcomeReportInput!) {
    reportOutcome(input: $input) { id seasonYear matched matchedProgramId revision reportedAt applications { programId invited } }
  }
`);
