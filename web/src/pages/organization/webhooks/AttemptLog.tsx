// One message's attempts, in order: when, the answer, how long, and what went wrong.
import { Table, Text } from "@mantine/core";
import type { WebhookAttempt } from "../../../gql/graphql";
import { when } from "../../../components/organization/when";

type Attempt = Omit<WebhookAttempt, "__typename">;

function answer(attempt: Attempt): string {
  if (!attempt.finishedAt) return "In flight";
  return attempt.status === null || attempt.status === undefined ? "No answer" : `${attempt.status}`;
}

export function AttemptLog({ attempts, label }: { attempts: Attempt[]; label: string }) {
  if (attempts.length === 0) return <Text size="sm" c="dimmed">Not attempted yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label={label} withTableBorder>
        <Table.Thead>
          <Table.Tr><Table.Th>Attempt</Table.Th><Table.Th>Time</Table.Th><Table.Th>Status</Table.Th><Table.Th>Duration</Table.Th><Table.Th>Answer excerpt</Table.Th><Table.Th>Error</Table.Th></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {attempts.map((attempt) => (
            <Table.Tr key={attempt.attempt}>
              <Table.Td>{attempt.attempt}</Table.Td>
              <Table.Td>{when(attempt.at)}</Table.Td>
              <Table.Td data-testid="attempt-status">{answer(attempt)}</Table.Td>
              <Table.Td>{attempt.durationSeconds === null || attempt.durationSeconds === undefined ? "—" : `${(attempt.durationSeconds * 1000).toFixed(0)} ms`}</Table.Td>
              <Table.Td><Text size="xs" ff="monospace" className="excerpt">{attempt.excerpt || "—"}</Text></Table.Td>
              <Table.Td>{attempt.error ?? "—"}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
