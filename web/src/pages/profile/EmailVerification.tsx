// Whether the account's email is verified; if not, a button that emails a new link.
import { Alert, Badge, Button, Group, Text } from "@mantine/core";
import { useMutation } from "urql";
import { friendlyMessage } from "../../errors";
import { RequestEmailVerificationMutation } from "./operations";

export function EmailVerification({ email, verified }: { email: string; verified: boolean }) {
  const [{ data, fetching, error }, request] = useMutation(RequestEmailVerificationMutation);
  return (
    <Group gap="xs" align="center">
      <Text size="sm">{email}</Text>
      <Badge color={verified ? "green" : "yellow"} variant="light">{verified ? "Email verified" : "Email not verified"}</Badge>
      {!verified && !data && (
        <Button size="compact-sm" variant="light" loading={fetching} onClick={() => request({})}>Email me a verification link</Button>
      )}
      {data && <Text size="sm" role="status">Sent. The link works until {new Date(data.requestEmailVerification.expiresAt).toLocaleString()}.</Text>}
      {error && <Alert color="red" role="alert">{friendlyMessage(error)}</Alert>}
    </Group>
  );
}
