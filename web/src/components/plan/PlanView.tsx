// One plan: the headline figures, the diminishing-returns curve, and the optimized list.
import { Alert, Badge, Card, Group, List, Stack, Table, Text, Title } from "@mantine/core";
import { dollars, percent, percentRange } from "../../domain";
import type { PlanFieldsFragment } from "../../gql/graphql";
import { CurveChart } from "./CurveChart";
import { ModelButton } from "../ModelButton";


function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm" c="dimmed">{label}</Text>
      <Text size="xl" fw={700} data-figure={label}>{value}</Text>
      {detail && <Text size="xs" c="dimmed">{detail}</Text>}
    </Card>
  );
}

export function PlanView({ plan }: { plan: PlanFieldsFragment }) {
  if (plan.applications.length === 0) {
    return <Alert title="No program fits this profile">Try other specialties, or a visa the programs sponsor.</Alert>;
  }
  const range = (r: { low: number; high: number }) => `likely ${percentRange(r)}`;
  return (
    <Stack gap="md">
      <div className="figures">
        <Figure label="P(match)" value={percent(plan.pMatch)} detail={range(plan.pMatchRange)} />
        <Figure label="Expected interviews" value={plan.expectedInterviews.toFixed(1)}
          detail={`likely ${plan.expectedInterviewsRange.low.toFixed(1)}–${plan.expectedInterviewsRange.high.toFixed(1)}`} />
        <Figure label="Applications" value={String(plan.applications.length)} />
        <Figure label="ERAS fees" value={dollars(plan.costUsd)} />
      </div>
      {plan.specialties.map((chance) => (
        <Text size="sm" key={chance.specialty} data-per-rank={chance.specialty}>
          Each program you rank in {chance.specialty} matches you with a chance
          of {percent(chance.perRankMatch)} ({range(chance.perRankMatchRange)}).
        </Text>
      ))}
      <Group gap="xs">
        <Text size="sm">Without preference signals: {percent(plan.pMatchWithoutSignals)}.</Text>
        <ModelButton />
      </Group>
      {plan.warnings.length > 0 && (
        <Alert color="yellow" title="Worth knowing"><List size="sm">{plan.warnings.map((w) => <List.Item key={w}>{w}</List.Item>)}</List></Alert>
      )}
      <Title order={2} size="h3">More applications, less gain</Title>
      <CurveChart curve={plan.curve} current={plan.applications.length} />
      <Title order={2} size="h3">Your list</Title>
      <Text size="sm">Ordered by how much each program adds to your chance of matching. Signal the programs marked “Signal”.</Text>
      <div className="table-scroll">
        <Table striped verticalSpacing="xs" className="plan-table" aria-label="Programs to apply to">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Program</Table.Th>
              <Table.Th scope="col">Interview chance</Table.Th>
              <Table.Th scope="col">Tier</Table.Th>
              <Table.Th scope="col">Why</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.applications.map((program) => (
              <Table.Tr key={program.programId}>
                <Table.Td>
                  <Text size="sm" fw={600}>{program.name}</Text>
                  <Text size="xs" c="dimmed">{program.specialty}{program.state ? ` · ${program.state}` : ""} · {dollars(program.costUsd)}</Text>
                  {program.signal && <Badge size="sm" color="grape" variant="light">Signal</Badge>}
                </Table.Td>
                <Table.Td>
                  <Text size="sm"><strong>{percent(program.pInterview)}</strong> chance of an interview</Text>
                  <Text size="xs" c="dimmed">{range(program.pInterviewRange)}</Text>
                  <Text size="xs" c="dimmed">adds {percent(program.addsPMatch)} to P(match)</Text>
                </Table.Td>
                <Table.Td><Badge variant="outline" size="sm">{program.tier}</Badge></Table.Td>
                <Table.Td>
                  <List size="xs">{program.reasons.slice(0, 3).map((r) => <List.Item key={r}>{r}</List.Item>)}</List>
                  <ModelButton />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </Stack>
  );
}
