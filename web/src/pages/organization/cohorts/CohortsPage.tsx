// /organization/cohorts: run a mentor cohort over the members, and the runs so far.
import { Anchor, Badge, Card, Table, Title } from "@mantine/core";
import { Link } from "react-router";
import { AdminOnly } from "../../../components/organization/AdminOnly";
import { PagedTable } from "../../../components/organization/PagedTable";
import { when } from "../../../components/organization/when";
import type { OrganizationCohortsQuery } from "../../../gql/graphql";
import { CohortListQuery } from "./operations";
import { RunCohortForm } from "./RunCohortForm";

// An empty list names no type, so a mutation adding the first MentorCohortRun would not refresh it.
const SOURCE = {
  query: CohortListQuery,
  connection: (data: OrganizationCohortsQuery) => data.me.mentorCohortRuns,
  context: { additionalTypenames: ["MentorCohortRun"] },
};

function CohortList() {
  return (
    <PagedTable source={SOURCE} what="cohorts" label="Cohorts" empty="No cohorts yet." columns={["Name", "State", "Pairs", "Run"]}
      minWidth={420} rowKey={(run) => run.id} row={(run) => (
        <>
          <Table.Td><Anchor component={Link} to={`/organization/cohorts/${run.id}`}>{run.name}</Anchor></Table.Td>
          <Table.Td><Badge variant="dot" color={run.status === "DRAFT" ? "yellow" : "green"}>{run.status === "DRAFT" ? "Draft" : "Published"}</Badge></Table.Td>
          <Table.Td>{run.pairs.length}</Table.Td>
          <Table.Td>{when(run.createdAt)}</Table.Td>
        </>
      )} />
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
