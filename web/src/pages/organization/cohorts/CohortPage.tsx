// /organization/cohorts/:id: a run's pairs, who is left out and why, and publishing the draft.
import { Alert, Anchor, Badge, Button, Group, List, Stack, Text, Title } from "@mantine/core";
import { Link, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { AdminOnly } from "../../../components/organization/AdminOnly";
import { Loading } from "../../../components/organization/Loading";
import { Problem } from "../../../components/organization/Problem";
import { problemMessage } from "../../../components/organization/problem";
import { when } from "../../../components/organization/when";
import { CohortPairs } from "./CohortPairs";
import { CohortQuery, PublishCohortMutation } from "./operations";

function Cohort({ id }: { id: string }) {
  const [{ data, fetching, error }] = useQuery({ query: CohortQuery, variables: { id } });
  const [published, publish] = useMutation(PublishCohortMutation);
  if (error) return <Problem error={error} />;
  const run = data?.mentorCohortRun;
  if (!run) return fetching ? <Loading what="the cohort" /> : null;
  const draft = run.status === "DRAFT";
  return (
    <Stack gap="md">
      <Title order={1}>{run.name}</Title>
      <Group gap="sm">
        <Badge size="lg" variant="dot" color={draft ? "yellow" : "green"}>{draft ? "Draft" : "Published"}</Badge>
        <Text size="sm" c="dimmed">{`Run ${when(run.createdAt)}${run.publishedAt ? `, published ${when(run.publishedAt)}` : ""}.`}</Text>
      </Group>
      <Text size="sm">
        {`Total compatibility ${run.totals.optimal.toFixed(0)}, against ${run.totals.greedy.toFixed(0)} greedily and ${run.totals.firstComeFirstServed.toFixed(0)} first come, first served.`}
      </Text>
      {draft && (
        <Stack gap="xs">
          <Text size="sm">Nobody is asked before you publish; publishing sends each pair's mentor a request.</Text>
          <Group><Button onClick={() => publish({ id: run.id })} loading={published.fetching}>Publish the cohort</Button></Group>
          {published.error && <Alert role="alert" color="red" title="Not published">{problemMessage(published.error)}</Alert>}
        </Stack>
      )}
      <Title order={2} size="h3">Pairs ({run.pairs.length})</Title>
      <CohortPairs pairs={run.pairs} />
      {run.unmatched.length > 0 && (
        <>
          <Title order={2} size="h3">Not paired</Title>
          <List>{run.unmatched.map((left) => <List.Item key={left.menteeId}>{`${left.menteeId}: ${left.reason}`}</List.Item>)}</List>
        </>
      )}
      {run.skipped.length > 0 && (
        <>
          <Title order={2} size="h3">Skipped</Title>
          <List>{run.skipped.map((skip) => <List.Item key={skip.id}>{`${skip.side === "MENTOR" ? "Mentor" : "Mentee"} ${skip.id}: ${skip.reason}`}</List.Item>)}</List>
        </>
      )}
      {run.report && (
        <Text size="sm">
          {`So far: ${run.report.requested} requested, ${run.report.accepted} accepted, ${run.report.declined} declined, ${run.report.notSent} not sent; ${run.report.checkIns} check-ins, ${run.report.goalsCompleted} of ${run.report.goals} goals done.`}
        </Text>
      )}
    </Stack>
  );
}

export default function CohortPage() {
  const { id = "" } = useParams();
  return (
    <AdminOnly>
      <Anchor component={Link} to="/organization/cohorts" mb="sm" display="inline-block">← All cohorts</Anchor>
      <Cohort id={id} />
    </AdminOnly>
  );
}
