// /sign-up: a new account; applicants go on to their profile.
import { Anchor, Text } from "@mantine/core";
import { Link, useNavigate } from "react-router";
import { useMutation } from "urql";
import { useSession } from "../../SessionContext";
import { AuthForm, type Credentials } from "./AuthForm";
import { SignUpMutation } from "./operations";

export default function SignUpPage() {
  const [{ fetching, error }, signUp] = useMutation(SignUpMutation);
  const session = useSession();
  const navigate = useNavigate();
  const submit = async (input: Credentials) => {
    const result = await signUp({ input });
    if (result.data) {
      const { token, account } = result.data.signUp;
      session.signIn({ token, role: account.role });
      navigate("/profile");
    }
  };
  return (
    <AuthForm title="Create your account" submitLabel="Sign up" withRole busy={fetching} error={error}
      onSubmit={submit}
      footer={<Text size="sm">Have an account? <Anchor component={Link} to="/sign-in" underline="always">Sign in</Anchor></Text>} />
  );
}
