// The mentor profile mentees search: the whole profile, saved at once.
import { Button, Checkbox, MultiSelect, NumberInput, Select, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { SPECIALTIES, STATES } from "../../domain";
import type { MentorPosition, MentorProfileFieldsFragment, MentorProfileInput, MentorTopic, VisaPath } from "../../gql/graphql";
import { fieldErrors } from "../../errors";
import { ProblemAlert } from "../../components/mentorship/ProblemAlert";
import { LANGUAGES, POSITIONS, TOPICS, languageName } from "../../components/mentorship/labels";
import { SaveMentorProfileMutation } from "./operations";

const VISA_PATHS = [{ value: "J1", label: "J-1" }, { value: "H1B", label: "H-1B" }, { value: "WAIVER", label: "J-1 waiver" }];

const NEW_PROFILE: MentorProfileInput = {
  position: "ATTENDING", specialty: "Internal Medicine", institution: "", languages: ["en"], topics: [], capacity: 2,
};

function asInput(profile: MentorProfileFieldsFragment | null | undefined): MentorProfileInput {
  if (!profile) return NEW_PROFILE;
  // Field by field: the result also carries __typename and verified, which the input refuses.
  const { position, specialty, institution, state, wasImg, trainingCountry, visaPaths, languages, timeZone,
    topics, capacity, acceptingMentees, bio, programId, organizationId } = profile;
  return { position, specialty, institution, state, wasImg, trainingCountry, visaPaths, languages, timeZone,
    topics, capacity, acceptingMentees, bio, programId, organizationId };
}

interface Props {
  profile: MentorProfileFieldsFragment | null | undefined;
  onSaved: () => void;
}

export function MentorProfileForm({ profile, onSaved }: Props) {
  const [input, setInput] = useState(() => asInput(profile));
  const [{ fetching, error, data }, save] = useMutation(SaveMentorProfileMutation);
  const set = (changes: Partial<MentorProfileInput>) => setInput((current) => ({ ...current, ...changes }));
  const problems = fieldErrors(error);
  // Codes a saved profile holds stay choosable even when the short list lacks them.
  const languages = [...LANGUAGES, ...input.languages.filter((code) => !LANGUAGES.some((known) => known.value === code))
    .map((code) => ({ value: code, label: languageName(code) }))];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!(await save({ input })).error) onSaved();
  };
  return (
    <form onSubmit={submit} aria-label="Mentor profile" className="form-grid form-grid-two">
      <Select label="Position" data={POSITIONS} value={input.position} allowDeselect={false} error={problems.position}
        onChange={(value) => value && set({ position: value as MentorPosition })} />
      <Select label="Specialty" data={SPECIALTIES} value={input.specialty} searchable allowDeselect={false}
        error={problems.specialty} onChange={(value) => value && set({ specialty: value })} />
      <TextInput label="Institution" required value={input.institution} error={problems.institution}
        onChange={(event) => set({ institution: event.currentTarget.value })} />
      <Select label="State" data={STATES} value={input.state ?? null} searchable clearable error={problems.state}
        onChange={(state) => set({ state })} />
      <MultiSelect label="Languages you mentor in" data={languages} value={input.languages} searchable
        error={problems.languages} onChange={(value) => set({ languages: value })} />
      <MultiSelect label="Topics you help with" data={TOPICS} value={input.topics} searchable error={problems.topics}
        onChange={(value) => set({ topics: value as MentorTopic[] })} />
      <NumberInput label="Mentees at once" min={1} max={20} value={input.capacity} error={problems.capacity}
        onChange={(value) => set({ capacity: Number(value) || 1 })} />
      <TextInput label="Time zone" description="e.g. America/New_York" value={input.timeZone ?? ""}
        error={problems.timeZone} onChange={(event) => set({ timeZone: event.currentTarget.value.trim() || null })} />
      <Checkbox label="I was an international medical graduate" checked={input.wasImg ?? false}
        onChange={(event) => set({ wasImg: event.currentTarget.checked })} />
      <TextInput label="Country of medical school" description="Two letters, e.g. PK" maxLength={2}
        value={input.trainingCountry ?? ""} error={problems.trainingCountry}
        onChange={(event) => set({ trainingCountry: event.currentTarget.value.trim() || null })} />
      <MultiSelect label="Visa paths you know" data={VISA_PATHS} value={input.visaPaths ?? []}
        onChange={(value) => set({ visaPaths: value as VisaPath[] })} />
      <Checkbox label="I am taking new mentees" checked={input.acceptingMentees ?? true}
        onChange={(event) => set({ acceptingMentees: event.currentTarget.checked })} />
      <Textarea label="About you" autosize minRows={3} value={input.bio ?? ""} error={problems.bio}
        onChange={(event) => set({ bio: event.currentTarget.value })} />
      <Stack gap="xs">
        <ProblemAlert error={error} title="Profile not saved" />
        {data && !error && <Text size="sm" role="status">Profile saved. Mentees can find you in a few seconds.</Text>}
        <Button type="submit" loading={fetching}>Save mentor profile</Button>
      </Stack>
    </form>
  );
}
