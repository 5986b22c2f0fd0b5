// The mentor's own view (MENTOR accounts): capacity used, requests to answer, current mentees,
// and the profile mentees search.
import { Alert, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "urql";
import { MentorshipItem } from "../../components/mentorship/MentorshipItem";
import { Busy } from "../../components/mentorship/Busy";
import { ProblemAlert } from "../../components/mentorship/ProblemAlert";
import { SignedInOnly } from "../../components/mentorship/SignedInOnly";
import "../../components/mentorship/mentorship.css";
import { IncomingRequests } from "./IncomingRequests";
import { MentorProfileForm } from "./MentorProfileForm";
import { MentoringQuery } from "./operations";

function Mentoring() {
  const [{ data, fetching, error }, reload] = useQuery({ query: MentoringQuery });
  if (fetching && !data) return <Busy label="Loading your mentoring" />;
  if (error && !data) return <ProblemAlert error={error} title="Your mentoring did not load" />;
  const me = data?.me;
  if (!me) return null;
  if (me.role !== "MENTOR") {
    return <Alert color="blue" title="For mentors">This page is for mentor accounts. Look for a mentor under “Mentors”.</Alert>;
  }
  const profile = me.mentorProfile;
  const active = me.active.edges.map((edge) => edge.node);
  const full = profile ? me.active.totalCount >= profile.capacity : true;
  const refresh = () => reload({ requestPolicy: "network-only" });
  return (
    <Stack gap="xl">
      {profile ? (
        <Text data-testid="capacity" fw={600}>
          Mentoring {me.active.totalCount} of {profile.capacity}
          {profile.acceptingMentees ? "" : " (not taking new mentees)"}
        </Text>
      ) : (
        <Alert color="blue" title="Fill in your profile">Mentees find you once your mentor profile is saved.</Alert>
      )}
      <div className="columns">
        <Stack gap="xl">
          <IncomingRequests requests={me.requests.edges.map((edge) => edge.node)} full={full} onAnswered={refresh} />
          <section aria-labelledby="mentees">
            <Stack gap="sm">
              <Title order={2} id="mentees">Your mentees</Title>
              {active.length === 0 && <Text c="dimmed">Nobody yet.</Text>}
              <Stack component="ul" gap="sm" className="plain-list">
                {active.map((mentorship) => (
                  <MentorshipItem key={mentorship.id} mentorship={mentorship} title="Mentee" />
                ))}
              </Stack>
            </Stack>
          </section>
        </Stack>
        <section aria-labelledby="mentor-profile">
          <Stack gap="sm">
            <Title order={2} id="mentor-profile">Your mentor profile</Title>
            <MentorProfileForm profile={profile} onSaved={refresh} />
          </Stack>
        </section>
      </div>
    </Stack>
  );
}

export default function MentoringPage() {
  return (
    <Stack gap="lg">
      <Title order={1}>Your mentoring</Title>
      <SignedInOnly what="your mentoring">
        <Mentoring />
      </SignedInOnly>
    </Stack>
  );
}
