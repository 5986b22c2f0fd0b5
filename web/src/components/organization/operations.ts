// Who is signed in, for the organization pages' gate (AdminOnly asks the gateway, not the session).
import { graphql } from "../../gql";

export const OrganizationAccountQuery = graphql(`
  query OrganizationAccount { me { id role } }
`);
