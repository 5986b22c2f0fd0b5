// One recommended (or excluded) program: its chance, range, tier and what moved it.
import { Badge, Card, Group, List, Stack, Text } from "@mantine/core";
import { ModelButton } from "../../components/ModelButton";
import { percent, percentRange } from "../../domain";
import type { RecommendationsQuery } from "../../gql/graphql";

type Recommendation = RecommendationsQuery["me"]["recommendations"]["edges"][number]["node"];

export function RecommendationCard({ recommendation: r }: { recommendation: Recommendation }) {
  const program = r.program;
  const where = [program?.city, program?.state].filter(Boolean).join(", ");
  return (
    <Card withBorder component="article" aria-label={program?.name ?? "A program"}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Text fw={600}>{program?.name ?? "A program no longer in the catalog"}</Text>
            <Text size="xs" c="dimmed">{program?.specialty}{where ? ` · ${where}` : ""}</Text>
          </div>
          {r.eligible ? (
            r.tier && <Badge variant="outline">{r.tier}</Badge>
          ) : (
            <Badge color="red" variant="light">Excluded</Badge>
          )}
        </Group>
        {r.eligible ? (
          <>
            <Text size="sm">
              Chance of matching here: <strong>{r.score.toFixed(1)}%</strong> · interview {percent(r.pInterview)}{" "}
              <Text span size="xs" c="dimmed">(likely {percentRange(r.pInterviewRange)})</Text>
            </Text>
            {r.factors.length > 0 && (
              <List size="xs" aria-label="Top factors">
                {r.factors.slice(0, 3).map((f) => (
                  <List.Item key={f.name}>{f.text} ({f.points > 0 ? "+" : ""}{f.points.toFixed(1)} points)</List.Item>
                ))}
              </List>
            )}
            {r.reasons.length > 0 && <Text size="xs">Missed preferences: {r.reasons.join("; ")}</Text>}
          </>
        ) : (
          <List size="sm" aria-label="Why excluded">
            {r.exclusionReasons.map((reason) => <List.Item key={reason}>{reason}</List.Item>)}
          </List>
        )}
        <div><ModelButton /></div>
      </Stack>
    </Card>
  );
}
