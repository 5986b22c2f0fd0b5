// Asking one mentor: what I want help with, a message, and how they can reach me once they accept.
import { Button, Group, MultiSelect, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import type { MentorTopic } from "../../gql/graphql";
import { ProblemAlert } from "../../components/mentorship/ProblemAlert";
import { TOPICS } from "../../components/mentorship/labels";
import { RequestMentorshipMutation } from "./operations";

interface Props {
  mentorId: string;
  topics: MentorTopic[];
  onDone: (sent: boolean) => void;
}

export function RequestForm({ mentorId, topics, onDone }: Props) {
  const [goals, setGoals] = useState<MentorTopic[]>([]);
  const [message, setMessage] = useState("");
  const [contact, setContact] = useState("");
  const [{ fetching, error }, request] = useMutation(RequestMentorshipMutation);
  const offered = TOPICS.filter((topic) => topics.includes(topic.value));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await request({ input: { mentorId, goals, message, contact: contact.trim() || null } });
    if (!result.error) onDone(true);
  };
  return (
    <form onSubmit={submit} aria-label="Request mentorship">
      <Stack gap="sm">
        <MultiSelect label="What you want help with" data={offered} value={goals}
          onChange={(value) => setGoals(value as MentorTopic[])} />
        <Textarea label="Message to the mentor" description="Up to 2,000 characters" maxLength={2000}
          autosize minRows={3} value={message} onChange={(event) => setMessage(event.currentTarget.value)} required />
        <TextInput label="How they can reach you" description="Shared once they accept, e.g. an email address"
          value={contact} onChange={(event) => setContact(event.currentTarget.value)} />
        <ProblemAlert error={error} title="Request not sent" />
        <Group gap="sm">
          <Button type="submit" loading={fetching}>Send request</Button>
          <Button variant="default" onClick={() => onDone(false)}>Cancel</Button>
        </Group>
        <Text size="xs" c="dimmed">You can have up to 5 requests waiting at once.</Text>
      </Stack>
    </form>
  );
}
