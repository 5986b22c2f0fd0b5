// One notice as a list shows it: its title (a link when this client has a page for its
// subject), body, category and time.
import { Anchor, Badge, Group, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import type { NotificationFieldsFragment } from "../../gql/graphql";
import { CATEGORY_NAMES, pageOf, when } from "./format";

export function NotificationSummary({ notice }: { notice: NotificationFieldsFragment }) {
  const page = pageOf(notice.kind);
  return (
    <Stack gap={2}>
      <Text fw={notice.read ? 400 : 700}>
        {page ? <Anchor component={Link} to={page}>{notice.title}</Anchor> : notice.title}
      </Text>
      <Text size="sm">{notice.body}</Text>
      <Group gap="xs">
        <Badge variant="light" size="sm">{CATEGORY_NAMES[notice.category]}</Badge>
        <Text size="xs" c="dimmed">{when(notice.createdAt)}</Text>
      </Group>
    </Stack>
  );
}
