// /profile: the signed-in applicant's profile; saving it recomputes their recommendations.
import { Alert, Anchor, Loader, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { useMutation, useQuery } from "urql";
import { ProfileForm, STARTING_PROFILE } from "../../components/ProfileForm";
import { RequireAccount } from "../../components/RequireAccount";
import { fieldErrors, friendlyMessage } from "../../errors";
import type { ProfileFieldsFragment, ProfileInput } from "../../gql/graphql";
import { EmailVerification } from "./EmailVerification";
import { MyProfileQuery, UpdateMyProfileMutation } from "./operations";

/** The stored profile as the mutation takes it (the query's extra fields left out). */
function asInput(profile: ProfileFieldsFragment): ProfileInput {
  const { applicantType, graduationYear, step1Passed, step2Score, step3Passed, visa, usceMonths,
    ecfmgCertified, examAttemptsFailed, publications, researchExperiences, specialties, preferredStates } = profile;
  return { applicantType, graduationYear, step1Passed, step2Score, step3Passed, visa, usceMonths,
    ecfmgCertified, examAttemptsFailed, publications, researchExperiences, specialties, preferredStates };
}

function Profile() {
  const [{ data, fetching, error }] = useQuery({ query: MyProfileQuery });
  const [saved, save] = useMutation(UpdateMyProfileMutation);
  if (fetching && !data) return <Loader aria-label="Loading your profile" />;
  if (error) return <Alert color="red" role="alert" title="Your profile could not be loaded">{friendlyMessage(error)}</Alert>;
  if (!data) return null;
  const { me } = data;
  const errors = fieldErrors(saved.error);
  const verification = <EmailVerification email={me.email} verified={me.emailVerified} />;
  if (me.role !== "APPLICANT") {
    return (
      <Stack gap="md">
        {verification}
        <Text>This is {me.role === "MENTOR" ? "a mentor" : "an organization"} account: applicant profiles, recommendations and plans are for applicants.</Text>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      {verification}
      {me.profile === null && !saved.data && (
        <Text>You have no profile yet. Fill it in to get your recommendations and your plan.</Text>
      )}
      {saved.error && (
        <Alert color="red" role="alert" title="Not saved">
          {Object.keys(errors).length ? "Please fix the fields marked below." : friendlyMessage(saved.error)}
        </Alert>
      )}
      {saved.data && !saved.error && (
        <Alert color="green" role="status" title="Saved">
          Your recommendations are being updated. <Anchor component={Link} to="/recommendations" underline="always">See them</Anchor>
        </Alert>
      )}
      <ProfileForm complete initial={me.profile ? asInput(me.profile) : STARTING_PROFILE} busy={saved.fetching}
        submitLabel="Save profile" errors={errors} onSubmit={(input) => save({ input })} />
    </Stack>
  );
}

export default function ProfilePage() {
  return (
    <Stack gap="md">
      <Title order={1}>Your profile</Title>
      <RequireAccount><Profile /></RequireAccount>
    </Stack>
  );
}
