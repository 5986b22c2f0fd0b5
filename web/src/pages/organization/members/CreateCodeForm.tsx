// A new invitation code: how many may join with it, and until when.
import { Alert, Button, Code, Group, NumberInput, Stack, Text, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { problemMessage } from "../../../components/organization/problem";
import { CreateCodeMutation } from "./operations";

export function CreateCodeForm() {
  const [maxUses, setMaxUses] = useState<number | string>("");
  const [expires, setExpires] = useState("");
  const [{ data, fetching, error }, create] = useMutation(CreateCodeMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      maxUses: maxUses === "" ? null : Number(maxUses),
      expiresAt: expires ? new Date(expires).toISOString() : null,
    };
    await create({ input }, { additionalTypenames: ["OrganizationInvitationCode"] });
  }

  const made = data?.createOrganizationInvitationCode;
  return (
    <form onSubmit={submit} aria-label="New invitation code">
      <Stack gap="sm">
        <Group align="end" wrap="wrap">
          <NumberInput label="Uses (empty: any)" min={1} max={10000} value={maxUses} onChange={setMaxUses} />
          <TextInput type="datetime-local" label="Expires (empty: never)" value={expires}
            onChange={(event) => setExpires(event.currentTarget.value)} />
          <Button type="submit" loading={fetching}>Create a code</Button>
        </Group>
        {made && <Text role="status">New code: <Code data-testid="new-code">{made.code}</Code>. Share it privately.</Text>}
        {error && <Alert role="alert" color="red" title="No code made">{problemMessage(error)}</Alert>}
      </Stack>
    </form>
  );
}
