// The navigation links to the organization pages, shown to ORG_ADMIN accounts only: the role
// is the one the session kept at sign-in (the pages themselves check it with the gateway).
import { NavLink } from "react-router";
import { useSession } from "../../SessionContext";

export function OrganizationNav() {
  const { token, role } = useSession();
  if (!token || role !== "ORG_ADMIN") return null;
  return (
    <>
      <NavLink to="/organization/simulations">Simulations</NavLink>
      <NavLink to="/organization/members">Members</NavLink>
      <NavLink to="/organization/cohorts">Cohorts</NavLink>
      <NavLink to="/organization/webhooks">Webhooks</NavLink>
    </>
  );
}
