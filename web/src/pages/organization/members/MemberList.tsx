// The organization's members, longest-standing first, each removable after a confirmation.
import { Button, Group, Table } from "@mantine/core";
import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { ListTable } from "../../../components/organization/ListTable";
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
  const [result, refresh] = useQuery({ query: MembersQuery });
  return (
    <ListTable result={result} items={result.data?.me.organizationMembers.edges.map((edge) => edge.node)}
      what="members" label="Members" empty="No members yet: share a code or send an invitation."
      columns={["Account", "Role", "Joined", "Remove"]} minWidth={480} rowKey={(member) => member.accountId}
      row={(member) => (
        <>
          <Table.Td>{member.accountId}</Table.Td>
          <Table.Td>{member.role === "MENTOR" ? "Mentor" : "Applicant"}</Table.Td>
          <Table.Td>{when(member.joinedAt)}</Table.Td>
          <Table.Td><RemoveButton accountId={member.accountId} onRemoved={() => refresh({ requestPolicy: "network-only" })} /></Table.Td>
        </>
      )} />
  );
}
