// What the plan optimizes for: a number of applications, a budget, a cap per state and states
// to leave out. Values are the gateway's to judge: its refusals come back by field.
import { Button, Group, MultiSelect, NumberInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { STATES } from "../../domain";
import type { PlanInput } from "../../gql/graphql";

/** The matching service's list size when neither a size nor a budget is given. */
export const DEFAULT_APPLICATIONS = 60;

type Count = number | string;

const asCount = (value: Count): number | null => (typeof value === "number" ? value : null);

export function PlanOptionsForm({ options, busy, errors, onSubmit }: {
  options: PlanInput;
  busy: boolean;
  errors: Record<string, string>;
  onSubmit: (options: PlanInput) => void;
}) {
  const [applications, setApplications] = useState<Count>(options.applications ?? "");
  const [budget, setBudget] = useState<Count>(options.budgetUsd ?? "");
  const [perState, setPerState] = useState<Count>(options.maxPerState ?? "");
  const [avoid, setAvoid] = useState<string[]>(options.avoidStates ?? []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ applications: asCount(applications), budgetUsd: asCount(budget), maxPerState: asCount(perState), avoidStates: avoid });
  };
  return (
    <form onSubmit={submit} aria-label="Plan options">
      <Group align="start" wrap="wrap" gap="sm">
        <NumberInput label="Applications" placeholder={String(DEFAULT_APPLICATIONS)} allowDecimal={false} w={150}
          value={applications} onChange={setApplications} error={errors.applications} />
        <NumberInput label="Budget (USD)" description="ERAS fees at most" allowDecimal={false} w={170}
          value={budget} onChange={setBudget} error={errors.budgetUsd} />
        <NumberInput label="At most per state" allowDecimal={false} w={150}
          value={perState} onChange={setPerState} error={errors.maxPerState} />
        <MultiSelect label="Leave out states" data={STATES} searchable clearable w={240}
          value={avoid} onChange={setAvoid} error={errors.avoidStates} />
      </Group>
      <Button type="submit" mt="sm" loading={busy}>Update my plan</Button>
    </form>
  );
}
