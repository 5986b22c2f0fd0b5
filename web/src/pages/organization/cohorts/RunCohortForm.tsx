// Runs a cohort over the organization's members: which applicants and mentors, a minimum score.
import { Alert, Button, Checkbox, NumberInput, Stack, Text, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { useMutation, useQuery } from "urql";
import { Loading } from "../../../components/organization/Loading";
import { Problem } from "../../../components/organization/Problem";
import { problemMessage } from "../../../components/organization/problem";
import { CohortMembersQuery, RunCohortMutation } from "./operations";

interface Picked {
  label: string;
  ids: string[];
  chosen: string[];
  onChange: (ids: string[]) => void;
}

function PickMembers({ label, ids, chosen, onChange }: Picked) {
  if (ids.length === 0) return <Text size="sm" c="dimmed">{`No ${label.toLowerCase()} among your members yet.`}</Text>;
  return (
    <Checkbox.Group label={label} value={chosen} onChange={onChange}>
      <Stack gap={4} mt={4}>{ids.map((id) => <Checkbox key={id} value={id} label={id} />)}</Stack>
    </Checkbox.Group>
  );
}

export function RunCohortForm() {
  const [members] = useQuery({ query: CohortMembersQuery });
  const [name, setName] = useState("");
  const [minScore, setMinScore] = useState<number | string>(0);
  const [mentees, setMentees] = useState<string[] | null>(null);
  const [mentors, setMentors] = useState<string[] | null>(null);
  const [{ fetching, error }, run] = useMutation(RunCohortMutation);
  const navigate = useNavigate();

  if (members.error) return <Problem error={members.error} />;
  if (!members.data) return <Loading what="members" />;
  const everyone = members.data.me.organizationMembers.edges.map((edge) => edge.node);
  const applicantIds = everyone.filter((m) => m.role === "APPLICANT").map((m) => m.accountId);
  const mentorIds = everyone.filter((m) => m.role === "MENTOR").map((m) => m.accountId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { name, minScore: Number(minScore), menteeIds: mentees ?? applicantIds, mentorIds: mentors ?? mentorIds };
    const result = await run({ input }, { additionalTypenames: ["MentorCohortRun"] });
    const made = result.data?.runMentorCohort;
    if (made) navigate(`/organization/cohorts/${made.id}`);
  }

  return (
    <form onSubmit={submit} aria-label="Run a cohort">
      <Stack gap="sm">
        <TextInput label="Name" description="Shown to the people paired: “Suggested by …”" required value={name}
          onChange={(event) => setName(event.currentTarget.value)} />
        <NumberInput label="Minimum compatibility (0 to 100)" min={0} max={100} value={minScore} onChange={setMinScore} />
        <PickMembers label="Mentees" ids={applicantIds} chosen={mentees ?? applicantIds} onChange={setMentees} />
        <PickMembers label="Mentors" ids={mentorIds} chosen={mentors ?? mentorIds} onChange={setMentors} />
        {error && <Alert role="alert" color="red" title="The cohort did not run">{problemMessage(error)}</Alert>}
        <Button type="submit" loading={fetching}>Run the cohort</Button>
      </Stack>
    </form>
  );
}
