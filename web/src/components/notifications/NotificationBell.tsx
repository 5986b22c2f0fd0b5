// The header's bell for a signed-in account: how many notices are new, the newest few in a
// popover, kept current by the live feed. Opening it marks the shown ones seen.
import { Anchor, Badge, Button, Divider, Group, Popover, Stack, Text, UnstyledButton } from "@mantine/core";
import { useCallback, useState } from "react";
import { Link } from "react-router";
import { useMutation, useQuery } from "urql";
import { BellIcon } from "./BellIcon";
import { NotificationSummary } from "./NotificationSummary";
import "./notifications.css";
import { BellQuery, MarkSeenMutation, NOTICE_LISTS } from "./operations";
import { useLiveNotifications } from "./useLiveNotifications";

export function NotificationBell() {
  const [opened, setOpened] = useState(false);
  const [{ data }, reexecute] = useQuery({ query: BellQuery, context: NOTICE_LISTS });
  const [, markSeen] = useMutation(MarkSeenMutation);
  const reload = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);
  useLiveNotifications(reload);

  const list = data?.me?.notifications;
  if (!list) return null;
  const notices = list.edges.map((edge) => edge.node);

  const toggle = () => {
    const unseen = notices.filter((notice) => !notice.seen).map((notice) => notice.id);
    if (!opened && unseen.length > 0) markSeen({ ids: unseen }, NOTICE_LISTS);
    setOpened(!opened);
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={340} shadow="md" withinPortal>
      <Popover.Target>
        <UnstyledButton className="bell" onClick={toggle} aria-expanded={opened}
          aria-label={`Notifications, ${list.unseenCount} new`}>
          <BellIcon />
          {list.unseenCount > 0 && <Badge size="sm" color="red" circle aria-hidden="true">{list.unseenCount}</Badge>}
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">{list.unreadCount} unread</Text>
          {notices.length === 0 && <Text>No notifications yet.</Text>}
          {notices.map((notice) => <NotificationSummary key={notice.id} notice={notice} />)}
          <Divider />
          <Group justify="space-between">
            <Button component={Link} to="/notifications" variant="light" size="xs" onClick={() => setOpened(false)}>All notifications</Button>
            <Anchor component={Link} to="/settings/notifications" size="sm" onClick={() => setOpened(false)}>Preferences</Anchor>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
