// Report a season: which of the plan's programs invited you, and whether (and where) you
// matched. Reporting the same season again updates it; the model learns from these reports.
import { Alert, Button, Checkbox, NumberInput, Radio, Select, Stack, Text, Title } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { fieldErrors, friendlyMessage } from "../../errors";
import { ReportOutcomeMutation } from "./operations";

interface Program {
  programId: string;
  name: string;
}

export function OutcomeForm({ programs }: { programs: Program[] }) {
  const [seasonYear, setSeasonYear] = useState(new Date().getFullYear());
  const [invited, setInvited] = useState<string[]>([]);
  const [matched, setMatched] = useState("unknown");
  const [matchedProgramId, setMatchedProgramId] = useState<string | null>(null);
  const [{ data, fetching, error }, report] = useMutation(ReportOutcomeMutation);
  const errors = fieldErrors(error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    report({ input: {
      seasonYear,
      applications: programs.map(({ programId }) => ({ programId, invited: invited.includes(programId) })),
      matched: matched === "unknown" ? null : matched === "yes",
      matchedProgramId: matched === "yes" ? matchedProgramId : null,
    } });
  };
  return (
    <form onSubmit={submit} aria-labelledby="outcome-title" noValidate>
      <Stack gap="sm">
        <Title order={2} size="h3" id="outcome-title">Report your season</Title>
        <Text size="sm">Tell us which programs invited you and how the Match went: the model learns from every report.</Text>
        <NumberInput label="Season (Match year)" value={seasonYear} allowDecimal={false} maw={200}
          error={errors.seasonYear} onChange={(value) => setSeasonYear(Number(value) || seasonYear)} />
        <Checkbox.Group label="Programs that invited you to interview" error={errors.applications}
          value={invited} onChange={setInvited}>
          <Stack gap={4} mt={4}>
            {programs.map(({ programId, name }) => (
              <Checkbox key={programId} value={programId} label={name} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Radio.Group label="Did you match?" value={matched} onChange={setMatched}>
          <Stack gap={4} mt={4}>
            <Radio value="unknown" label="Not yet known" />
            <Radio value="yes" label="Yes" />
            <Radio value="no" label="No" />
          </Stack>
        </Radio.Group>
        {matched === "yes" && (
          <Select label="Where did you match?" placeholder="Pick a program" searchable value={matchedProgramId}
            data={programs.map(({ programId, name }) => ({ value: programId, label: name }))}
            error={errors.matchedProgramId} onChange={setMatchedProgramId} />
        )}
        {error && <Alert color="red" role="alert">{friendlyMessage(error)}</Alert>}
        {data && !error && (
          <Alert color="green" role="status">
            Season {data.reportOutcome.seasonYear} saved (revision {data.reportOutcome.revision}). Thank you.
          </Alert>
        )}
        <div><Button type="submit" loading={fetching}>Save report</Button></div>
      </Stack>
    </form>
  );
}
