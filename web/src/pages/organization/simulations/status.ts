// A simulation's status in words, and whether it is still to be polled.
import type { SimulationStatus } from "../../../gql/graphql";

export const STATUS_LABEL: Record<SimulationStatus, string> = {
  QUEUED: "Queued",
  RUNNING: "Running",
  SUCCEEDED: "Finished",
  NO_STABLE_MATCHING: "No stable match",
  FAILED: "Failed",
};

export const STATUS_COLOR: Record<SimulationStatus, string> = {
  QUEUED: "gray", RUNNING: "blue", SUCCEEDED: "green", NO_STABLE_MATCHING: "yellow", FAILED: "red",
};

export function inProgress(status: SimulationStatus): boolean {
  return status === "QUEUED" || status === "RUNNING";
}
