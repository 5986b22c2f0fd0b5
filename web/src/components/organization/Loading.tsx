// A section's loading state, named for screen readers.
import { Group, Loader } from "@mantine/core";

export function Loading({ what }: { what: string }) {
  return <Group justify="center" p="lg"><Loader aria-label={`Loading ${what}`} /></Group>;
}
