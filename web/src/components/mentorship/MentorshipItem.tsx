// One mentorship in a list: its status, when it was asked, what for, and the actions given.
import { Anchor, Badge, Card, Group, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { MentorshipSummaryFieldsFragment } from "../../gql/graphql";
import { STATUSES, dateTime, topicList } from "./labels";

const OPENABLE = new Set(["ACTIVE", "PAUSED", "COMPLETED", "CANCELLED"]);

interface Props {
  mentorship: MentorshipSummaryFieldsFragment;
  title: string;
  children?: ReactNode;
}

export function MentorshipItem({ mentorship, title, children }: Props) {
  return (
    <Card component="li" withBorder padding="sm" aria-label={title}>
      <Stack gap={4}>
        <Group justify="space-between">
          <Text fw={600}>{title}</Text>
          <Badge variant="light">{STATUSES[mentorship.status]}</Badge>
        </Group>
        <Text size="sm">Asked {dateTime(mentorship.createdAt)}
          {mentorship.goals.length > 0 && ` for help with ${topicList(mentorship.goals)}`}.</Text>
        {mentorship.message && <Text size="sm" className="quoted">“{mentorship.message}”</Text>}
        <Group gap="sm">
          {OPENABLE.has(mentorship.status) && (
            <Anchor component={Link} to={`/mentorships/${mentorship.id}`} size="sm">Open the mentorship</Anchor>
          )}
          {children}
        </Group>
      </Stack>
    </Card>
  );
}
