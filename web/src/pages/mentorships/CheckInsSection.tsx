// The meetings the two recorded, latest first, and a form to record one.
import { Button, Card, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { ProblemAlert } from "../../components/mentorship/ProblemAlert";
import { calendarDay } from "../../components/mentorship/labels";
import { RecordCheckInMutation } from "./operations";
import type { SectionProps } from "./types";

const today = () => new Date().toISOString().slice(0, 10);

export function CheckInsSection({ mentorship, onChanged }: SectionProps) {
  const [date, setDate] = useState(today);
  const [notes, setNotes] = useState("");
  const [nextDate, setNextDate] = useState("");
  const [{ fetching, error }, record] = useMutation(RecordCheckInMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await record({ mentorshipId: mentorship.id, input: { date, notes, nextDate: nextDate || null } });
    if (!result.error) {
      setNotes("");
      setNextDate("");
      onChanged();
    }
  };
  return (
    <section aria-labelledby="check-ins">
      <Stack gap="sm">
        <Title order={2} id="check-ins">Check-ins</Title>
        {mentorship.checkIns.length === 0 && <Text c="dimmed">No check-ins recorded yet.</Text>}
        <Stack component="ul" gap="xs" className="plain-list">
          {mentorship.checkIns.map((checkIn) => (
            <Card component="li" key={checkIn.id} withBorder padding="xs">
              <Text size="sm" fw={600}>Met {calendarDay(checkIn.date)}</Text>
              {checkIn.notes && <Text size="sm" className="quoted">{checkIn.notes}</Text>}
              {checkIn.nextDate && <Text size="xs">Next meeting {calendarDay(checkIn.nextDate)}</Text>}
            </Card>
          ))}
        </Stack>
        {mentorship.status === "ACTIVE" && (
          <form onSubmit={submit} aria-label="Record a check-in" className="form-grid">
            <TextInput label="Meeting date" type="date" required value={date}
              onChange={(event) => setDate(event.currentTarget.value)} />
            <Textarea label="Notes" description="Both of you see them" maxLength={2000} autosize minRows={2}
              value={notes} onChange={(event) => setNotes(event.currentTarget.value)} />
            <TextInput label="Next meeting" type="date" value={nextDate}
              onChange={(event) => setNextDate(event.currentTarget.value)} />
            <ProblemAlert error={error} title="Check-in not recorded" />
            <Button type="submit" loading={fetching}>Record check-in</Button>
          </form>
        )}
      </Stack>
    </section>
  );
}
