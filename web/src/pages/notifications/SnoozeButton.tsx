// Snooze a notice until a local date and time (tomorrow at 8:00 unless changed); it then
// comes back unread.
import { Button, Popover, Stack, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { fieldErrors, friendlyMessage } from "../../errors";
import type { NotificationFieldsFragment } from "../../gql/graphql";
import { NOTICE_LISTS } from "../../components/notifications/operations";
import { SnoozeMutation } from "./operations";

/** A Date as an <input type="datetime-local"> value, in this device's time zone. */
function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function daysAhead(days: number): Date {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return date;
}

function tomorrowMorning(): string {
  const date = daysAhead(1);
  date.setHours(8, 0, 0, 0);
  return localInput(date);
}

/** The gateway snoozes for at most this long. */
const MAX_DAYS = 90;

export function SnoozeButton({ notice }: { notice: NotificationFieldsFragment }) {
  const [opened, setOpened] = useState(false);
  const [until, setUntil] = useState(tomorrowMorning);
  const [{ fetching, error }, snooze] = useMutation(SnoozeMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await snooze({ id: notice.id, until: new Date(until).toISOString() }, NOTICE_LISTS);
    if (!done.error) setOpened(false);
  };
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" shadow="md" trapFocus>
      <Popover.Target>
        <Button size="xs" variant="light" aria-label={`Snooze: ${notice.title}`} onClick={() => setOpened(!opened)}>Snooze</Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form onSubmit={submit}>
          <Stack gap="xs">
            <TextInput type="datetime-local" label="Snooze until" required value={until} min={localInput(new Date())}
              max={localInput(daysAhead(MAX_DAYS))}
              onChange={(event) => setUntil(event.currentTarget.value)}
              error={error && (fieldErrors(error).until ?? friendlyMessage(error))} />
            <Button type="submit" size="xs" loading={fetching}>Snooze</Button>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
