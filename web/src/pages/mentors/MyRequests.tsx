// The applicant's own requests and mentorships, by status, with a waiting request withdrawable.
import { Button, Select, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useMutation, type UseQueryState } from "urql";
import type { MentorshipStatus, MyMentorshipsQuery } from "../../gql/graphql";
import { MentorshipItem } from "../../components/mentorship/MentorshipItem";
import { Busy } from "../../components/mentorship/Busy";
import { ProblemAlert } from "../../components/mentorship/ProblemAlert";
import { STATUSES } from "../../components/mentorship/labels";
import { WithdrawRequestMutation } from "./operations";

interface Props {
  result: UseQueryState<MyMentorshipsQuery>;
  status: MentorshipStatus | null;
  onStatus: (status: MentorshipStatus | null) => void;
}

const STATUS_CHOICES = Object.entries(STATUSES).map(([value, label]) => ({ value, label }));

export function MyRequests({ result, status, onStatus }: Props) {
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const [withdrawn, withdraw] = useMutation(WithdrawRequestMutation);
  const me = result.data?.me;
  const mine = me?.mentorships.edges.map((edge) => edge.node).filter((node) => node.mentee.id === me.id) ?? [];
  const onWithdraw = async (id: string) => {
    setWithdrawing(id);
    await withdraw({ id });
    setWithdrawing(null);
  };
  return (
    <section aria-labelledby="my-requests">
      <Stack gap="sm">
        <Title order={2} id="my-requests">Your requests</Title>
        <Select label="Status" placeholder="Any status" data={STATUS_CHOICES} value={status} clearable
          onChange={(value) => onStatus(value as MentorshipStatus | null)} />
        <ProblemAlert error={result.error} title="Your requests did not load" />
        <ProblemAlert error={withdrawn.error} title="Not withdrawn" />
        {result.fetching && !me && <Busy label="Loading your requests" />}
        {me && mine.length === 0 && <Text c="dimmed">No requests{status ? " with this status" : " yet"}.</Text>}
        <Stack component="ul" gap="sm" className="plain-list">
          {mine.map((mentorship) => (
            <MentorshipItem key={mentorship.id} mentorship={mentorship} title="Your request to a mentor">
              {mentorship.status === "REQUESTED" && (
                <Button size="xs" variant="default" loading={withdrawing === mentorship.id}
                  onClick={() => void onWithdraw(mentorship.id)}>Withdraw</Button>
              )}
            </MentorshipItem>
          ))}
        </Stack>
      </Stack>
    </section>
  );
}
