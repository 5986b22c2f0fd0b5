// Who is signed in, for the organization pages and their links.
import { graphql } from "../../gql";

export const OrganizationAccountQuery = graphql(`
  query OrganizationAccount { me { id role } }
`);
