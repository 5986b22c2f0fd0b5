// Changes an endpoint's URL, description and event types; the gateway's refusals come back
// by field (BAD_USER_INPUT's fields, a URL the SSRF rules refuse among them), any other as an
// alert. The secret stays as it is.
import { Alert, Button, Group, Stack, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { problemMessage } from "../../../components/organization/problem";
import { fieldErrors } from "../../../errors";
import { EventTypePicker } from "./EventTypePicker";
import { UpdateEndpointMutation } from "./operations";

interface Endpoint {
  id: string;
  url: string;
  description: string;
  eventTypes: string[];
}

export function EditEndpointForm({ endpoint, onDone }: { endpoint: Endpoint; onDone: () => void }) {
  const [url, setUrl] = useState(endpoint.url);
  const [description, setDescription] = useState(endpoint.description);
  const [eventTypes, setEventTypes] = useState(endpoint.eventTypes);
  const [{ fetching, error }, update] = useMutation(UpdateEndpointMutation);
  const fields = fieldErrors(error);
  const unplaced = error && !fields.url && !fields.description && !fields.eventTypes;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await update({ id: endpoint.id, input: { url, description, eventTypes } });
    if (!result.error) onDone();
  }

  return (
    <form onSubmit={submit} aria-label="Edit the endpoint">
      <Stack gap="sm">
        <TextInput type="url" label="URL" required value={url} error={fields.url}
          onChange={(event) => setUrl(event.currentTarget.value)} />
        <TextInput label="Description" value={description} error={fields.description}
          onChange={(event) => setDescription(event.currentTarget.value)} />
        <EventTypePicker chosen={eventTypes} onChange={setEventTypes} error={fields.eventTypes} />
        {unplaced && <Alert role="alert" color="red" title="Not saved">{problemMessage(error)}</Alert>}
        <Group gap="sm">
          <Button type="submit" loading={fetching} disabled={eventTypes.length === 0}>Save the endpoint</Button>
          <Button variant="default" onClick={onDone}>Cancel</Button>
        </Group>
      </Stack>
    </form>
  );
}
