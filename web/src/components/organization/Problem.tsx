// An operation's error as an alert a screen reader announces.
import { Alert } from "@mantine/core";
import type { CombinedError } from "urql";
import { problemMessage } from "./problem";

export function Problem({ error, title = "Something went wrong" }: { error: CombinedError; title?: string }) {
  return <Alert role="alert" color="red" title={title}>{problemMessage(error)}</Alert>;
}
