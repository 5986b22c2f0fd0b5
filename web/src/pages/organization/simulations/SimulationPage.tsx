// /organization/simulations/:id: one run's progress (polled while it runs), figures, result.
import { Alert, Anchor, Badge, Button, Group, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { AdminOnly } from "../../../components/organization/AdminOnly";
import { Loading } from "../../../components/organization/Loading";
import { Problem } from "../../../components/organization/Problem";
import { when } from "../../../components/organization/when";
import { DeleteSimulationMutation, SimulationQuery } from "./operations";
import { SimulationFigures } from "./SimulationFigures";
import { SimulationResult } from "./SimulationResult";
import { inProgress, STATUS_COLOR, STATUS_LABEL } from "./status";

const POLL_MS = 1500;

function DeleteButton({ id }: { id: string }) {
  const [confirming, setConfirming] = useState(false);
  const [{ fetching, error }, remove] = useMutation(DeleteSimulationMutation);
  const navigate = useNavigate();
  async function confirm() {
    const result = await remove({ id }, { additionalTypenames: ["MatchSimulation"] });
    if (!result.error) navigate("/organization/simulations");
  }
  return (
    <Stack gap="xs">
      {confirming ? (
        <Group>
          <Button color="red" onClick={confirm} loading={fetching}>Delete for good</Button>
          <Button variant="default" onClick={() => setConfirming(false)}>Keep it</Button>
        </Group>
      ) : (
        <Button variant="light" color="red" onClick={() => setConfirming(true)}>Delete this simulation</Button>
      )}
      {error && <Problem error={error} title="Not deleted" />}
    </Stack>
  );
}

function Simulation({ id }: { id: string }) {
  const [unmatchedOnly, setUnmatchedOnly] = useState(false);
  const [{ data, fetching, error }, refresh] = useQuery({
    query: SimulationQuery, variables: { id, unmatched: unmatchedOnly ? true : null },
  });
  const run = data?.matchSimulation;
  const running = run ? inProgress(run.status) : false;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => refresh({ requestPolicy: "network-only" }), POLL_MS);
    return () => clearInterval(timer);
  }, [running, refresh]);

  if (error) return <Problem error={error} />;
  if (!run) return fetching ? <Loading what="the simulation" /> : null;
  return (
    <Stack gap="md">
      <Title order={1}>{run.name || "Untitled simulation"}</Title>
      <Group gap="sm" role="status" aria-live="polite">
        <Badge size="lg" color={STATUS_COLOR[run.status]} variant="dot" data-testid="simulation-status">{STATUS_LABEL[run.status]}</Badge>
        {running && <Loading what="progress" />}
      </Group>
      <Text size="sm" c="dimmed">
        {run.generated
          ? `Generated: ${run.generated.applicants.toLocaleString()} applicants, ${run.generated.couples} couples, seed ${run.generated.seed}.`
          : "Uploaded instance."}
        {` Queued ${when(run.createdAt)}; finished ${when(run.finishedAt)}.`}
        {run.expiresAt && ` Deleted automatically ${when(run.expiresAt)}.`}
      </Text>
      {run.error && <Alert role="alert" color="red" title="The run failed">{run.error}</Alert>}
      {run.stats && <SimulationFigures stats={run.stats} />}
      {run.matches && <SimulationResult run={run} unmatchedOnly={unmatchedOnly} onUnmatchedOnly={setUnmatchedOnly} />}
      {!running && <DeleteButton id={run.id} />}
    </Stack>
  );
}

export default function SimulationPage() {
  const { id = "" } = useParams();
  return (
    <AdminOnly>
      <Anchor component={Link} to="/organization/simulations" mb="sm" display="inline-block">← All simulations</Anchor>
      <Simulation id={id} />
    </AdminOnly>
  );
}
