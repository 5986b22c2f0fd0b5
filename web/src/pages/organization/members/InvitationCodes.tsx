// The organization's invitation codes, each revocable while it works.
import { Badge, Button, Code, Table } from "@mantine/core";
import { useMutation, useQuery } from "urql";
import { ListTable } from "../../../components/organization/ListTable";
import { Problem } from "../../../components/organization/Problem";
import { when } from "../../../components/organization/when";
import { InvitationCodesQuery, RevokeCodeMutation } from "./operations";

// An empty list names no type, so a mutation adding the first OrganizationInvitationCode would not refresh it.
const LIST_CONTEXT = { additionalTypenames: ["OrganizationInvitationCode"] };

export function InvitationCodes() {
  const [result] = useQuery({ query: InvitationCodesQuery, context: LIST_CONTEXT });
  const [revoked, revoke] = useMutation(RevokeCodeMutation);
  return (
    <>
      {revoked.error && <Problem error={revoked.error} title="Not revoked" />}
      <ListTable result={result} items={result.data?.me.organizationInvitationCodes} what="invitation codes"
        label="Invitation codes" empty="No codes yet." columns={["Code", "Used", "Expires", "State"]} minWidth={560}
        rowKey={(code) => code.code} row={(code) => (
          <>
            <Table.Td><Code>{code.code}</Code></Table.Td>
            <Table.Td>{code.maxUses === null || code.maxUses === undefined ? `${code.uses}` : `${code.uses} of ${code.maxUses}`}</Table.Td>
            <Table.Td>{code.expiresAt ? when(code.expiresAt) : "Never"}</Table.Td>
            <Table.Td>
              {code.revoked ? <Badge color="gray" variant="dot">Revoked</Badge> : (
                <Button size="xs" variant="light" color="red" aria-label={`Revoke ${code.code}`}
                  onClick={() => revoke({ code: code.code })}>Revoke</Button>
              )}
            </Table.Td>
          </>
        )} />
    </>
  );
}
