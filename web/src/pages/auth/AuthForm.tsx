// The form both sign-up and sign-in use: email, password, and for sign-up the account's role.
import { Alert, Button, PasswordInput, Radio, Stack, TextInput, Title } from "@mantine/core";
import { useState, type FormEvent, type ReactNode } from "react";
import type { CombinedError } from "urql";
import { errorCode, fieldErrors, friendlyMessage } from "../../errors";
import type { Role } from "../../gql/graphql";

export interface Credentials {
  email: string;
  password: string;
  role: Role;
}

const ROLES: { value: Role; label: string }[] = [
  { value: "APPLICANT", label: "Applicant: I am applying to residency" },
  { value: "MENTOR", label: "Mentor: I help applicants" },
  { value: "ORG_ADMIN", label: "Organization: I advise a group of applicants" },
];

interface Props {
  title: string;
  submitLabel: string;
  withRole: boolean;
  busy: boolean;
  error?: CombinedError;
  onSubmit: (credentials: Credentials) => void;
  footer: ReactNode;
}

export function AuthForm({ title, submitLabel, withRole, busy, error, onSubmit, footer }: Props) {
  const [credentials, setCredentials] = useState<Credentials>({ email: "", password: "", role: "APPLICANT" });
  const fields = fieldErrors(error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(credentials);
  };
  return (
    <Stack maw={440} mx="auto">
      <Title order={1}>{title}</Title>
      <form onSubmit={submit} aria-label={title}>
        <Stack>
          <TextInput label="Email" type="email" autoComplete="email" required
            value={credentials.email} error={fields.email}
            onChange={(e) => setCredentials({ ...credentials, email: e.currentTarget.value })} />
          <PasswordInput label="Password" required
            autoComplete={withRole ? "new-password" : "current-password"}
            description={withRole ? "At least 8 characters; a few words you remember work well." : undefined}
            value={credentials.password} error={fields.password}
            onChange={(e) => setCredentials({ ...credentials, password: e.currentTarget.value })} />
          {withRole && (
            <Radio.Group label="I am signing up as" value={credentials.role}
              onChange={(role) => setCredentials({ ...credentials, role: role as Role })}>
              <Stack gap="xs" mt={4}>
                {ROLES.map(({ value, label }) => <Radio key={value} value={value} label={label} />)}
              </Stack>
            </Radio.Group>
          )}
          {error && Object.keys(fields).length === 0 && (
            <Alert color="red" role="alert">
              {errorCode(error) === "UNAUTHENTICATED" ? "That email and password do not match an account." : friendlyMessage(error)}
            </Alert>
          )}
          <Button type="submit" loading={busy}>{submitLabel}</Button>
        </Stack>
      </form>
      {footer}
    </Stack>
  );
}
