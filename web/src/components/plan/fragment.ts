// What every plan view shows, for tryPlan and me.plan alike.
import { graphql } from "../../gql";

export const PlanFields = graphql(`
  fragment PlanFields on Plan {
    pMatch
    pMatchWithoutSignals
    pMatchRange { low high }
    expectedInterviews
    expectedInterviewsRange { low high }
    costUsd
    signals
    warnings
    modelVersion
    curve { applications pMatch pMatchWithoutSignals expectedInterviews costUsd }
    specialties { specialty perRankMatch perRankMatchRange { low high } }
    applications {
      programId
      name
      specialty
      state
      pInterview
      pInterviewRange { low high }
      tier
      costUsd
      signal
      reasons
      addsPMatch
    }
  }
`);
