// Invites an email address: whoever signs in with it, verified, may accept.
import { Alert, Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { problemMessage } from "../../../components/organization/problem";
import { when } from "../../../components/organization/when";
import { InviteMutation } from "./operations";

export function InviteForm() {
  const [email, setEmail] = useState("");
  const [{ data, fetching, error }, invite] = useMutation(InviteMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await invite({ email });
    if (!result.error) setEmail("");
  }

  const sent = data?.inviteToOrganization;
  return (
    <form onSubmit={submit} aria-label="Invite by email">
      <Stack gap="sm">
        <Group align="end" wrap="wrap">
          <TextInput type="email" label="Email address" required value={email}
            onChange={(event) => setEmail(event.currentTarget.value)} />
          <Button type="submit" loading={fetching}>Send the invitation</Button>
        </Group>
        {sent && <Text role="status">Invited {sent.email}; the invitation works until {when(sent.expiresAt)}.</Text>}
        {error && <Alert role="alert" color="red" title="Not invited">{problemMessage(error)}</Alert>}
      </Stack>
    </form>
  );
}
