// Per category, a switch for each channel; live updates ride on in-app notices, so they are
// off while those are.
import { Fieldset, Group, Switch } from "@mantine/core";
import { CATEGORY_NAMES } from "../../components/notifications/format";
import { CHANNELS, CHOOSABLE, type Channel, type PreferencesForm } from "./form";

interface Props {
  channels: PreferencesForm["channels"];
  onChange: (category: string, channel: Channel, on: boolean) => void;
}

export function ChannelChoices({ channels, onChange }: Props) {
  return (
    <>
      {CHOOSABLE.map((category) => (
        <Fieldset key={category} legend={CATEGORY_NAMES[category]}>
          <Group gap="lg">
            {CHANNELS.map(({ key, label }) => (
              <Switch key={key} label={label}
                checked={channels[category][key] && (key !== "live" || channels[category].inApp)}
                disabled={key === "live" && !channels[category].inApp}
                onChange={(event) => onChange(category, key, event.currentTarget.checked)} />
            ))}
          </Group>
        </Fieldset>
      ))}
    </>
  );
}
