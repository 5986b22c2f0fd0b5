// The mentorship pages are an account's own: without a session they say so instead of asking.
import { Alert } from "@mantine/core";
import type { ReactNode } from "react";
import { useSession } from "../../SessionContext";

export function SignedInOnly({ children, what }: { children: ReactNode; what: string }) {
  const { token } = useSession();
  if (!token) {
    return (
      <Alert color="blue" title="Sign in first">
        Sign in to your Smart Pick account to see {what}.
      </Alert>
    );
  }
  return <>{children}</>;
}
