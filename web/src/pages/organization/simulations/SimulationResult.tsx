// A finished simulation's matches (all or the unmatched) and the programs left with openings.
import { SegmentedControl, Stack, Table, Text, Title } from "@mantine/core";
import type { OrganizationSimulationQuery } from "../../../gql/graphql";

type Run = OrganizationSimulationQuery["matchSimulation"];

interface Props {
  run: Run;
  unmatchedOnly: boolean;
  onUnmatchedOnly: (value: boolean) => void;
}

function Matches({ run }: { run: Run }) {
  const matches = run.matches?.edges.map((edge) => edge.node) ?? [];
  if (matches.length === 0) return <Text c="dimmed">Nobody in this list.</Text>;
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table aria-label="Matches" striped>
        <Table.Thead><Table.Tr><Table.Th>Applicant</Table.Th><Table.Th>Program</Table.Th><Table.Th>Supplemental program</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {matches.map((match) => (
            <Table.Tr key={match.applicantId}>
              <Table.Td>{match.applicantId}</Table.Td>
              <Table.Td>{match.programId ?? "Unmatched"}</Table.Td>
              <Table.Td>{match.supplementalProgramId ?? "—"}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Unfilled({ run }: { run: Run }) {
  const programs = run.unfilledPrograms?.edges.map((edge) => edge.node) ?? [];
  if (programs.length === 0) return <Text c="dimmed">Every program filled.</Text>;
  return (
    <Table aria-label="Unfilled programs" striped>
      <Table.Thead><Table.Tr><Table.Th>Program</Table.Th><Table.Th>Open positions</Table.Th></Table.Tr></Table.Thead>
      <Table.Tbody>
        {programs.map((program) => (
          <Table.Tr key={program.programId}><Table.Td>{program.programId}</Table.Td><Table.Td>{program.unfilled}</Table.Td></Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function SimulationResult({ run, unmatchedOnly, onUnmatchedOnly }: Props) {
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">Matches</Title>
      <SegmentedControl aria-label="Which applicants" value={unmatchedOnly ? "unmatched" : "all"}
        onChange={(value) => onUnmatchedOnly(value === "unmatched")}
        data={[{ value: "all", label: "Everyone" }, { value: "unmatched", label: "Unmatched" }]} />
      <Text size="sm" c="dimmed">
        {`${run.matches?.totalCount.toLocaleString() ?? 0} applicants; the first ${run.matches?.edges.length ?? 0} shown.`}
      </Text>
      <Matches run={run} />
      <Title order={2} size="h3">Unfilled programs ({run.unfilledPrograms?.totalCount ?? 0})</Title>
      <Unfilled run={run} />
    </Stack>
  );
}
