// Accounts: sign up with a role, sign in; both answer a bearer token and the account.
import { graphql } from "../../gql";

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) { token account { id email role emailVerified } }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) { token account { id email role emailVerified } }
  }
`);
