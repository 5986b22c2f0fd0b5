// /notifications: the inbox, filtered by state and category, a page of 20 at a time.
import { Stack, Title } from "@mantine/core";
import { useState } from "react";
import type { NotificationCategory, NotificationState } from "../../gql/graphql";
import { useSession } from "../../SessionContext";
import { InboxFilters } from "./InboxFilters";
import { InboxPage } from "./InboxPage";
import { MarkAllRead } from "./MarkAllRead";
import { SignInFirst } from "../../components/notifications/SignInFirst";

export default function NotificationsPage() {
  const { token } = useSession();
  const [state, setState] = useState<NotificationState>("INBOX");
  const [category, setCategory] = useState<NotificationCategory | null>(null);
  const [pages, setPages] = useState<(string | null)[]>([null]);
  if (!token) return <SignInFirst what="your notifications" />;

  const filter = (next: () => void) => {
    next();
    setPages([null]);
  };
  return (
    <Stack>
      <Title order={1}>Notifications</Title>
      <InboxFilters state={state} category={category}
        onState={(value) => filter(() => setState(value))}
        onCategory={(value) => filter(() => setCategory(value))} />
      <MarkAllRead />
      {pages.map((after, index) => (
        <InboxPage key={after ?? "first"} state={state} category={category} after={after}
          onMore={index === pages.length - 1 ? (cursor) => setPages([...pages, cursor]) : undefined} />
      ))}
    </Stack>
  );
}
