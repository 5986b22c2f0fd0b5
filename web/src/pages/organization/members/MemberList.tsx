// The organization's members, longest-standing first, each removable after a confirmation.
import { Button, Group, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { Loading } from "../../../components/organization/Loading";
import { Problem } from "../../../components/organization/Problem";
import { when } from "../../../components/organization/when";
import { MembersQuery, RemoveMemberMutation } from "./operations";

function RemoveButton({ accountId, onRemoved }: { accountId: string; onRemoved: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [{ fetching, error }, remove] = useMutation(RemoveMemberMutation);
  async function confirm() {
    const result = await remove({ accountId });
    if (!result.error) onRemoved();
  }
  if (!confirming) return <Button size="xs" variant="light" color="red" onClick={() => setConfirming(true)}>Remove</Button>;
  return (
    <Group gap="xs">
      <Button size="xs" color="red" loading={fetching} onClick={confirm}>Remove for good</Button>
      <Button size="xs" variant="default" onClick={() => setConfirming(false)}>Keep</Button>
      {error && <Problem error={error} title="Not removed" />}
    </Group>
  );
}

export function MemberList() {
  const [{ data, fetching, error }, refresh] = useQuery({ query: MembersQuery });
  if (error) return <Problem error={error} />;
  if (!data) return fetching ? <Loading what="members" /> : null;
  const members = data.me.organizationMembers.edges.map((edge) => edge.node);
  if (members.length === 0) return <Text c="dimmed">No members yet: share a code or send an invitation.</Text>;
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table aria-label="Members" striped>
        <Table.Thead><Table.Tr><Table.Th>Account</Table.Th><Table.Th>Role</Table.Th><Table.Th>Joined</Table.Th><Table.Th>Remove</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {members.map((member) => (
            <Table.Tr key={member.accountId}>
              <Table.Td>{member.accountId}</Table.Td>
              <Table.Td>{member.role === "MENTOR" ? "Mentor" : "Applicant"}</Table.Td>
              <Table.Td>{when(member.joinedAt)}</Table.Td>
              <Table.Td><RemoveButton accountId={member.accountId} onRemoved={() => refresh({ requestPolicy: "network-only" })} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
