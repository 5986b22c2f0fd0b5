// A refused or failed mentorship operation, in words: the lifecycle's own codes first, then the
// app's friendly messages for the rest.
import { Alert } from "@mantine/core";
import type { CombinedError } from "urql";
import { errorCode, friendlyMessage } from "../../errors";

const MENTORSHIP_MESSAGES: Record<string, string> = {
  CAPACITY_REACHED: "This mentor has no room for another mentee right now.",
  NOT_ACCEPTING: "This mentor is not taking new mentees at the moment.",
  TOO_MANY_REQUESTS: "You already have 5 requests waiting for an answer. Withdraw one or wait for a reply.",
  ALREADY_MENTORED: "You already have an active mentor.",
  CONFLICT: "This mentorship has changed since you loaded the page. Reload it to see where it stands.",
  FORBIDDEN: "Your account cannot do this.",
  NOT_FOUND: "We could not find this mentorship.",
};

export function mentorshipMessage(error: CombinedError): string {
  return MENTORSHIP_MESSAGES[errorCode(error) ?? ""] ?? friendlyMessage(error);
}

interface Props {
  error: CombinedError | undefined;
  title: string;
}

export function ProblemAlert({ error, title }: Props) {
  if (!error) return null;
  return (
    <Alert color="red" role="alert" title={title}>
      {mentorshipMessage(error)}
    </Alert>
  );
}
