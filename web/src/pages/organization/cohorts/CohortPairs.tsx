// A cohort run's pairs: who with whom, the score and why, and, once published, what became of each.
import { Table, Text } from "@mantine/core";
import type { OrganizationCohortQuery } from "../../../gql/graphql";

type Pair = OrganizationCohortQuery["mentorCohortRun"]["pairs"][number];

function outcome(pair: Pair): string {
  if (!pair.publication) return "Draft";
  return pair.publication.mentorshipId ? "Requested" : `Not sent: ${pair.publication.refusal ?? pair.publication.refusalCode ?? ""}`;
}

export function CohortPairs({ pairs }: { pairs: Pair[] }) {
  if (pairs.length === 0) return <Text c="dimmed">No pairs: nobody reached the minimum compatibility.</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label="Pairs" striped>
        <Table.Thead>
          <Table.Tr><Table.Th>Mentee</Table.Th><Table.Th>Mentor</Table.Th><Table.Th>Score</Table.Th><Table.Th>Why</Table.Th><Table.Th>Outcome</Table.Th></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pairs.map((pair) => (
            <Table.Tr key={pair.mentee.id}>
              <Table.Td>{pair.mentee.id}</Table.Td>
              <Table.Td>{pair.mentor.id}</Table.Td>
              <Table.Td>{pair.score.toFixed(0)}</Table.Td>
              <Table.Td>{pair.reasons.join("; ")}</Table.Td>
              <Table.Td>{outcome(pair)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
