// What an organization does with one endpoint: send a test, enable or disable it, rotate its
// secret, and ask for the messages since a time again.
import { Alert, Button, Group, Stack, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { Problem } from "../../../components/organization/Problem";
import { RecoverMutation, RotateSecretMutation, SendTestMutation, SetEnabledMutation } from "./operations";
import { SecretOnce } from "./SecretOnce";

interface Props {
  id: string;
  enabled: boolean;
  onQueued: (ids: string[]) => void;
}

function RecoverForm({ id, onQueued }: Omit<Props, "enabled">) {
  const [since, setSince] = useState("");
  const [{ data, fetching, error }, recover] = useMutation(RecoverMutation);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await recover({ endpointId: id, since: new Date(since).toISOString() });
    const queued = result.data?.recoverWebhookMessages.messageIds;
    if (queued) onQueued(queued);
  }
  return (
    <form onSubmit={submit} aria-label="Recover messages">
      <Group align="end" wrap="wrap">
        <TextInput type="datetime-local" label="Send again every message since" required value={since}
          onChange={(event) => setSince(event.currentTarget.value)} />
        <Button type="submit" variant="light" loading={fetching}>Recover</Button>
      </Group>
      {data && <Alert role="status" mt="xs">{`${data.recoverWebhookMessages.messageIds.length} messages queued again.`}</Alert>}
      {error && <Problem error={error} title="Not recovered" />}
    </form>
  );
}

export function EndpointActions({ id, enabled, onQueued }: Props) {
  const [tested, sendTest] = useMutation(SendTestMutation);
  const [switched, setEnabled] = useMutation(SetEnabledMutation);
  const [rotated, rotate] = useMutation(RotateSecretMutation);
  async function test() {
    const result = await sendTest({ id });
    const queued = result.data?.sendTestWebhook.messageIds;
    if (queued) onQueued(queued);
  }
  const error = tested.error ?? switched.error ?? rotated.error;
  return (
    <Stack gap="sm">
      <Group gap="sm" wrap="wrap">
        <Button onClick={test} loading={tested.fetching} disabled={!enabled}>Send a test event</Button>
        <Button variant="outline" onClick={() => setEnabled({ id, enabled: !enabled })} loading={switched.fetching}>
          {enabled ? "Disable" : "Enable"}
        </Button>
        <Button variant="light" color="red" onClick={() => rotate({ id })} loading={rotated.fetching}>Rotate the secret</Button>
      </Group>
      {rotated.data && <SecretOnce secret={rotated.data.rotateWebhookSecret.secret} />}
      {error && <Problem error={error} />}
      <RecoverForm id={id} onQueued={onQueued} />
    </Stack>
  );
}
