// Once completed, each side rates the mentorship once; only the giver sees their feedback.
import { Button, Select, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { ProblemAlert } from "../../components/mentorship/ProblemAlert";
import { dateTime } from "../../components/mentorship/labels";
import { GiveFeedbackMutation } from "./operations";
import type { SectionProps } from "./types";

const RATINGS = ["5 – excellent", "4 – good", "3 – fair", "2 – poor", "1 – very poor"]
  .map((label) => ({ value: label[0], label }));

export function FeedbackSection({ mentorship, onChanged }: SectionProps) {
  const [rating, setRating] = useState("5");
  const [comment, setComment] = useState("");
  const [{ fetching, error }, give] = useMutation(GiveFeedbackMutation);
  const given = mentorship.myFeedback;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await give({ mentorshipId: mentorship.id, rating: Number(rating), comment });
    if (!result.error) onChanged();
  };
  return (
    <section aria-labelledby="feedback">
      <Stack gap="sm">
        <Title order={2} id="feedback">Your feedback</Title>
        {given ? (
          <Text size="sm">You rated it {given.rating} out of 5 on {dateTime(given.givenAt)}
            {given.comment && `: “${given.comment}”`}. Only you see this.</Text>
        ) : (
          <form onSubmit={submit} aria-label="Give feedback" className="form-grid">
            <Select label="Rating" data={RATINGS} value={rating} allowDeselect={false}
              onChange={(value) => value && setRating(value)} />
            <Textarea label="Comment" description="Optional; only you see it" autosize minRows={2}
              value={comment} onChange={(event) => setComment(event.currentTarget.value)} />
            <ProblemAlert error={error} title="Feedback not saved" />
            <Button type="submit" loading={fetching}>Give feedback</Button>
          </form>
        )}
      </Stack>
    </section>
  );
}
