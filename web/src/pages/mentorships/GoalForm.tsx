// A goal of one's own (title, topic, due date), or one of the season's suggested goals in a click.
import { Button, Card, Group, Select, Stack, Text, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import type { GoalInput, MentorTopic } from "../../gql/graphql";
import { ProblemAlert } from "../../components/mentorship/ProblemAlert";
import { TOPICS, calendarDay, topicLabel } from "../../components/mentorship/labels";
import { AddGoalMutation } from "./operations";
import type { GoalTemplate } from "./types";

interface Props {
  mentorshipId: string;
  templates: GoalTemplate[];
  onAdded: () => void;
}

export function GoalForm({ mentorshipId, templates, onAdded }: Props) {
  const [goal, setGoal] = useState<GoalInput>({ title: "", topic: "INTERVIEW_PREPARATION", dueDate: "" });
  const [{ fetching, error }, add] = useMutation(AddGoalMutation);
  const addGoal = async (input: GoalInput) => {
    const result = await add({ mentorshipId, input });
    if (!result.error) {
      setGoal({ ...goal, title: "", dueDate: "" });
      onAdded();
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void addGoal(goal);
  };
  return (
    <Stack gap="sm">
      <form onSubmit={submit} aria-label="Add a goal" className="form-grid">
        <TextInput label="Goal" maxLength={200} required value={goal.title}
          onChange={(event) => setGoal({ ...goal, title: event.currentTarget.value })} />
        <Select label="Topic" data={TOPICS} value={goal.topic} allowDeselect={false}
          onChange={(topic) => topic && setGoal({ ...goal, topic: topic as MentorTopic })} />
        <TextInput label="Due date" type="date" required value={goal.dueDate}
          onChange={(event) => setGoal({ ...goal, dueDate: event.currentTarget.value })} />
        <Button type="submit" loading={fetching}>Add goal</Button>
      </form>
      <ProblemAlert error={error} title="Goal not added" />
      {templates.length > 0 && (
        <div>
          <Text fw={600} size="sm">Suggested for this season</Text>
          <Stack component="ul" gap="xs" className="plain-list">
            {templates.map((template) => (
              <Card component="li" key={template.title} withBorder padding="xs">
                <Group justify="space-between" wrap="nowrap" align="start">
                  <div>
                    <Text size="sm" fw={600}>{template.title}</Text>
                    <Text size="xs">{topicLabel(template.topic)}, by {calendarDay(template.dueDate)}: {template.why}</Text>
                  </div>
                  <Button size="xs" variant="light" aria-label={`Add goal: ${template.title}`} style={{ flexShrink: 0 }}
                    onClick={() => void addGoal({ title: template.title, topic: template.topic, dueDate: template.dueDate })}>
                    Add
                  </Button>
                </Group>
              </Card>
            ))}
          </Stack>
        </div>
      )}
    </Stack>
  );
}
