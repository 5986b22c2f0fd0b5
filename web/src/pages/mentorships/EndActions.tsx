// Ending an active mentorship: completed as planned, or cancelled early with a reason.
import { Button, Group, Stack, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { ProblemAlert } from "../../components/mentorship/ProblemAlert";
import { CancelMentorshipMutation, CompleteMentorshipMutation } from "./operations";
import type { SectionProps } from "./types";

export function EndActions({ mentorship, onChanged }: SectionProps) {
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState("");
  const [completed, complete] = useMutation(CompleteMentorshipMutation);
  const [cancelled, cancel] = useMutation(CancelMentorshipMutation);
  const onComplete = async () => {
    if (!(await complete({ id: mentorship.id })).error) onChanged();
  };
  const onCancel = async (event: FormEvent) => {
    event.preventDefault();
    if (!(await cancel({ id: mentorship.id, reason: reason.trim() || null })).error) onChanged();
  };
  return (
    <Stack gap="sm">
      <Group gap="sm">
        <Button variant="light" loading={completed.fetching} onClick={() => void onComplete()}>
          Mark completed
        </Button>
        {!cancelling && <Button variant="default" onClick={() => setCancelling(true)}>End early…</Button>}
      </Group>
      {cancelling && (
        <form onSubmit={onCancel} aria-label="End the mentorship early" className="form-grid">
          <TextInput label="Why (optional)" value={reason} onChange={(event) => setReason(event.currentTarget.value)} />
          <Group gap="sm">
            <Button type="submit" color="red" loading={cancelled.fetching}>End the mentorship</Button>
            <Button variant="default" onClick={() => setCancelling(false)}>Keep it</Button>
          </Group>
        </form>
      )}
      <ProblemAlert error={completed.error ?? cancelled.error} title="The mentorship did not change" />
    </Stack>
  );
}
