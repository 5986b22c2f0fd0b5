// Pages of a signed-in account: anyone else is offered the sign-in page instead.
import { Alert, Anchor } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { useSession } from "../SessionContext";

export function RequireAccount({ children }: { children: ReactNode }) {
  const { token } = useSession();
  if (token) return <>{children}</>;
  return (
    <Alert title="Sign in first" role="alert">
      This page shows your own data. <Anchor component={Link} to="/sign-in" underline="always">Sign in</Anchor> or{" "}
      <Anchor component={Link} to="/sign-up" underline="always">create an account</Anchor>.
    </Alert>
  );
}
