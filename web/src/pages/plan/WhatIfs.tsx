// What-ifs for the signed-in applicant: the gateway's own scenarios on the saved profile (a
// higher Step 2 CK, more USCE, ...) compared with the plan as is, and, as on the try-it page,
// ten more applications (a change of the plan's options, so the plan itself is redone).
import { Alert, Button, Group, Loader, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { percent } from "../../domain";
import { friendlyMessage } from "../../errors";
import type { PlanInput } from "../../gql/graphql";
import { MyWhatIfQuery } from "./operations";

const signed = (value: number, shown: string) => (value > 0 ? `+${shown}` : shown);

function Outcomes({ options }: { options: PlanInput }) {
  const [{ data, fetching, error }] = useQuery({ query: MyWhatIfQuery, variables: { options } });
  if (fetching) return <Loader aria-label="Computing the what-ifs" />;
  if (error) return <Alert color="red" role="alert" title="No what-ifs this time">{friendlyMessage(error)}</Alert>;
  const outcomes = data?.me.whatIf.filter((outcome) => outcome.scenario !== "as is") ?? [];
  if (outcomes.length === 0) return <Text c="dimmed">No what-ifs for this profile.</Text>;
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table aria-label="What-ifs" striped>
        <Table.Thead>
          <Table.Tr><Table.Th>If</Table.Th><Table.Th>P(match)</Table.Th><Table.Th>Expected interviews</Table.Th><Table.Th>Eligible programs</Table.Th></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {outcomes.map((outcome) => (
            <Table.Tr key={outcome.scenario}>
              <Table.Th scope="row">{outcome.scenario}</Table.Th>
              <Table.Td>{`${percent(outcome.pMatch)} (${signed(outcome.deltaPMatch, `${(outcome.deltaPMatch * 100).toFixed(1)} pts`)})`}</Table.Td>
              <Table.Td>{`${outcome.expectedInterviews.toFixed(1)} (${signed(outcome.deltaExpectedInterviews, outcome.deltaExpectedInterviews.toFixed(1))})`}</Table.Td>
              <Table.Td>{`${outcome.eligiblePrograms} (${signed(outcome.deltaEligiblePrograms, String(outcome.deltaEligiblePrograms))})`}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function WhatIfs({ options, busy, onMoreApplications }: {
  options: PlanInput;
  busy: boolean;
  onMoreApplications: () => void;
}) {
  const [asked, setAsked] = useState(false);
  return (
    <section aria-labelledby="what-if-title">
      <Text id="what-if-title" fw={600} mb={4}>What if…</Text>
      <Group gap="xs" mb="sm">
        <Button variant="light" size="sm" disabled={asked} onClick={() => setAsked(true)}>Compare changes to my profile</Button>
        <Button variant="light" size="sm" disabled={busy} onClick={onMoreApplications}>10 more applications</Button>
      </Group>
      {asked && <Outcomes options={options} />}
    </section>
  );
}
