// "Mark all read", with how many that was once done.
import { Button, Group, Text } from "@mantine/core";
import { useMutation } from "urql";
import { friendlyMessage } from "../../errors";
import { NOTICE_LISTS } from "../../components/notifications/operations";
import { MarkAllReadMutation } from "./operations";

export function MarkAllRead() {
  const [{ data, fetching, error }, markAll] = useMutation(MarkAllReadMutation);
  const marked = data?.markAllNotificationsRead;
  return (
    <Group>
      <Button variant="light" loading={fetching} onClick={() => markAll({}, NOTICE_LISTS)}>Mark all read</Button>
      <Text size="sm" role="status">
        {error ? friendlyMessage(error) : marked === undefined ? "" : `${marked} marked read.`}
      </Text>
    </Group>
  );
}
