// A spinner that says what it waits for (a status role may carry a name; a bare span may not).
import { Loader } from "@mantine/core";

export function Busy({ label }: { label: string }) {
  return <Loader role="status" aria-label={label} />;
}
