// /organization/webhooks: the organization's endpoints, and registering another.
import { Anchor, Badge, Card, Table, Title } from "@mantine/core";
import { Link } from "react-router";
import { useQuery } from "urql";
import { AdminOnly } from "../../../components/organization/AdminOnly";
import { ListTable } from "../../../components/organization/ListTable";
import { CreateEndpointForm } from "./CreateEndpointForm";
import { WebhookEndpointsQuery } from "./operations";

// An empty list names no type, so a mutation adding the first WebhookEndpoint would not refresh it.
const LIST_CONTEXT = { additionalTypenames: ["WebhookEndpoint"] };

function EndpointList() {
  const [result] = useQuery({ query: WebhookEndpointsQuery, context: LIST_CONTEXT, requestPolicy: "cache-and-network" });
  return (
    <ListTable result={result} items={result.data?.me.webhookEndpoints} what="endpoints" label="Endpoints"
      empty="No endpoints yet." columns={["URL", "Events", "State"]} minWidth={480} rowKey={(endpoint) => endpoint.id}
      row={(endpoint) => (
        <>
          <Table.Td><Anchor component={Link} to={`/organization/webhooks/${endpoint.id}`}>{endpoint.url}</Anchor></Table.Td>
          <Table.Td>{endpoint.eventTypes.length}</Table.Td>
          <Table.Td><Badge variant="dot" color={endpoint.enabled ? "green" : "gray"}>{endpoint.enabled ? "Enabled" : "Disabled"}</Badge></Table.Td>
        </>
      )} />
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
