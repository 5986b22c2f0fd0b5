// An endpoint's messages, newest first, each with its attempt log, a replay and its ledger.
import { Anchor, Badge, Button, Card, Code, Group, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { useMutation } from "urql";
import type { OrganizationWebhookMessagesQuery } from "../../../gql/graphql";
import { Problem } from "../../../components/organization/Problem";
import { when } from "../../../components/organization/when";
import { AttemptLog } from "./AttemptLog";
import { ReplayMutation } from "./operations";

type Endpoint = OrganizationWebhookMessagesQuery["me"]["webhookEndpoints"][number];
type Message = Endpoint["messages"]["edges"][number]["node"];

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

export function MessageList({ endpoint, onQueued }: { endpoint: Endpoint; onQueued: (ids: string[]) => void }) {
  const messages = endpoint.messages.edges.map((edge) => edge.node);
  if (messages.length === 0) return <Text c="dimmed">No messages yet: send a test event.</Text>;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">{`Messages: ${endpoint.messages.totalCount}; the latest ${messages.length} shown.`}</Text>
      {messages.map((message) => <MessageCard key={message.id} message={message} onQueued={onQueued} />)}
    </Stack>
  );
}
