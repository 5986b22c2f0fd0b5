// One mentor of the search: who they are, how well they suit me and why, and a request button.
import { Badge, Button, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import type { FindMentorsQuery } from "../../gql/graphql";
import { POSITIONS, languageName, topicList } from "../../components/mentorship/labels";
import { RequestForm } from "./RequestForm";

export type Suggestion = FindMentorsQuery["mentors"]["edges"][number]["node"];

interface Props {
  suggestion: Suggestion;
  requested: boolean;
  onRequested: () => void;
}

export function MentorCard({ suggestion, requested, onRequested }: Props) {
  const [asking, setAsking] = useState(false);
  const { mentor, score, reasons, freeCapacity } = suggestion;
  const profile = mentor.profile;
  const position = POSITIONS.find((known) => known.value === profile.position)?.label ?? profile.position;
  const heading = `${position}, ${profile.specialty}`;
  return (
    <Card component="article" withBorder padding="md" aria-label={`${heading} at ${profile.institution}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="start" wrap="nowrap">
          <div>
            <Title order={3} size="h4">{heading}</Title>
            <Text size="sm">{profile.institution}{profile.state ? `, ${profile.state}` : ""}</Text>
          </div>
          <Text size="sm" fw={700} ta="right">Compatibility {Math.round(score)}/100</Text>
        </Group>
        <Group gap="xs">
          {profile.wasImg && <Badge variant="light" color="grape">Was an IMG</Badge>}
          {profile.verified && <Badge variant="light">Verified</Badge>}
          <Badge variant="light">{freeCapacity > 0 ? `Room for ${freeCapacity}` : "Full"}</Badge>
        </Group>
        <Text size="sm">Helps with: {topicList(profile.topics)}</Text>
        <Text size="sm">Speaks: {profile.languages.map(languageName).join(", ")}</Text>
        {profile.bio && <Text size="sm">{profile.bio}</Text>}
        <div>
          <Text size="sm" fw={600}>Why this mentor</Text>
          {reasons.length === 0
            ? <Text size="sm" c="dimmed">Nothing in your profile points to them in particular.</Text>
            : <List size="sm" aria-label="Why this mentor">{reasons.map((reason) => <List.Item key={reason}>{reason}</List.Item>)}</List>}
        </div>
        {requested && <Text size="sm" fw={600}>You asked this mentor.</Text>}
        {!requested && !asking && (
          <Button variant="light" onClick={() => setAsking(true)} disabled={freeCapacity === 0}>
            Request mentorship
          </Button>
        )}
        {asking && (
          <RequestForm mentorId={mentor.id} topics={profile.topics}
            onDone={(sent) => { setAsking(false); if (sent) onRequested(); }} />
        )}
      </Stack>
    </Card>
  );
}
