// Requests waiting for this mentor: accept (with how the mentee can reach them) or decline.
import { Button, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useMutation } from "urql";
import type { MentorshipSummaryFieldsFragment } from "../../gql/graphql";
import { MentorshipItem } from "../../components/mentorship/MentorshipItem";
import { ProblemAlert } from "../../components/mentorship/ProblemAlert";
import { RespondToRequestMutation } from "./operations";

interface Props {
  requests: MentorshipSummaryFieldsFragment[];
  full: boolean;
  onAnswered: () => void;
}

function Answer({ request, full, onAnswered }: { request: MentorshipSummaryFieldsFragment; full: boolean; onAnswered: () => void }) {
  const [contact, setContact] = useState("");
  const [{ fetching, error }, respond] = useMutation(RespondToRequestMutation);
  const answer = async (accept: boolean) => {
    const result = await respond({ id: request.id, accept, contact: accept ? contact.trim() || null : null });
    if (!result.error) onAnswered();
  };
  return (
    <Stack gap="xs" className="answer">
      <TextInput size="xs" label="How this mentee can reach you" description="Shared once you accept"
        value={contact} onChange={(event) => setContact(event.currentTarget.value)} />
      <Group gap="sm">
        <Button size="xs" loading={fetching} disabled={full} onClick={() => void answer(true)}>Accept</Button>
        <Button size="xs" variant="default" loading={fetching} onClick={() => void answer(false)}>Decline</Button>
      </Group>
      <ProblemAlert error={error} title="Not answered" />
    </Stack>
  );
}

export function IncomingRequests({ requests, full, onAnswered }: Props) {
  return (
    <section aria-labelledby="incoming">
      <Stack gap="sm">
        <Title order={2} id="incoming">Requests waiting for you</Title>
        {full && requests.length > 0 && <Text size="sm">You are mentoring as many people as your capacity allows.</Text>}
        {requests.length === 0 && <Text c="dimmed">No requests are waiting.</Text>}
        <Stack component="ul" gap="sm" className="plain-list">
          {requests.map((request) => (
            <MentorshipItem key={request.id} mentorship={request} title="Request from an applicant">
              <Answer request={request} full={full} onAnswered={onAnswered} />
            </MentorshipItem>
          ))}
        </Stack>
      </Stack>
    </section>
  );
}
