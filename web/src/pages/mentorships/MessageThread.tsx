// The two people's thread, oldest first, and a box to write to the other side.
import { Button, Card, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { ProblemAlert } from "../../components/mentorship/ProblemAlert";
import { dateTime } from "../../components/mentorship/labels";
import { SendMessageMutation } from "./operations";
import type { SectionProps } from "./types";

export function MessageThread({ mentorship, viewerId, onChanged }: SectionProps) {
  const [text, setText] = useState("");
  const [{ fetching, error }, send] = useMutation(SendMessageMutation);
  const open = mentorship.status === "ACTIVE" || mentorship.status === "PAUSED";
  const messages = mentorship.messages.edges.map((edge) => edge.node);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await send({ mentorshipId: mentorship.id, text: text.trim() });
    if (!result.error) {
      setText("");
      onChanged();
    }
  };
  return (
    <section aria-labelledby="messages">
      <Stack gap="sm">
        <Title order={2} id="messages">Messages</Title>
        {messages.length === 0 && <Text c="dimmed">No messages yet.</Text>}
        <Stack component="ol" gap="xs" className="plain-list" aria-label="Message thread">
          {messages.map((message) => {
            const mine = message.sender.id === viewerId;
            return (
              <Card component="li" key={message.id} withBorder padding="xs"
                className={mine ? "message-mine" : "message-theirs"}>
                <Text size="xs" c="dimmed">{mine ? "You" : "They"}, {dateTime(message.sentAt)}</Text>
                <Text size="sm" className="quoted">{message.text}</Text>
              </Card>
            );
          })}
        </Stack>
        {open && (
          <form onSubmit={submit} aria-label="Write a message">
            <Stack gap="xs">
              <Textarea label="Your message" maxLength={2000} autosize minRows={2} value={text}
                onChange={(event) => setText(event.currentTarget.value)} required />
              <ProblemAlert error={error} title="Message not sent" />
              <Button type="submit" loading={fetching}>Send message</Button>
            </Stack>
          </form>
        )}
      </Stack>
    </section>
  );
}
