// The organization's invitation codes, each revocable while it works.
import { Badge, Button, Code, Table, Text } from "@mantine/core";
import { useMutation, useQuery } from "urql";
import { Loading } from "../../../components/organization/Loading";
import { Problem } from "../../../components/organization/Problem";
import { when } from "../../../components/organization/when";
import { InvitationCodesQuery, RevokeCodeMutation } from "./operations";

// An empty list names no type, so a mutation adding the first OrganizationInvitationCode would not refresh it.
const LIST_CONTEXT = { additionalTypenames: ["OrganizationInvitationCode"] };

export function InvitationCodes() {
  const [{ data, fetching, error }] = useQuery({ query: InvitationCodesQuery, context: LIST_CONTEXT });
  const [revoked, revoke] = useMutation(RevokeCodeMutation);
  if (error) return <Problem error={error} />;
  if (!data) return fetching ? <Loading what="invitation codes" /> : null;
  const codes = data.me.organizationInvitationCodes;
  if (codes.length === 0) return <Text c="dimmed">No codes yet.</Text>;
  return (
    <>
      {revoked.error && <Problem error={revoked.error} title="Not revoked" />}
      <Table.ScrollContainer minWidth={560}>
        <Table aria-label="Invitation codes" striped>
          <Table.Thead>
            <Table.Tr><Table.Th>Code</Table.Th><Table.Th>Used</Table.Th><Table.Th>Expires</Table.Th><Table.Th>State</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {codes.map((code) => (
              <Table.Tr key={code.code}>
                <Table.Td><Code>{code.code}</Code></Table.Td>
                <Table.Td>{code.maxUses === null || code.maxUses === undefined ? `${code.uses}` : `${code.uses} of ${code.maxUses}`}</Table.Td>
                <Table.Td>{code.expiresAt ? when(code.expiresAt) : "Never"}</Table.Td>
                <Table.Td>
                  {code.revoked ? <Badge color="gray" variant="dot">Revoked</Badge> : (
                    <Button size="xs" variant="light" color="red" aria-label={`Revoke ${code.code}`}
                      onClick={() => revoke({ code: code.code })}>Revoke</Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
