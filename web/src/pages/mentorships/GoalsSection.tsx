// The mentorship's goals, soonest due first, each markable open, done or dropped.
import { Group, Select, Stack, Text, Title } from "@mantine/core";
import { useMutation } from "urql";
import type { GoalStatus } from "../../gql/graphql";
import { ProblemAlert } from "../../components/mentorship/ProblemAlert";
import { GOAL_STATUSES, calendarDay, topicLabel } from "../../components/mentorship/labels";
import { GoalForm } from "./GoalForm";
import { SetGoalStatusMutation } from "./operations";
import type { GoalTemplate, SectionProps } from "./types";

export function GoalsSection({ mentorship, onChanged, templates }: SectionProps & { templates: GoalTemplate[] }) {
  const [{ error }, setStatus] = useMutation(SetGoalStatusMutation);
  const active = mentorship.status === "ACTIVE";
  const mark = async (goalId: string, status: GoalStatus) => {
    const result = await setStatus({ mentorshipId: mentorship.id, goalId, status });
    if (!result.error) onChanged();
  };
  return (
    <section aria-labelledby="goals">
      <Stack gap="sm">
        <Title order={2} id="goals">Goals</Title>
        {mentorship.trackedGoals.length === 0 && <Text c="dimmed">No goals yet.</Text>}
        <Stack component="ul" gap="xs" className="plain-list">
          {mentorship.trackedGoals.map((goal) => (
            <Group component="li" key={goal.id} justify="space-between" wrap="wrap">
              <div>
                <Text size="sm" fw={600}>{goal.title}</Text>
                <Text size="xs">{topicLabel(goal.topic)}, due {calendarDay(goal.dueDate)}</Text>
              </div>
              <Select size="xs" label={`Status of ${goal.title}`} data={GOAL_STATUSES} value={goal.status}
                allowDeselect={false} disabled={!active} className="goal-status"
                onChange={(status) => status && void mark(goal.id, status as GoalStatus)} />
            </Group>
          ))}
        </Stack>
        <ProblemAlert error={error} title="Goal not changed" />
        {active && <GoalForm mentorshipId={mentorship.id} templates={templates} onAdded={onChanged} />}
      </Stack>
    </section>
  );
}
