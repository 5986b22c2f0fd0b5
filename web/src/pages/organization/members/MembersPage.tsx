// /organization/members: invitation codes, invitations by email, and the members.
import { Card, Stack, Title } from "@mantine/core";
import { AdminOnly } from "../../../components/organization/AdminOnly";
import { CreateCodeForm } from "./CreateCodeForm";
import { InvitationCodes } from "./InvitationCodes";
import { InviteForm } from "./InviteForm";
import { MemberList } from "./MemberList";

export default function MembersPage() {
  return (
    <AdminOnly>
      <Title order={1} mb="md">Members</Title>
      <Stack gap="lg">
        <Card withBorder component="section" aria-labelledby="codes">
          <Title order={2} size="h3" id="codes" mb="sm">Invitation codes</Title>
          <Stack gap="md"><CreateCodeForm /><InvitationCodes /></Stack>
        </Card>
        <Card withBorder component="section" aria-labelledby="invite">
          <Title order={2} size="h3" id="invite" mb="sm">Invite by email</Title>
          <InviteForm />
        </Card>
        <section aria-labelledby="members">
          <Title order={2} size="h3" id="members" mb="sm">Members</Title>
          <MemberList />
        </section>
      </Stack>
    </AdminOnly>
  );
}
