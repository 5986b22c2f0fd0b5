// /organization/webhooks/:id: one endpoint, what to do with it, and its messages with their
// attempt logs (polled while messages it queued are on their way).
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { AdminOnly } from "../../../components/organization/AdminOnly";
import { Loading } from "../../../components/organization/Loading";
import { Problem } from "../../../components/organization/Problem";
import { when } from "../../../components/organization/when";
import { EditEndpointForm } from "./EditEndpointForm";
import { EndpointActions } from "./EndpointActions";
import { MessageList } from "./MessageList";
import { WebhookEndpointMessagesQuery } from "./operations";

const POLL_MS = 1000;

function Endpoint({ id }: { id: string }) {
  const [{ data, fetching, error }, refresh] = useQuery({ query: WebhookEndpointMessagesQuery, requestPolicy: "cache-and-network" });
  const [awaiting, setAwaiting] = useState<string[]>([]);
  const [editing, setEditing] = useState(false);
  const endpoint = data?.me.webhookEndpoints.find((found) => found.id === id);
  const messages = endpoint?.messages.edges.map((edge) => edge.node) ?? [];
  const settled = awaiting.every((messageId) => messages.some((m) => m.id === messageId && m.status !== "pending"));

  useEffect(() => {
    if (settled) return;
    const timer = setInterval(() => refresh({ requestPolicy: "network-only" }), POLL_MS);
    return () => clearInterval(timer);
  }, [settled, refresh]);

  if (error) return <Problem error={error} />;
  if (!data) return fetching ? <Loading what="the endpoint" /> : null;
  if (!endpoint) return <Alert role="alert" color="blue" title="Not found">No endpoint of yours has this address.</Alert>;
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
      <MessageList endpoint={endpoint} onQueued={(ids) => setAwaiting(ids)} />
    </Stack>
  );
}

export default function EndpointPage() {
  const { id = "" } = useParams();
  return (
    <AdminOnly>
      <Anchor component={Link} to="/organization/webhooks" mb="sm" display="inline-block">← All endpoints</Anchor>
      <Endpoint id={id} />
    </AdminOnly>
  );
}
