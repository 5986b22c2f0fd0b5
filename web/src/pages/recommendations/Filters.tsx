// The recommendation list's filters: eligible or excluded programs, tier, state, specialty.
import { Select, SegmentedControl, Stack, Text } from "@mantine/core";
import { STATES } from "../../domain";

export interface Filter {
  eligible: boolean | null;
  tier: string | null;
  state: string | null;
  specialty: string | null;
}

const ELIGIBILITY = [
  { value: "eligible", label: "Eligible" },
  { value: "excluded", label: "Excluded" },
  { value: "all", label: "All" },
];

export function Filters({ filter, specialties, onChange }: {
  filter: Filter;
  specialties: string[];
  onChange: (next: Filter) => void;
}) {
  const eligibility = filter.eligible === null ? "all" : filter.eligible ? "eligible" : "excluded";
  return (
    <Stack gap="sm" component="section" aria-label="Filters">
      <div>
        <Text id="eligibility-label" size="sm" fw={500} mb={4}>Programs</Text>
        <SegmentedControl aria-labelledby="eligibility-label" data={ELIGIBILITY} value={eligibility} fullWidth
          onChange={(value) => onChange({ ...filter, eligible: value === "all" ? null : value === "eligible" })} />
      </div>
      <Select label="Tier" placeholder="Any tier" clearable value={filter.tier}
        data={[{ value: "safety", label: "Safety" }, { value: "target", label: "Target" }, { value: "reach", label: "Reach" }]}
        onChange={(tier) => onChange({ ...filter, tier })} />
      <Select label="State" placeholder="Any state" clearable searchable data={STATES} value={filter.state}
        onChange={(state) => onChange({ ...filter, state })} />
      <Select label="Specialty" placeholder="Any of mine" clearable data={specialties} value={filter.specialty}
        onChange={(specialty) => onChange({ ...filter, specialty })} />
    </Stack>
  );
}
