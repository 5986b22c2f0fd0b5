// /organization/simulations: start a match simulation, and the organization's runs.
import { Anchor, Badge, Card, Table, Title } from "@mantine/core";
import { Link } from "react-router";
import { AdminOnly } from "../../../components/organization/AdminOnly";
import { PagedTable } from "../../../components/organization/PagedTable";
import { when } from "../../../components/organization/when";
import type { OrganizationSimulationsQuery } from "../../../gql/graphql";
import { SimulationListQuery } from "./operations";
import { StartSimulationForm } from "./StartSimulationForm";
import { STATUS_COLOR, STATUS_LABEL } from "./status";

// An empty list names no type, so a mutation adding the first MatchSimulation would not refresh it.
const SOURCE = {
  query: SimulationListQuery,
  connection: (data: OrganizationSimulationsQuery) => data.me.matchSimulations,
  context: { additionalTypenames: ["MatchSimulation"] },
};

function SimulationList() {
  return (
    <PagedTable source={SOURCE} what="simulations" label="Simulations" empty="No simulations yet: start one above."
      columns={["Name", "Status", "Instance", "Started"]} minWidth={480} rowKey={(run) => run.id} row={(run) => (
        <>
          <Table.Td><Anchor component={Link} to={`/organization/simulations/${run.id}`}>{run.name || "Untitled"}</Anchor></Table.Td>
          <Table.Td><Badge color={STATUS_COLOR[run.status]} variant="dot">{STATUS_LABEL[run.status]}</Badge></Table.Td>
          <Table.Td>{run.source}</Table.Td>
          <Table.Td>{when(run.createdAt)}</Table.Td>
        </>
      )} />
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
