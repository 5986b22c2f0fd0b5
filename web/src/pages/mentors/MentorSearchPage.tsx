// Mentor search (applicants): the directory ranked for me with its reasons, a request from any
// card, and my requests with their status.
import { Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import type { MentorshipStatus } from "../../gql/graphql";
import { Busy } from "../../components/mentorship/Busy";
import { ProblemAlert } from "../../components/mentorship/ProblemAlert";
import { SignedInOnly } from "../../components/mentorship/SignedInOnly";
import "../../components/mentorship/mentorship.css";
import { MentorCard } from "./MentorCard";
import { MentorFilters, NO_FILTERS, type Filters } from "./MentorFilters";
import { MyRequests } from "./MyRequests";
import { FindMentorsQuery, MyMentorshipsQuery } from "./operations";

function MentorSearch() {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [status, setStatus] = useState<MentorshipStatus | null>(null);
  const [found] = useQuery({
    query: FindMentorsQuery,
    variables: { ...filters, imgBackground: filters.imgBackground || null },
  });
  const [mine, refreshMine] = useQuery({ query: MyMentorshipsQuery, variables: { status } });
  // Whatever status the list shows, a mentor asked already offers no second request.
  const waiting = new Set(mine.data?.me.waiting.edges.map((edge) => edge.node.mentor.id));
  const suggestions = found.data?.mentors.edges.map((edge) => edge.node) ?? [];
  return (
    <div className="columns">
      <Stack gap="lg">
        <MentorFilters filters={filters} onChange={setFilters} />
        <MyRequests result={mine} status={status} onStatus={setStatus} />
      </Stack>
      <section aria-labelledby="found-mentors" aria-busy={found.fetching}>
        <Stack gap="sm">
          <Title order={2} id="found-mentors">Mentors for you</Title>
          {found.fetching && <Busy label="Finding mentors" />}
          <ProblemAlert error={found.error} title="The search did not work" />
          {found.data && !found.fetching && (
            <Text size="sm" aria-live="polite">
              {found.data.mentors.totalCount === 0
                ? "No mentor matches these filters. Try removing one."
                : `${found.data.mentors.totalCount} ${found.data.mentors.totalCount === 1 ? "mentor" : "mentors"}, best suited first.`}
            </Text>
          )}
          <div className="mentor-results">
            {suggestions.map((suggestion) => (
              <MentorCard key={suggestion.mentor.id} suggestion={suggestion}
                requested={waiting.has(suggestion.mentor.id)}
                onRequested={() => refreshMine({ requestPolicy: "network-only" })} />
            ))}
          </div>
        </Stack>
      </section>
    </div>
  );
}

export default function MentorSearchPage() {
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Find a mentor</Title>
        <Text mt="xs">Physicians who have been where you are, ranked by how well they suit your profile.</Text>
      </div>
      <SignedInOnly what="mentors suited to you">
        <MentorSearch />
      </SignedInOnly>
    </Stack>
  );
}
