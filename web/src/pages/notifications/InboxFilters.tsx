// The inbox's filters: which state (inbox, unread, snoozed, archived) and which category.
import { Group, SegmentedControl, Select } from "@mantine/core";
import type { NotificationCategory, NotificationState } from "../../gql/graphql";
import { CATEGORY_NAMES } from "../../components/notifications/format";

const STATES: { value: NotificationState; label: string }[] = [
  { value: "INBOX", label: "Inbox" },
  { value: "UNREAD", label: "Unread" },
  { value: "SNOOZED", label: "Snoozed" },
  { value: "ARCHIVED", label: "Archived" },
];
const CATEGORIES = Object.entries(CATEGORY_NAMES).map(([value, label]) => ({ value, label }));

interface Props {
  state: NotificationState;
  category: NotificationCategory | null;
  onState: (state: NotificationState) => void;
  onCategory: (category: NotificationCategory | null) => void;
}

export function InboxFilters({ state, category, onState, onCategory }: Props) {
  return (
    <Group align="end" wrap="wrap">
      <SegmentedControl aria-label="Show" data={STATES} value={state}
        onChange={(value) => onState(value as NotificationState)} />
      <Select label="Category" placeholder="All categories" data={CATEGORIES} value={category} clearable
        onChange={(value) => onCategory(value as NotificationCategory | null)} />
    </Group>
  );
}
