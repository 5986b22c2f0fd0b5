// The signed-in applicant's plan for the options chosen, its what-ifs, the seasons they
// reported; reporting a season.
import { graphql } from "../../gql";

export const MyPlanQuery = graphql(`
  query MyPlan($options: PlanInput) {
    me {
      id
      profile { updatedAt }
      plan(options: $options) { ...PlanFields }
      outcomeReports { id seasonYear matched matchedProgramId revision reportedAt applications { programId invited } }
    }
  }
`);

export const MyWhatIfQuery = graphql(`
  query MyWhatIf($options: PlanInput) {
    me {
      id
      whatIf(options: $options) {
        scenario pMatch expectedInterviews eligiblePrograms deltaPMatch deltaExpectedInterviews deltaEligiblePrograms
      }
    }
  }
`);

export const ReportOutcomeMutation = graphql(`
  mutation ReportOutcome($input: OutcomeReportInput!) {
    reportOutcome(input: $input) { id seasonYear matched matchedProgramId revision reportedAt applications { programId invited } }
  }
`);
