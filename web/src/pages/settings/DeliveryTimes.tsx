// When email goes: the daily digest and its hour, quiet hours, the time zone both are in.
import { Group, Select, Switch, TextInput } from "@mantine/core";
import type { PreferencesForm } from "./form";

const HOURS = Array.from({ length: 24 }, (_, hour) => ({ value: String(hour), label: `${String(hour).padStart(2, "0")}:00` }));

function timeZones(current: string): string[] {
  const known = Intl.supportedValuesOf("timeZone");
  return [...new Set(["UTC", current, ...known])];
}

interface Props {
  form: PreferencesForm;
  errors: Record<string, string>;
  onChange: (changes: Partial<PreferencesForm>) => void;
}

export function DeliveryTimes({ form, errors, onChange }: Props) {
  return (
    <>
      <Group align="end" wrap="wrap">
        <Switch label="Daily email digest for low-priority notices" checked={form.emailDigest}
          error={errors.emailDigest} onChange={(event) => onChange({ emailDigest: event.currentTarget.checked })} />
        <Select label="Digest time" data={HOURS} value={form.digestHour} disabled={!form.emailDigest}
          allowDeselect={false} error={errors.digestHour} onChange={(value) => value && onChange({ digestHour: value })} />
      </Group>
      <Switch label="Quiet hours: hold email back" checked={form.quiet}
        onChange={(event) => onChange({ quiet: event.currentTarget.checked })} />
      {form.quiet && (
        <Group align="start" wrap="wrap">
          <TextInput type="time" label="From" required value={form.quietStart} error={errors.quietHours}
            onChange={(event) => onChange({ quietStart: event.currentTarget.value })} />
          <TextInput type="time" label="Until" required value={form.quietEnd}
            onChange={(event) => onChange({ quietEnd: event.currentTarget.value })} />
        </Group>
      )}
      <Select label="Time zone" data={timeZones(form.timeZone)} value={form.timeZone} searchable
        allowDeselect={false} error={errors.timeZone} onChange={(value) => value && onChange({ timeZone: value })} />
    </>
  );
}
