// One notice of the inbox: what it says, its states, and what can be done to it.
import { Badge, Button, Group, Stack, Text } from "@mantine/core";
import { useMutation } from "urql";
import { friendlyMessage } from "../../errors";
import type { NotificationFieldsFragment } from "../../gql/graphql";
import { NotificationSummary } from "../../components/notifications/NotificationSummary";
import { when } from "../../components/notifications/format";
import { NOTICE_LISTS } from "../../components/notifications/operations";
import { ArchiveMutation, MarkReadMutation } from "./operations";
import { SnoozeButton } from "./SnoozeButton";

function States({ notice }: { notice: NotificationFieldsFragment }) {
  return (
    <Group gap="xs">
      <Badge variant={notice.read ? "default" : "light"}>{notice.read ? "Read" : "Unread"}</Badge>
      {!notice.seen && <Badge variant="light" color="grape">New</Badge>}
      {notice.archived && <Badge variant="default">Archived</Badge>}
      {notice.snoozedUntil && <Badge variant="light" color="yellow">Snoozed until {when(notice.snoozedUntil)}</Badge>}
    </Group>
  );
}

export function InboxItem({ notice }: { notice: NotificationFieldsFragment }) {
  const [read, markRead] = useMutation(MarkReadMutation);
  const [archive, setArchived] = useMutation(ArchiveMutation);
  const error = read.error ?? archive.error;
  const label = (action: string) => ({ "aria-label": `${action}: ${notice.title}` });
  return (
    <li className={notice.read ? "notice" : "notice notice-unread"}>
      <Stack gap="xs">
        <NotificationSummary notice={notice} />
        <States notice={notice} />
        <Group gap="xs">
          {!notice.read && (
            <Button size="xs" variant="light" loading={read.fetching} {...label("Mark read")}
              onClick={() => markRead({ id: notice.id }, NOTICE_LISTS)}>Mark read</Button>
          )}
          <Button size="xs" variant="light" loading={archive.fetching}
            {...label(notice.archived ? "Unarchive" : "Archive")}
            onClick={() => setArchived({ id: notice.id, archived: !notice.archived }, NOTICE_LISTS)}>
            {notice.archived ? "Unarchive" : "Archive"}
          </Button>
          {!notice.archived && <SnoozeButton notice={notice} />}
        </Group>
        {error && <Text size="sm" c="red.9" role="alert">{friendlyMessage(error)}</Text>}
      </Stack>
    </li>
  );
}
