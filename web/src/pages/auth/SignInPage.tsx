// /sign-in: back to an existing account.
import { Anchor, Text } from "@mantine/core";
import { Link, useNavigate } from "react-router";
import { useMutation } from "urql";
import { useSession } from "../../SessionContext";
import { AuthForm, type Credentials } from "./AuthForm";
import { SignInMutation } from "./operations";

export default function SignInPage() {
  const [{ fetching, error }, signIn] = useMutation(SignInMutation);
  const session = useSession();
  const navigate = useNavigate();
  const submit = async ({ email, password }: Credentials) => {
    const result = await signIn({ email, password });
    if (result.data) {
      const { token, account } = result.data.signIn;
      session.signIn({ token, role: account.role });
      navigate(account.role === "APPLICANT" ? "/recommendations" : "/profile");
    }
  };
  return (
    <AuthForm title="Sign in" submitLabel="Sign in" withRole={false} busy={fetching} error={error}
      onSubmit={submit}
      footer={<Text size="sm">New here? <Anchor component={Link} to="/sign-up" underline="always">Create an account</Anchor></Text>} />
  );
}
