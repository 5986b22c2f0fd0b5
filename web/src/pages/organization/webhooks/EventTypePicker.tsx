// The event types to subscribe to, each with the JSON Schema of its message's data.
import { Checkbox, Code, Stack, Text } from "@mantine/core";
import { useQuery } from "urql";
import { Loading } from "../../../components/organization/Loading";
import { Problem } from "../../../components/organization/Problem";
import { WebhookEventTypesQuery } from "./operations";

interface Props {
  chosen: string[];
  onChange: (types: string[]) => void;
  error?: string;
}

export function EventTypePicker({ chosen, onChange, error }: Props) {
  const [{ data, fetching, error: failed }] = useQuery({ query: WebhookEventTypesQuery });
  if (failed) return <Problem error={failed} />;
  if (!data) return fetching ? <Loading what="event types" /> : null;
  return (
    <Checkbox.Group label="Event types" value={chosen} onChange={onChange} error={error} withAsterisk>
      <Stack gap="xs" mt={4}>
        {data.webhookEventTypes.map((eventType) => (
          <div key={eventType.type}>
            <Checkbox value={eventType.type} label={eventType.type} />
            <details className="schema">
              <summary><Text span size="sm">{`Payload schema of ${eventType.type}`}</Text></summary>
              <Code block>{JSON.stringify(eventType.jsonSchema, null, 2)}</Code>
            </details>
          </div>
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
