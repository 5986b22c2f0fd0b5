// /organization/ledger/:eventId: who was told what of one platform event, on which channel.
import { Anchor, Code, Table, Text, Title } from "@mantine/core";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { errorCode } from "../../../errors";
import { AdminOnly } from "../../../components/organization/AdminOnly";
import { Loading } from "../../../components/organization/Loading";
import { Problem } from "../../../components/organization/Problem";
import { when } from "../../../components/organization/when";
import { DeliveryLedgerQuery } from "./operations";

function Ledger({ eventId }: { eventId: string }) {
  const [{ data, fetching, error }] = useQuery({ query: DeliveryLedgerQuery, variables: { eventId }, requestPolicy: "cache-and-network" });
  if (error && errorCode(error) !== "NOT_FOUND") return <Problem error={error} />;
  if (!data && fetching) return <Loading what="the ledger" />;
  const entries = data?.deliveryLedger.entries ?? [];
  if (entries.length === 0) return <Text c="dimmed">Nothing recorded for you about this event yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-label="Delivery ledger" striped>
        <Table.Thead>
          <Table.Tr><Table.Th>Channel</Table.Th><Table.Th>Decided</Table.Th><Table.Th>When</Table.Th><Table.Th>Kind</Table.Th><Table.Th>Made</Table.Th><Table.Th>Outcome</Table.Th><Table.Th>Attempts</Table.Th><Table.Th>Detail</Table.Th></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry, index) => (
            <Table.Tr key={`${entry.channel}-${entry.ref ?? index}`}>
              <Table.Td>{entry.channel}</Table.Td>
              <Table.Td>{entry.result}</Table.Td>
              <Table.Td>{when(entry.at)}</Table.Td>
              <Table.Td>{entry.kind ?? "—"}</Table.Td>
              <Table.Td>
                {entry.channel === "WEBHOOK" && entry.endpointId
                  ? <Anchor component={Link} size="sm" to={`/organization/webhooks/${entry.endpointId}`}>{entry.ref ?? "message"}</Anchor>
                  : entry.ref ?? "—"}
              </Table.Td>
              <Table.Td>{entry.outcome ?? "—"}</Table.Td>
              <Table.Td>
                {entry.attemptLog?.length ? (
                  <ol className="attempt-log">
                    {entry.attemptLog.map((a) => (
                      <li key={a.attempt}>
                        {a.status ?? "no answer"} {a.ok ? "ok" : a.ok === false ? "failed" : "in flight"}
                        {a.durationSeconds != null && ` in ${a.durationSeconds.toFixed(2)} s`}
                        {a.error && `: ${a.error}`}
                      </li>
                    ))}
                  </ol>
                ) : (entry.attempts ?? "—")}
              </Table.Td>
              <Table.Td>{entry.detail ?? "—"}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export default function LedgerPage() {
  const { eventId = "" } = useParams();
  return (
    <AdminOnly>
      <Anchor component={Link} to="/organization/webhooks" mb="sm" display="inline-block">← Webhooks</Anchor>
      <Title order={1} mb="xs">Delivery ledger</Title>
      <Text size="sm" mb="md">Event <Code>{eventId}</Code>. Each webhook attempt is listed in order; the endpoint's page has their excerpts.</Text>
      <Ledger eventId={eventId} />
    </AdminOnly>
  );
}
