// Starts a simulation: a generated instance of a chosen size, or an uploaded instance file
// (sent as a GraphQL multipart request: urql's fetch exchange does that for File variables).
import { Alert, Button, Checkbox, FileInput, NumberInput, SegmentedControl, Stack, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { useMutation } from "urql";
import { fieldErrors } from "../../../errors";
import { problemMessage } from "../../../components/organization/problem";
import { RunSimulationMutation } from "./operations";

type Source = "generate" | "upload";

export function StartSimulationForm() {
  const [source, setSource] = useState<Source>("generate");
  const [name, setName] = useState("");
  const [applicants, setApplicants] = useState<number | string>(500);
  const [couples, setCouples] = useState<number | string>(10);
  const [supplemental, setSupplemental] = useState(true);
  const [seed, setSeed] = useState<number | string>(2026);
  const [file, setFile] = useState<File | null>(null);
  const [{ fetching, error }, run] = useMutation(RunSimulationMutation);
  const navigate = useNavigate();
  const fields = fieldErrors(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = source === "upload"
      ? { name, instance: file }
      : { name, generate: { applicants: Number(applicants), couples: Number(couples), supplemental, seed: Number(seed) } };
    const result = await run({ input }, { additionalTypenames: ["MatchSimulation"] });
    const started = result.data?.runMatchSimulation;
    if (started) navigate(`/organization/simulations/${started.id}`);
  }

  return (
    <form onSubmit={submit} aria-label="Start a simulation">
      <Stack gap="sm">
        <TextInput label="Name" description="For your list, e.g. “Class of 2027”" value={name}
          onChange={(event) => setName(event.currentTarget.value)} />
        <SegmentedControl aria-label="Instance" value={source} onChange={(value) => setSource(value as Source)}
          data={[{ value: "generate", label: "Generate one" }, { value: "upload", label: "Upload a file" }]} />
        {source === "generate" ? (
          <div className="form-grid">
            <NumberInput label="Applicants" min={1} max={60000} value={applicants} onChange={setApplicants} error={fields.generate} />
            <NumberInput label="Couples" min={0} value={couples} onChange={setCouples} />
            <NumberInput label="Seed" value={seed} onChange={setSeed} />
            <Checkbox label="Supplemental (PGY-1) phase" checked={supplemental}
              onChange={(event) => setSupplemental(event.currentTarget.checked)} />
          </div>
        ) : (
          <FileInput label="Instance file (JSON)" accept="application/json,.json" value={file} onChange={setFile}
            required clearable error={fields.instance} placeholder="Choose a file" />
        )}
        {error && <Alert role="alert" color="red" title="The simulation did not start">{problemMessage(error)}</Alert>}
        <Button type="submit" loading={fetching} disabled={source === "upload" && !file}>Start the simulation</Button>
      </Stack>
    </form>
  );
}
