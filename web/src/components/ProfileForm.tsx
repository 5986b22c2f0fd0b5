// The short profile the try-it page plans for; the same fields the gateway's ProfileInput takes.
import { Button, MultiSelect, NumberInput, Select } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { APPLICANT_TYPES, SPECIALTIES, STATES, VISAS } from "../domain";
import type { ApplicantType, ProfileInput, Visa } from "../gql/graphql";

export const STARTING_PROFILE: ProfileInput = {
  applicantType: "NON_US_IMG",
  graduationYear: new Date().getFullYear() - 2,
  step2Score: 240,
  visa: "J1",
  usceMonths: 3,
  specialties: ["Internal Medicine"],
  preferredStates: [],
};

interface Props {
  initial: ProfileInput;
  busy: boolean;
  onSubmit: (profile: ProfileInput) => void;
}

export function ProfileForm({ initial, busy, onSubmit }: Props) {
  const [profile, setProfile] = useState(initial);
  const set = (changes: Partial<ProfileInput>) => setProfile((current) => ({ ...current, ...changes }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(profile);
  };
  const thisYear = new Date().getFullYear();
  return (
    <form onSubmit={submit} className="form-grid" aria-label="Your profile">
      <Select
        label="Applicant type"
        data={APPLICANT_TYPES}
        value={profile.applicantType}
        onChange={(value) => value && set({ applicantType: value as ApplicantType })}
        allowDeselect={false}
      />
      <NumberInput
        label="Graduation year"
        value={profile.graduationYear}
        min={1970}
        max={thisYear + 6}
        onChange={(value) => set({ graduationYear: Number(value) || thisYear })}
      />
      <NumberInput
        label="USMLE Step 2 CK score"
        description="Leave empty if you have not taken it"
        value={profile.step2Score ?? ""}
        min={1}
        max={300}
        onChange={(value) => set({ step2Score: value === "" ? null : Number(value) })}
      />
      <Select
        label="Visa you need"
        data={VISAS}
        value={profile.visa ?? "NONE"}
        onChange={(value) => value && set({ visa: value as Visa })}
        allowDeselect={false}
      />
      <NumberInput
        label="US clinical experience (months)"
        value={profile.usceMonths ?? 0}
        min={0}
        max={120}
        onChange={(value) => set({ usceMonths: Number(value) || 0 })}
      />
      <MultiSelect
        label="Specialties"
        data={SPECIALTIES}
        value={profile.specialties ?? []}
        onChange={(specialties) => set({ specialties })}
        searchable
      />
      <MultiSelect
        label="Preferred states"
        description="Optional"
        data={STATES}
        value={profile.preferredStates ?? []}
        onChange={(preferredStates) => set({ preferredStates })}
        searchable
      />
      <Button type="submit" loading={busy}>Show my plan</Button>
    </form>
  );
}
