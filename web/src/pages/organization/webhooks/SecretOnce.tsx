// A signing secret, shown the once the gateway serves it.
import { Alert, Button, Code, CopyButton, Stack, Text } from "@mantine/core";

export function SecretOnce({ secret }: { secret: string }) {
  return (
    <Alert color="blue" title="Your signing secret" role="status">
      <Stack gap="xs">
        <Text size="sm">Keep it now: it is not shown again. Your receiver checks each message's signature with it.</Text>
        <Code block className="secret" data-testid="webhook-secret">{secret}</Code>
        <CopyButton value={secret}>
          {({ copied, copy }) => <Button size="xs" variant="light" onClick={copy}>{copied ? "Copied" : "Copy the secret"}</Button>}
        </CopyButton>
      </Stack>
    </Alert>
  );
}
