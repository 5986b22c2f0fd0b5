// The preferences as the form edits them, and back: every channel on or off (a channel never
// chosen is on, as every kind's default is), quiet hours as "HH:MM" or none.
import type { NotificationCategory, NotificationPreferencesInput, PreferencesFieldsFragment } from "../../gql/graphql";

export type Channel = "inApp" | "email" | "live";
export const CHANNELS: { key: Channel; label: string }[] = [
  { key: "inApp", label: "In the app" },
  { key: "email", label: "Email" },
  { key: "live", label: "Live updates" },
];
/** Account notices always arrive: they are no one's choice. */
export const CHOOSABLE: NotificationCategory[] = ["RECOMMENDATIONS", "MENTORSHIP", "CALENDAR", "ORGANIZATION"];

export interface PreferencesForm {
  channels: Record<string, Record<Channel, boolean>>;
  emailDigest: boolean;
  digestHour: string;
  quiet: boolean;
  quietStart: string;
  quietEnd: string;
  timeZone: string;
}

const hhmm = (time: unknown) => String(time).slice(0, 5);

export function toForm(saved: PreferencesFieldsFragment): PreferencesForm {
  const chosen = new Map(saved.channels.map((choice) => [choice.category, choice]));
  const channels = Object.fromEntries(CHOOSABLE.map((category) => {
    const choice = chosen.get(category);
    return [category, { inApp: choice?.inApp ?? true, email: choice?.email ?? true, live: choice?.live ?? true }];
  }));
  return {
    channels,
    emailDigest: saved.emailDigest,
    digestHour: String(saved.digestHour),
    quiet: saved.quietHours != null,
    quietStart: saved.quietHours ? hhmm(saved.quietHours.start) : "22:00",
    quietEnd: saved.quietHours ? hhmm(saved.quietHours.end) : "07:00",
    timeZone: saved.timeZone,
  };
}

export function toInput(form: PreferencesForm): NotificationPreferencesInput {
  return {
    channels: CHOOSABLE.map((category) => ({ category, ...form.channels[category] })),
    emailDigest: form.emailDigest,
    digestHour: Number(form.digestHour),
    quietHours: form.quiet ? { start: `${form.quietStart}:00`, end: `${form.quietEnd}:00` } : null,
    timeZone: form.timeZone,
  };
}
