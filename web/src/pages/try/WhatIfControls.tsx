// What-ifs on the try-it page: each changes the profile or the list size and plans again.
import { Button, Group, Text } from "@mantine/core";
import type { PlanInput, ProfileInput } from "../../gql/graphql";

export interface Scenario {
  profile: ProfileInput;
  options: PlanInput;
}

const WHAT_IFS: { label: string; apply: (s: Scenario) => Scenario }[] = [
  {
    label: "Step 2 CK +10",
    apply: (s) => ({ ...s, profile: { ...s.profile, step2Score: Math.min(300, (s.profile.step2Score ?? 230) + 10) } }),
  },
  {
    label: "3 more months of USCE",
    apply: (s) => ({ ...s, profile: { ...s.profile, usceMonths: (s.profile.usceMonths ?? 0) + 3 } }),
  },
  {
    label: "10 more applications",
    apply: (s) => ({ ...s, options: { ...s.options, applications: (s.options.applications ?? 30) + 10 } }),
  },
];

export function WhatIfControls({ scenario, busy, onChange }: {
  scenario: Scenario;
  busy: boolean;
  onChange: (next: Scenario) => void;
}) {
  return (
    <section aria-labelledby="what-if-title">
      <Text id="what-if-title" fw={600} mb={4}>What if…</Text>
      <Group gap="xs">
        {WHAT_IFS.map(({ label, apply }) => (
          <Button key={label} variant="light" size="sm" disabled={busy} onClick={() => onChange(apply(scenario))}>
            {label}
          </Button>
        ))}
      </Group>
    </section>
  );
}
