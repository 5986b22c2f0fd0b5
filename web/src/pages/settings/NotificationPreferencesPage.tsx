// /settings/notifications (emails link here): which notices reach me where, the daily digest,
// quiet hours in my time zone.
// Mantine's styles of two components only this page uses, in its own chunk (see mantine.css)
import "@mantine/core/styles/Fieldset.css";
import "@mantine/core/styles/Switch.css";
import { Alert, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "urql";
import { friendlyMessage } from "../../errors";
import { useSession } from "../../SessionContext";
import { SignInFirst } from "../../components/notifications/SignInFirst";
import { toForm } from "./form";
import { PreferencesQuery } from "./operations";
import { PreferencesEditor } from "./PreferencesEditor";

function Preferences() {
  const [{ data, fetching, error }] = useQuery({ query: PreferencesQuery });
  if (error) return <Alert color="red" role="alert" title="Your preferences could not be loaded">{friendlyMessage(error)}</Alert>;
  const saved = data?.me?.notificationPreferences;
  if (!saved) return fetching ? <Group justify="center"><Loader aria-label="Loading preferences" /></Group> : null;
  return <PreferencesEditor initial={toForm(saved)} />;
}

export default function NotificationPreferencesPage() {
  const { token } = useSession();
  return (
    <Stack>
      <Title order={1}>Notification preferences</Title>
      <Text>Account and security notices always reach you, by email too; choose how the rest do.</Text>
      {token ? <Preferences /> : <SignInFirst what="your notification preferences" />}
    </Stack>
  );
}
