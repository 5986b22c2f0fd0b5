// An applicant's profile as the gateway's ProfileInput takes it: the short form of the try-it
// page, or the whole one (exams, certification, research) on the profile page. Numbers are not
// clamped here: the gateway's message for a wrong value shows next to its field.
import { Button, Checkbox, MultiSelect, NumberInput, Select } from "@mantine/core";
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
  submitLabel?: string;
  /** The whole profile, not only what a plan needs. */
  complete?: boolean;
  /** The gateway's messages by field (errors.ts fieldErrors). */
  errors?: Record<string, string>;
}

const asNumber = (value: string | number, empty: number | null) => (value === "" ? empty : Number(value));

export function ProfileForm({ initial, busy, onSubmit, submitLabel = "Show my plan", complete = false, errors = {} }: Props) {
  const [profile, setProfile] = useState(initial);
  const set = (changes: Partial<ProfileInput>) => setProfile((current) => ({ ...current, ...changes }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(profile);
  };
  const count = (field: "examAttemptsFailed" | "publications" | "researchExperiences", label: string) => (
    <NumberInput label={label} value={profile[field] ?? 0} min={0} clampBehavior="none" allowDecimal={false}
      error={errors[field]} onChange={(value) => set({ [field]: asNumber(value, 0) ?? 0 })} />
  );
  return (
    <form onSubmit={submit} className={complete ? "form-grid form-grid-two" : "form-grid"} aria-label="Your profile" noValidate>
      <Select label="Applicant type" data={APPLICANT_TYPES} value={profile.applicantType} allowDeselect={false}
        error={errors.applicantType} onChange={(value) => value && set({ applicantType: value as ApplicantType })} />
      <NumberInput label="Graduation year" value={profile.graduationYear} clampBehavior="none" allowDecimal={false}
        error={errors.graduationYear} onChange={(value) => set({ graduationYear: asNumber(value, 0) ?? 0 })} />
      <NumberInput label="USMLE Step 2 CK score" description="Leave empty if you have not taken it"
        value={profile.step2Score ?? ""} clampBehavior="none" allowDecimal={false} error={errors.step2Score}
        onChange={(value) => set({ step2Score: asNumber(value, null) })} />
      <Select label="Visa you need" data={VISAS} value={profile.visa ?? "NONE"} allowDeselect={false}
        error={errors.visa} onChange={(value) => value && set({ visa: value as Visa })} />
      <NumberInput label="US clinical experience (months)" value={profile.usceMonths ?? 0} min={0}
        clampBehavior="none" allowDecimal={false} error={errors.usceMonths}
        onChange={(value) => set({ usceMonths: asNumber(value, 0) ?? 0 })} />
      <MultiSelect label="Specialties" data={SPECIALTIES} value={profile.specialties ?? []} searchable
        error={errors.specialties} onChange={(specialties) => set({ specialties })} />
      <MultiSelect label="Preferred states" description="Optional" data={STATES} searchable
        value={profile.preferredStates ?? []} error={errors.preferredStates}
        onChange={(preferredStates) => set({ preferredStates })} />
      {complete && (
        <>
          {count("examAttemptsFailed", "Failed exam attempts")}
          {count("publications", "Publications")}
          {count("researchExperiences", "Research experiences")}
          <Checkbox label="Step 1 passed" checked={profile.step1Passed ?? true}
            onChange={(e) => set({ step1Passed: e.currentTarget.checked })} />
          <Checkbox label="Step 3 passed" checked={profile.step3Passed ?? false}
            onChange={(e) => set({ step3Passed: e.currentTarget.checked })} />
          <Checkbox label="ECFMG certified" checked={profile.ecfmgCertified ?? false}
            onChange={(e) => set({ ecfmgCertified: e.currentTarget.checked })} />
        </>
      )}
      <Button type="submit" loading={busy}>{submitLabel}</Button>
    </form>
  );
}
