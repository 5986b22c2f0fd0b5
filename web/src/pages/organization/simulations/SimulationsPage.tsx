// /organization/simulations: start a match simulation, and the organization's runs.
import { Anchor, Badge, Card, Table, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { useQuery } from "urql";
import { AdminOnly } from "../../../components/organization/AdminOnly";
import { Loading } from "../../../components/organization/Loading";
import { Problem } from "../../../components/organization/Problem";
import { when } from "../../../components/organization/when";
import { SimulationListQuery } from "./operations";
import { StartSimulationForm } from "./StartSimulationForm";
import { STATUS_COLOR, STATUS_LABEL } from "./status";

// An empty list names no type, so a mutation adding the first MatchSimulation would not refresh it.
const LIST_CONTEXT = { additionalTypenames: ["MatchSimulation"] };

function SimulationList() {
  const [{ data, fetching, error }] = useQuery({ query: SimulationListQuery, context: LIST_CONTEXT, requestPolicy: "cache-and-network" });
  if (error) return <Problem error={error} />;
  if (!data) return fetching ? <Loading what="simulations" /> : null;
  const runs = data.me.matchSimulations.edges.map((edge) => edge.node);
  if (runs.length === 0) return <Text c="dimmed">No simulations yet: start one above.</Text>;
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table aria-label="Simulations" striped>
        <Table.Thead>
          <Table.Tr><Table.Th>Name</Table.Th><Table.Th>Status</Table.Th><Table.Th>Instance</Table.Th><Table.Th>Started</Table.Th></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.map((run) => (
            <Table.Tr key={run.id}>
              <Table.Td><Anchor component={Link} to={`/organization/simulations/${run.id}`}>{run.name || "Untitled"}</Anchor></Table.Td>
              <Table.Td><Badge color={STATUS_COLOR[run.status]} variant="dot">{STATUS_LABEL[run.status]}</Badge></Table.Td>
              <Table.Td>{run.source}</Table.Td>
              <Table.Td>{when(run.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export default function SimulationsPage() {
  return (
    <AdminOnly>
      <Title order={1} mb="md">Match simulations</Title>
      <Card withBorder mb="lg" component="section" aria-labelledby="start-simulation">
        <Title order={2} size="h3" id="start-simulation" mb="sm">Start a simulation</Title>
        <StartSimulationForm />
      </Card>
      <Title order={2} size="h3" mb="sm">Your simulations</Title>
      <SimulationList />
    </AdminOnly>
  );
}
