// /organization/cohorts: run a mentor cohort over the members, and the runs so far.
import { Anchor, Badge, Card, Table, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { useQuery } from "urql";
import { AdminOnly } from "../../../components/organization/AdminOnly";
import { Loading } from "../../../components/organization/Loading";
import { Problem } from "../../../components/organization/Problem";
import { when } from "../../../components/organization/when";
import { CohortListQuery } from "./operations";
import { RunCohortForm } from "./RunCohortForm";

// An empty list names no type, so a mutation adding the first MentorCohortRun would not refresh it.
const LIST_CONTEXT = { additionalTypenames: ["MentorCohortRun"] };

function CohortList() {
  const [{ data, fetching, error }] = useQuery({ query: CohortListQuery, context: LIST_CONTEXT, requestPolicy: "cache-and-network" });
  if (error) return <Problem error={error} />;
  if (!data) return fetching ? <Loading what="cohorts" /> : null;
  const runs = data.me.mentorCohortRuns.edges.map((edge) => edge.node);
  if (runs.length === 0) return <Text c="dimmed">No cohorts yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table aria-label="Cohorts" striped>
        <Table.Thead><Table.Tr><Table.Th>Name</Table.Th><Table.Th>State</Table.Th><Table.Th>Pairs</Table.Th><Table.Th>Run</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {runs.map((run) => (
            <Table.Tr key={run.id}>
              <Table.Td><Anchor component={Link} to={`/organization/cohorts/${run.id}`}>{run.name}</Anchor></Table.Td>
              <Table.Td><Badge variant="dot" color={run.status === "DRAFT" ? "yellow" : "green"}>{run.status === "DRAFT" ? "Draft" : "Published"}</Badge></Table.Td>
              <Table.Td>{run.pairs.length}</Table.Td>
              <Table.Td>{when(run.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export default function CohortsPage() {
  return (
    <AdminOnly>
      <Title order={1} mb="md">Mentor cohorts</Title>
      <Card withBorder mb="lg" component="section" aria-labelledby="run-cohort">
        <Title order={2} size="h3" id="run-cohort" mb="sm">Run a cohort</Title>
        <RunCohortForm />
      </Card>
      <Title order={2} size="h3" mb="sm">Your cohorts</Title>
      <CohortList />
    </AdminOnly>
  );
}
