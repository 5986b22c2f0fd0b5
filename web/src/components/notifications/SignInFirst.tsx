// What the notification pages show to someone not signed in.
import { Alert } from "@mantine/core";

export function SignInFirst({ what }: { what: string }) {
  return <Alert color="blue" title="Sign in first">Sign in to see {what}.</Alert>;
}
