// The signed-in account with its profile; saving it; a new email verification link.
import { graphql } from "../../gql";

export const ProfileFieldsFragment = graphql(`
  fragment ProfileFields on Profile {
    applicantType graduationYear step1Passed step2Score step3Passed visa usceMonths
    ecfmgCertified examAttemptsFailed publications researchExperiences specialties
    preferredStates updatedAt
  }
`);

export const MyProfileQuery = graphql(`
  query MyProfile {
    me { id email role emailVerified profile { ...ProfileFields } }
  }
`);

export const UpdateMyProfileMutation = graphql(`
  mutation UpdateMyProfile($input: ProfileInput!) {
    updateMyProfile(input: $input) { ...ProfileFields }
  }
`);

export const RequestEmailVerificationMutation = graphql(`
  mutation RequestEmailVerification {
    requestEmailVerification { expiresAt }
  }
`);
