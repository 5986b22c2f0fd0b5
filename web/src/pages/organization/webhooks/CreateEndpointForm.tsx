// Registers an endpoint: its URL, a description and the event types; the secret comes back once.
// The gateway's refusals of a field (a URL the SSRF rules refuse among them) show at that field,
// any other as an alert.
import { Alert, Button, Stack, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { fieldErrors } from "../../../errors";
import { problemMessage } from "../../../components/organization/problem";
import { EventTypePicker } from "./EventTypePicker";
import { CreateEndpointMutation } from "./operations";
import { SecretOnce } from "./SecretOnce";

export function CreateEndpointForm() {
  const [url, setUrl] = useState("");
  const [description, setDescription] = useState("");
  const [eventTypes, setEventTypes] = useState<string[]>([]);
  const [{ data, fetching, error }, create] = useMutation(CreateEndpointMutation);
  const fields = fieldErrors(error);
  const unplaced = error && !fields.url && !fields.eventTypes;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await create({ input: { url, description, eventTypes } }, { additionalTypenames: ["WebhookEndpoint"] });
    if (!result.error) {
      setUrl("");
      setDescription("");
      setEventTypes([]);
    }
  }

  const made = data?.createWebhookEndpoint;
  return (
    <form onSubmit={submit} aria-label="Register an endpoint">
      <Stack gap="sm">
        <TextInput type="url" label="URL" description="https, where your server receives the events" required
          value={url} onChange={(event) => setUrl(event.currentTarget.value)} error={fields.url} />
        <TextInput label="Description" value={description} onChange={(event) => setDescription(event.currentTarget.value)} />
        <EventTypePicker chosen={eventTypes} onChange={setEventTypes} error={fields.eventTypes} />
        {unplaced && <Alert role="alert" color="red" title="Not registered">{problemMessage(error)}</Alert>}
        <Button type="submit" loading={fetching} disabled={eventTypes.length === 0}>Register the endpoint</Button>
        {made && <SecretOnce secret={made.secret} />}
      </Stack>
    </form>
  );
}
