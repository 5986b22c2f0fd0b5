// The model behind every chance: sources and validation, no account needed.
import { graphql } from "../../gql";

export const ModelQuery = graphql(`
  query ChanceModel {
    model {
      version
      parametersVersion
      sources
      notes
      featureModelError
      validation { meanAbsoluteErrorPp applicantWeightedErrorPp samplingNoiseFloorPp heldOutSpecialties }
    }
  }
`);
