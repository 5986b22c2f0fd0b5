// Where the verification email's link lands (/verify-email?token=…): the token is sent once, on
// arrival, by the signed-in account it was issued to, and the page says whether the address is
// now verified (or why not: expired, replaced, another account's).
import { Alert, Anchor, Group, Loader, Text, Title } from "@mantine/core";
import { useEffect, useRef } from "react";
import { Link, useSearchParams } from "react-router";
import { useMutation } from "urql";
import { friendlyMessage } from "../../errors";
import { useSession } from "../../SessionContext";
import { VerifyEmailMutation } from "./operations";

export default function VerifyEmailPage() {
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const { token: session } = useSession();
  const [result, verify] = useMutation(VerifyEmailMutation);
  const sent = useRef(false);

  useEffect(() => {
    if (token && session && !sent.current) {
      sent.current = true; // React runs effects twice in development; the link is used once
      void verify({ token });
    }
  }, [token, session, verify]);

  if (!token) {
    return (
      <>
        <Title order={1}>Verify your email address</Title>
        <Alert role="alert" color="red" mt="md">
          This link has no token. Open the link from your email again, or ask for a new one on
          your <Anchor component={Link} to="/profile" underline="always">profile</Anchor>.
        </Alert>
      </>
    );
  }
  if (!session) {
    return (
      <>
        <Title order={1}>Verify your email address</Title>
        <Alert role="alert" color="yellow" mt="md">
          Please <Anchor component={Link} to="/sign-in" underline="always">sign in</Anchor> with
          the account you signed up with, then open the link from your email again.
        </Alert>
      </>
    );
  }
  return (
    <>
      <Title order={1}>Verify your email address</Title>
      {result.fetching || (!result.data && !result.error) ? (
        <Group mt="md"><Loader size="sm" aria-label="Verifying" /><Text>Verifying…</Text></Group>
      ) : result.error ? (
        <Alert role="alert" color="red" mt="md">
          {friendlyMessage(result.error)}
        </Alert>
      ) : (
        <Alert color="green" mt="md" title="Your email address is verified">
          {result.data?.verifyEmail.email} will now get the emails you choose in your{" "}
          <Anchor component={Link} to="/settings/notifications" underline="always">notification settings</Anchor>.
        </Alert>
      )}
    </>
  );
}
