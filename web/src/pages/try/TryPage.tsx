// The landing page: a plan for a short profile without an account; nothing is stored.
import { Alert, Loader, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { errorCode, friendlyMessage } from "../../errors";
import { percent } from "../../domain";
import { TryPlanQuery } from "./operations";
import { PlanView } from "../../components/plan/PlanView";
import { ProfileForm, STARTING_PROFILE } from "../../components/ProfileForm";
import { WhatIfControls, type Scenario } from "./WhatIfControls";

export default function TryPage() {
  const [scenario, setScenario] = useState<Scenario | null>(null);
  const [previous, setPrevious] = useState<number | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: TryPlanQuery,
    variables: scenario ?? { profile: STARTING_PROFILE, options: {} },
    pause: scenario === null,
    requestPolicy: "network-only",
  });
  const plan = data?.tryPlan;
  const change = (next: Scenario) => {
    setPrevious(plan?.pMatch ?? null);
    setScenario(next);
  };

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Your chance of a residency match</Title>
        <Text mt="xs">
          Tell us a little about yourself to see the application list that gives you the best chance of matching.
          No account needed, and nothing you enter is stored.
        </Text>
      </div>
      <div className="columns">
        <ProfileForm initial={STARTING_PROFILE} busy={fetching}
          onSubmit={(profile) => change({ profile, options: { applications: scenario?.options.applications ?? 30 } })} />
        <section aria-label="Your plan" aria-live="polite" aria-busy={fetching}>
          {scenario === null && <Text c="dimmed">Your plan appears here once you press “Show my plan”.</Text>}
          {fetching && <Loader aria-label="Computing your plan" />}
          {error && (
            <Alert color={errorCode(error) === "RATE_LIMITED" ? "yellow" : "red"} role="alert" title="No plan this time">
              {friendlyMessage(error)}
            </Alert>
          )}
          {plan && !fetching && scenario && (
            <Stack gap="md">
              <WhatIfControls scenario={scenario} busy={fetching} onChange={change} />
              {previous !== null && previous !== plan.pMatch && (
                <Text size="sm" data-testid="what-if-delta">
                  P(match) was {percent(previous)}, now {percent(plan.pMatch)}.
                </Text>
              )}
              <PlanView plan={plan} />
            </Stack>
          )}
        </section>
      </div>
    </Stack>
  );
}
