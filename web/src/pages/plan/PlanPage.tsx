// /plan: the applicant's own plan from their saved profile, for the options they choose, its
// what-ifs, and their outcome reports.
import { Alert, Anchor, List, Loader, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { PlanView } from "../../components/plan/PlanView";
import { RequireAccount } from "../../components/RequireAccount";
import { percent } from "../../domain";
import { errorCode, fieldErrors, friendlyMessage } from "../../errors";
import type { PlanInput } from "../../gql/graphql";
import { OutcomeForm } from "./OutcomeForm";
import { MyPlanQuery } from "./operations";
import { DEFAULT_APPLICATIONS, PlanOptionsForm } from "./PlanOptionsForm";
import { WhatIfs } from "./WhatIfs";

function Plan() {
  const [options, setOptions] = useState<PlanInput>({});
  const [previous, setPrevious] = useState<number | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: MyPlanQuery, variables: { options } });
  const me = fetching ? undefined : data?.me;
  const change = (next: PlanInput) => {
    setPrevious(me?.plan.pMatch ?? null);
    setOptions(next);
  };
  const refused = errorCode(error) === "BAD_USER_INPUT";
  // A new key gives the form the options of a "10 more applications" click.
  const form = <PlanOptionsForm key={JSON.stringify(options)} options={options} busy={fetching}
    errors={fieldErrors(error)} onSubmit={change} />;
  if (fetching && !data) return <Loader aria-label="Computing your plan" />;
  if (error && !refused) return <Alert color="red" role="alert" title="Your plan could not be loaded">{friendlyMessage(error)}</Alert>;
  if (refused) return <Stack gap="md">{form}<Alert color="red" role="alert" title="No plan for these options">Please fix the marked fields.</Alert></Stack>;
  if (!me && !fetching) return null;
  if (me && !me.profile) {
    return <Text>Fill in <Anchor component={Link} to="/profile" underline="always">your profile</Anchor> first: your plan comes from it.</Text>;
  }
  const moreApplications = () =>
    change({ ...options, applications: (options.applications ?? me?.plan.applications.length ?? DEFAULT_APPLICATIONS) + 10 });
  return (
    <Stack gap="xl">
      <section aria-labelledby="options-title">
        <Title order={2} size="h3" id="options-title" mb="xs">Your options</Title>
        {form}
      </section>
      <WhatIfs options={options} busy={fetching} onMoreApplications={moreApplications} />
      <section aria-label="Your plan" aria-live="polite" aria-busy={fetching}>
        {!me ? <Loader aria-label="Computing your plan" /> : (
          <Stack gap="md">
            {previous !== null && previous !== me.plan.pMatch && (
              <Text size="sm" data-testid="what-if-delta">P(match) was {percent(previous)}, now {percent(me.plan.pMatch)}.</Text>
            )}
            <PlanView plan={me.plan} />
          </Stack>
        )}
      </section>
      {me && me.outcomeReports.length > 0 && (
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
      {me && me.plan.applications.length > 0 && <OutcomeForm programs={me.plan.applications} />}
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
