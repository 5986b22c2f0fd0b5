// The navigation links to the organization pages, shown to ORG_ADMIN accounts only.
import { NavLink } from "react-router";
import { useQuery } from "urql";
import { useSession } from "../../SessionContext";
import { OrganizationAccountQuery } from "./operations";

export function OrganizationNav() {
  const { token } = useSession();
  const [{ data }] = useQuery({ query: OrganizationAccountQuery, pause: !token });
  if (!token || data?.me.role !== "ORG_ADMIN") return null;
  return (
    <>
      <NavLink to="/organization/simulations">Simulations</NavLink>
      <NavLink to="/organization/members">Members</NavLink>
      <NavLink to="/organization/cohorts">Cohorts</NavLink>
      <NavLink to="/organization/webhooks">Webhooks</NavLink>
    </>
  );
}
