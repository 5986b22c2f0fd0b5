// One page of the inbox (20 notices after a cursor), with its loading, empty and error states.
import { Alert, Button, Group, Loader, Text } from "@mantine/core";
import { useQuery } from "urql";
import { friendlyMessage } from "../../errors";
import type { NotificationCategory, NotificationState } from "../../gql/graphql";
import { NOTICE_LISTS } from "../../components/notifications/operations";
import { InboxItem } from "./InboxItem";
import { InboxQuery } from "./operations";

const EMPTY: Record<NotificationState, string> = {
  INBOX: "Your inbox is empty.",
  UNREAD: "You have read everything.",
  SNOOZED: "Nothing is snoozed.",
  ARCHIVED: "Nothing is archived.",
};

interface Props {
  state: NotificationState;
  category: NotificationCategory | null;
  after: string | null;
  onMore?: (cursor: string) => void;
}

export function InboxPage({ state, category, after, onMore }: Props) {
  const [{ data, fetching, error }] = useQuery({
    query: InboxQuery, variables: { state, category, after }, context: NOTICE_LISTS,
  });
  if (error) return <Alert color="red" role="alert" title="Notifications could not be loaded">{friendlyMessage(error)}</Alert>;
  const list = data?.me?.notifications;
  if (!list) return fetching ? <Group justify="center"><Loader aria-label="Loading notifications" /></Group> : null;
  if (!after && list.edges.length === 0) return <Text>{EMPTY[state]}</Text>;

  const next = list.pageInfo.endCursor;
  return (
    <>
      <ul className="notice-list" aria-label={after ? "Older notifications" : "Notifications"}>
        {list.edges.map(({ node }) => <InboxItem key={node.id} notice={node} />)}
      </ul>
      {onMore && list.pageInfo.hasNextPage && next && (
        <Button variant="default" onClick={() => onMore(next)}>Show older</Button>
      )}
    </>
  );
}
