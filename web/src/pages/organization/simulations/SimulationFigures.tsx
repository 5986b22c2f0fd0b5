// A finished simulation's figures: who matched, which positions filled, how the solve went.
import { Table } from "@mantine/core";
import type { MatchSimulationStats } from "../../../gql/graphql";

type Stats = Omit<MatchSimulationStats, "__typename" | "attempts">;

function share(part: number, whole: number): string {
  return whole > 0 ? ` (${Math.round((part / whole) * 100)}%)` : "";
}

export function SimulationFigures({ stats }: { stats: Stats }) {
  const rows: [string, string][] = [
    ["Applicants", stats.applicants.toLocaleString()],
    ["Matched", stats.matched.toLocaleString() + share(stats.matched, stats.applicants)],
    ["Unmatched", stats.unmatched.toLocaleString() + share(stats.unmatched, stats.applicants)],
    ["Couples matched", `${stats.couplesMatched.toLocaleString()} of ${stats.couples.toLocaleString()}`],
    ["Supplemental matches", stats.supplementalMatched.toLocaleString()],
    ["Programs", stats.programs.toLocaleString()],
    ["Positions filled", `${stats.filled.toLocaleString()} of ${stats.positions.toLocaleString()}`],
    ["Positions unfilled", stats.unfilled.toLocaleString()],
    ["Stable", stats.stable ? "Yes" : "No: the couples admit no stable match"],
    ["Proposals, rounds", `${stats.proposals.toLocaleString()}, ${stats.rounds.toLocaleString()}`],
    ["Solve time", `${stats.solveSeconds.toFixed(2)} s (${stats.totalSeconds.toFixed(2)} s in all)`],
  ];
  return (
    <Table aria-label="Figures" variant="vertical" withTableBorder>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}><Table.Th w="45%">{label}</Table.Th><Table.Td data-figure={label}>{value}</Table.Td></Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
