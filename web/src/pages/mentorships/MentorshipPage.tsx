// The mentorship dashboard, for either side: where it stands, goals, check-ins, the message
// thread, ending it, and feedback once completed.
import { Alert, Anchor, Badge, Group, Stack, Text, Title } from "@mantine/core";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { Busy } from "../../components/mentorship/Busy";
import { ProblemAlert } from "../../components/mentorship/ProblemAlert";
import { SignedInOnly } from "../../components/mentorship/SignedInOnly";
import { STATUSES, dateTime, topicList } from "../../components/mentorship/labels";
import "../../components/mentorship/mentorship.css";
import { CheckInsSection } from "./CheckInsSection";
import { EndActions } from "./EndActions";
import { FeedbackSection } from "./FeedbackSection";
import { GoalsSection } from "./GoalsSection";
import { MessageThread } from "./MessageThread";
import { MentorshipDashboardQuery } from "./operations";
import type { DashboardMentorship } from "./types";

function Contact({ mentorship, asMentor }: { mentorship: DashboardMentorship; asMentor: boolean }) {
  const theirs = asMentor ? mentorship.contact?.mentee : mentorship.contact?.mentor;
  if (!theirs) return null;
  return <Text size="sm">Reach {asMentor ? "your mentee" : "your mentor"} at: <span className="quoted">{theirs}</span></Text>;
}

function Dashboard({ id }: { id: string }) {
  const [{ data, fetching, error }, reload] = useQuery({ query: MentorshipDashboardQuery });
  const refresh = () => reload({ requestPolicy: "network-only" });
  if (fetching && !data) return <Busy label="Loading the mentorship" />;
  if (error && !data) return <ProblemAlert error={error} title="The mentorship did not load" />;
  const me = data?.me;
  const mentorship = me?.mentorships.edges.map((edge) => edge.node).find((node) => node.id === id);
  if (!me || !mentorship) {
    return <Alert color="yellow" title="Not found">This mentorship is not among your 20 latest.</Alert>;
  }
  const asMentor = mentorship.mentor.id === me.id;
  const section = { mentorship, viewerId: me.id, onChanged: refresh };
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Anchor component={Link} to={asMentor ? "/mentoring" : "/mentors"} size="sm">
          {asMentor ? "Back to your mentoring" : "Back to mentors and your requests"}
        </Anchor>
        <Group gap="sm">
          <Text>{asMentor ? "You mentor this applicant." : "Your mentor."}</Text>
          <Badge variant="light">{STATUSES[mentorship.status]}</Badge>
        </Group>
        <Text size="sm">Started from a request on {dateTime(mentorship.createdAt)}
          {mentorship.goals.length > 0 && ` for help with ${topicList(mentorship.goals)}`}.</Text>
        <Contact mentorship={mentorship} asMentor={asMentor} />
        {mentorship.status === "ACTIVE" && <EndActions {...section} />}
      </Stack>
      <div className="columns">
        <Stack gap="xl">
          <GoalsSection {...section} templates={data.goalTemplates} />
          <CheckInsSection {...section} />
        </Stack>
        <Stack gap="xl">
          <MessageThread {...section} />
          {mentorship.status === "COMPLETED" && <FeedbackSection {...section} />}
        </Stack>
      </div>
    </Stack>
  );
}

export default function MentorshipPage() {
  const { id = "" } = useParams();
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Mentorship</Title>
      </div>
      <SignedInOnly what="this mentorship">
        <Dashboard id={id} />
      </SignedInOnly>
    </Stack>
  );
}
