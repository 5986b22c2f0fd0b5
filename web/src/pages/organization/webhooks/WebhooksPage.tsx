// /organization/webhooks: the organization's endpoints, and registering another.
import { Anchor, Badge, Card, Table, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { useQuery } from "urql";
import { AdminOnly } from "../../../components/organization/AdminOnly";
import { Loading } from "../../../components/organization/Loading";
import { Problem } from "../../../components/organization/Problem";
import { CreateEndpointForm } from "./CreateEndpointForm";
import { WebhookEndpointsQuery } from "./operations";

// An empty list names no type, so a mutation adding the first WebhookEndpoint would not refresh it.
const LIST_CONTEXT = { additionalTypenames: ["WebhookEndpoint"] };

function EndpointList() {
  const [{ data, fetching, error }] = useQuery({ query: WebhookEndpointsQuery, context: LIST_CONTEXT, requestPolicy: "cache-and-network" });
  if (error) return <Problem error={error} />;
  if (!data) return fetching ? <Loading what="endpoints" /> : null;
  const endpoints = data.me.webhookEndpoints;
  if (endpoints.length === 0) return <Text c="dimmed">No endpoints yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table aria-label="Endpoints" striped>
        <Table.Thead><Table.Tr><Table.Th>URL</Table.Th><Table.Th>Events</Table.Th><Table.Th>State</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {endpoints.map((endpoint) => (
            <Table.Tr key={endpoint.id}>
              <Table.Td><Anchor component={Link} to={`/organization/webhooks/${endpoint.id}`}>{endpoint.url}</Anchor></Table.Td>
              <Table.Td>{endpoint.eventTypes.length}</Table.Td>
              <Table.Td><Badge variant="dot" color={endpoint.enabled ? "green" : "gray"}>{endpoint.enabled ? "Enabled" : "Disabled"}</Badge></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export default function WebhooksPage() {
  return (
    <AdminOnly>
      <Title order={1} mb="md">Webhooks</Title>
      <Card withBorder mb="lg" component="section" aria-labelledby="new-endpoint">
        <Title order={2} size="h3" id="new-endpoint" mb="sm">Register an endpoint</Title>
        <CreateEndpointForm />
      </Card>
      <Title order={2} size="h3" mb="sm">Your endpoints</Title>
      <EndpointList />
    </AdminOnly>
  );
}
