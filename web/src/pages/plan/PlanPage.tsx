// /plan: the applicant's own plan from their saved profile, and their outcome reports.
import { Alert, Anchor, List, Loader, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { useQuery } from "urql";
import { PlanView } from "../../components/plan/PlanView";
import { RequireAccount } from "../../components/RequireAccount";
import { friendlyMessage } from "../../errors";
import { OutcomeForm } from "./OutcomeForm";
import { MyPlanQuery } from "./operations";

function Plan() {
  const [{ data, fetching, error }] = useQuery({ query: MyPlanQuery });
  if (fetching && !data) return <Loader aria-label="Computing your plan" />;
  if (error) return <Alert color="red" role="alert" title="Your plan could not be loaded">{friendlyMessage(error)}</Alert>;
  if (!data) return null;
  const { me } = data;
  if (!me.profile) {
    return <Text>Fill in <Anchor component={Link} to="/profile" underline="always">your profile</Anchor> first: your plan comes from it.</Text>;
  }
  return (
    <Stack gap="xl">
      <PlanView plan={me.plan} />
      {me.outcomeReports.length > 0 && (
        <section aria-labelledby="reported-title">
          <Title order={2} size="h3" id="reported-title">Seasons you reported</Title>
          <List size="sm">
            {me.outcomeReports.map((r) => (
              <List.Item key={r.id}>
                {r.seasonYear}: {r.applications.filter((a) => a.invited).length} invitations of {r.applications.length},{" "}
                {r.matched === null ? "result not yet known" : r.matched ? "matched" : "did not match"} (revision {r.revision})
              </List.Item>
            ))}
          </List>
        </section>
      )}
      {me.plan.applications.length > 0 && <OutcomeForm programs={me.plan.applications} />}
    </Stack>
  );
}

export default function PlanPage() {
  return (
    <Stack gap="md">
      <Title order={1}>Your plan</Title>
      <RequireAccount><Plan /></RequireAccount>
    </Stack>
  );
}
