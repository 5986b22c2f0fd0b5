// The organization pages' gate: their content only for a signed-in ORG_ADMIN account.
import { Alert } from "@mantine/core";
import type { ReactNode } from "react";
import { useQuery } from "urql";
import { useSession } from "../../SessionContext";
import { Loading } from "./Loading";
import { OrganizationAccountQuery } from "./operations";
import { Problem } from "./Problem";

export function AdminOnly({ children }: { children: ReactNode }) {
  const { token } = useSession();
  const [{ data, fetching, error }] = useQuery({ query: OrganizationAccountQuery, pause: !token });
  if (!token) {
    return <Alert role="alert" color="blue" title="Please sign in">These pages are for organization administrators; please sign in first.</Alert>;
  }
  if (error) return <Problem error={error} />;
  if (!data) return fetching ? <Loading what="your account" /> : null;
  if (data.me.role !== "ORG_ADMIN") {
    return <Alert role="alert" color="blue" title="For organizations">These pages are for organization administrators only.</Alert>;
  }
  return <>{children}</>;
}
