// The preferences form: edits a copy, saves it all at once, shows BAD_USER_INPUT by field.
import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { fieldErrors, friendlyMessage } from "../../errors";
import { ChannelChoices } from "./ChannelChoices";
import { DeliveryTimes } from "./DeliveryTimes";
import { toForm, toInput, type Channel, type PreferencesForm } from "./form";
import { UpdatePreferencesMutation } from "./operations";

export function PreferencesEditor({ initial }: { initial: PreferencesForm }) {
  const [form, setForm] = useState(initial);
  const [saved, setSaved] = useState(false);
  const [{ fetching, error }, update] = useMutation(UpdatePreferencesMutation);
  const errors = fieldErrors(error);

  const change = (changes: Partial<PreferencesForm>) => {
    setForm({ ...form, ...changes });
    setSaved(false);
  };
  const switchChannel = (category: string, channel: Channel, on: boolean) =>
    change({ channels: { ...form.channels, [category]: { ...form.channels[category], [channel]: on } } });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await update({ input: toInput(form) });
    const stored = done.data?.updateNotificationPreferences;
    if (stored) {
      setForm(toForm(stored));
      setSaved(true);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ChannelChoices channels={form.channels} onChange={switchChannel} />
        {errors.channels && <Text c="red.9" size="sm" role="alert">{errors.channels}</Text>}
        <DeliveryTimes form={form} errors={errors} onChange={change} />
        {error && Object.keys(errors).length === 0 && (
          <Alert color="red" role="alert" title="Not saved">{friendlyMessage(error)}</Alert>
        )}
        <Group>
          <Button type="submit" loading={fetching}>Save preferences</Button>
          <Text role="status" size="sm">{saved ? "Preferences saved." : ""}</Text>
        </Group>
      </Stack>
    </form>
  );
}
