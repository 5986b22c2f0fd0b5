// /organization/webhooks/:id: one endpoint (me.webhookEndpoint(id), not every endpoint), what
// to do with it, and its messages with their attempt logs, a page at a time by cursor ("Load
// more"); every page shown is polled while messages it queued are on their way.
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useCallback, useEffect, useState } from "react";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { AdminOnly } from "../../../components/organization/AdminOnly";
import { Loading } from "../../../components/organization/Loading";
import { Problem } from "../../../components/organization/Problem";
import { when } from "../../../components/organization/when";
import { errorCode } from "../../../errors";
import { EditEndpointForm } from "./EditEndpointForm";
import { EndpointActions } from "./EndpointActions";
import { LaterMessages } from "./LaterMessages";
import { MessageList, type Message, type MessagePage } from "./MessageList";
import { WebhookEndpointQuery } from "./operations";

const POLL_MS = 1000;

/** Each message once: a message newer ones pushed onto the next page is already shown. */
function once(messages: Message[]): Message[] {
  const seen = new Set<string>();
  return messages.filter((message) => {
    if (seen.has(message.id)) return false;
    seen.add(message.id);
    return true;
  });
}

function Endpoint({ id }: { id: string }) {
  const [{ data, fetching, error }, refresh] = useQuery({ query: WebhookEndpointQuery, variables: { id, after: null }, requestPolicy: "cache-and-network" });
  const [awaiting, setAwaiting] = useState<string[]>([]);
  const [editing, setEditing] = useState(false);
  const [later, setLater] = useState<string[]>([]);
  const [pages, setPages] = useState<Record<string, MessagePage>>({});
  const [poll, setPoll] = useState(0);
  const onPage = useCallback((after: string, page: MessagePage) => setPages((known) => (
    known[after] === page ? known : { ...known, [after]: page })), []);
  const endpoint = data?.me.webhookEndpoint;
  const loaded = [endpoint?.messages, ...later.map((after) => pages[after])];
  const messages = once(loaded.flatMap((page) => page?.edges.map((edge) => edge.node) ?? []));
  const last = loaded[loaded.length - 1]?.pageInfo;
  const next = last?.hasNextPage ? last.endCursor : null;
  const settled = awaiting.every((messageId) => messages.some((m) => m.id === messageId && m.status !== "pending"));

  useEffect(() => {
    if (settled) return;
    const timer = setInterval(() => {
      refresh({ requestPolicy: "network-only" });
      setPoll((count) => count + 1);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [settled, refresh]);

  if (errorCode(error) === "NOT_FOUND") return <Alert role="alert" color="blue" title="Not found">No endpoint of yours has this address.</Alert>;
  if (error) return <Problem error={error} />;
  if (!endpoint) return fetching ? <Loading what="the endpoint" /> : null;
  return (
    <Stack gap="md">
      <Title order={1} className="break">{endpoint.url}</Title>
      <Group gap="sm">
        <Badge size="lg" variant="dot" color={endpoint.enabled ? "green" : "gray"}>{endpoint.enabled ? "Enabled" : "Disabled"}</Badge>
        <Text size="sm" c="dimmed">{`Registered ${when(endpoint.createdAt)}.`}</Text>
      </Group>
      {endpoint.disabledReason && <Alert color="red" title="Switched off by delivery">{endpoint.disabledReason}</Alert>}
      {editing ? (
        <Card withBorder component="section" aria-label="Edit the endpoint">
          <EditEndpointForm endpoint={endpoint} onDone={() => setEditing(false)} />
        </Card>
      ) : (
        <>
          {endpoint.description && <Text data-testid="endpoint-description">{endpoint.description}</Text>}
          <Text size="sm" data-testid="endpoint-events">{`Events: ${endpoint.eventTypes.join(", ")}`}</Text>
          <div><Button variant="default" onClick={() => setEditing(true)}>Edit the endpoint</Button></div>
        </>
      )}
      <Card withBorder component="section" aria-label="Endpoint actions">
        <EndpointActions id={endpoint.id} enabled={endpoint.enabled} onQueued={(ids) => setAwaiting(ids)} />
      </Card>
      <Group gap="sm" role="status" aria-live="polite">
        <Title order={2} size="h3">Messages</Title>
        {!settled && <Loading what="deliveries" />}
      </Group>
      <MessageList messages={messages} totalCount={endpoint.messages.totalCount} onQueued={(ids) => setAwaiting(ids)} more={(
        <>
          {later.map((after) => <LaterMessages key={after} id={id} after={after} poll={poll} onPage={onPage} />)}
          {next && <Group><Button variant="default" onClick={() => setLater([...later, next])}>Load more messages</Button></Group>}
        </>
      )} />
    </Stack>
  );
}

export default function EndpointPage() {
  const { id = "" } = useParams();
  return (
    <AdminOnly>
      <Anchor component={Link} to="/organization/webhooks" mb="sm" display="inline-block">← All endpoints</Anchor>
      <Endpoint key={id} id={id} />
    </AdminOnly>
  );
}
