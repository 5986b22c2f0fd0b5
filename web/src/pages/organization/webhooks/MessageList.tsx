// An endpoint's messages, newest first, each with its attempt log, a replay and its ledger; the
// pages loaded so far, then "Load more" while the endpoint has older ones.
import { Anchor, Badge, Button, Card, Code, Group, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { useMutation } from "urql";
import type { OrganizationWebhookEndpointQuery } from "../../../gql/graphql";
import { Problem } from "../../../components/organization/Problem";
import { when } from "../../../components/organization/when";
import { AttemptLog } from "./AttemptLog";
import { ReplayMutation } from "./operations";

export type MessagePage = OrganizationWebhookEndpointQuery["me"]["webhookEndpoint"]["messages"];
export type Message = MessagePage["edges"][number]["node"];

// The platform never raised a test message's event: it has no delivery ledger.
const TEST_EVENT_TYPE = "org.smartpick.webhook.test.v1";
const STATUS_COLOR: Record<string, string> = { pending: "blue", delivered: "green", failed: "red" };

function MessageCard({ message, onQueued }: { message: Message; onQueued: (ids: string[]) => void }) {
  const [replayed, replay] = useMutation(ReplayMutation);
  async function again() {
    const result = await replay({ id: message.id });
    const queued = result.data?.replayWebhookMessage.messageIds;
    if (queued) onQueued(queued);
  }
  return (
    <Card withBorder component="article" aria-label={`Message ${message.id}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Text fw={700}>{message.eventType}</Text>
          <Badge variant="dot" color={STATUS_COLOR[message.status] ?? "gray"}>{message.status}</Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {`Message ${message.id}, created ${when(message.createdAt)}; attempts: ${message.attemptCount}`}
          {message.deliveredAt ? `; delivered ${when(message.deliveredAt)}` : ""}.
        </Text>
        {message.lastError && <Text size="sm" c="red.9">{`Last error: ${message.lastError}`}</Text>}
        <details className="schema">
          <summary><Text span size="sm">Payload</Text></summary>
          <Code block>{message.payload}</Code>
        </details>
        <AttemptLog attempts={message.attempts} label={`Attempts of ${message.id}`} />
        <Group gap="sm">
          <Button size="xs" variant="light" onClick={again} loading={replayed.fetching}>Replay</Button>
          {message.eventType !== TEST_EVENT_TYPE && (
            <Anchor component={Link} size="sm" to={`/organization/ledger/${encodeURIComponent(message.eventId)}`}>Delivery ledger of its event</Anchor>
          )}
        </Group>
        {replayed.error && <Problem error={replayed.error} title="Not replayed" />}
      </Stack>
    </Card>
  );
}

export function MessageList({ messages, totalCount, onQueued, more }: {
  messages: Message[];
  totalCount: number;
  onQueued: (ids: string[]) => void;
  /** The next page's loading state or its "Load more" button. */
  more: ReactNode;
}) {
  if (messages.length === 0) return <Text c="dimmed">No messages yet: send a test event.</Text>;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">{`Messages: ${totalCount}; the latest ${messages.length} shown.`}</Text>
      {messages.map((message) => <MessageCard key={message.id} message={message} onQueued={onQueued} />)}
      {more}
    </Stack>
  );
}
