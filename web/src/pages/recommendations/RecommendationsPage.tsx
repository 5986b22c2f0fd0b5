// /recommendations: the applicant's programs with their chances, filtered, and the excluded
// ones with their reasons. Right after a profile change they are being recomputed (a few
// seconds through Kafka): the page says so and asks again until they reflect the profile.
import { Alert, Anchor, Button, Loader, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { RequireAccount } from "../../components/RequireAccount";
import { friendlyMessage } from "../../errors";
import { Filters, type Filter } from "./Filters";
import { RecommendationsQuery } from "./operations";
import { RecommendationCard } from "./RecommendationCard";

const PAGE = 25;
/** Each program shown adds to the query's cost (gateway/cost.py); narrow with filters beyond. */
const MAX_SHOWN = 75;
const RETRY_MS = 2000;

function Recommendations() {
  const [filter, setFilter] = useState<Filter>({ eligible: true, tier: null, state: null, specialty: null });
  const [shown, setShown] = useState(PAGE);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: RecommendationsQuery, variables: { first: shown, ...filter }, requestPolicy: "cache-and-network",
  });
  const filterBy = (next: Filter) => {
    setFilter(next);
    setShown(PAGE);
  };
  const me = data?.me;
  const list = me?.recommendations;
  const profileSaved = me?.profile?.updatedAt ? Date.parse(me.profile.updatedAt) : null;
  const computedFor = list?.profileUpdatedAt ? Date.parse(list.profileUpdatedAt) : null;
  const pending = profileSaved !== null && (computedFor === null || computedFor < profileSaved);

  useEffect(() => {
    if (!pending || fetching) return;
    const timer = setTimeout(() => refetch({ requestPolicy: "network-only" }), RETRY_MS);
    return () => clearTimeout(timer);
  }, [pending, fetching, refetch]);

  if (error) return <Alert color="red" role="alert" title="Your recommendations could not be loaded">{friendlyMessage(error)}</Alert>;
  if (!me) return <Loader aria-label="Loading your recommendations" />;
  if (!me.profile) {
    return <Text>Fill in <Anchor component={Link} to="/profile" underline="always">your profile</Anchor> first: your recommendations come from it.</Text>;
  }
  return (
    <div className="columns">
      <Filters filter={filter} specialties={me.profile.specialties} onChange={filterBy} />
      <Stack gap="sm" component="section" aria-label="Programs" aria-busy={fetching}>
        {pending && (
          <Alert role="status" title="Updating">Your recommendations are being computed for your latest profile…</Alert>
        )}
        {list && !pending && (
          <Text size="sm" role="status">
            {list.totalCount === 0 ? "No program matches these filters." :
              `${list.totalCount} programs${list.totalCount > list.edges.length ? `, the first ${list.edges.length} shown` : ""}.`}
          </Text>
        )}
        {fetching && <Loader size="sm" aria-label="Loading" />}
        {list?.edges.map(({ node }) => <RecommendationCard key={node.program?.id ?? node.score} recommendation={node} />)}
        {list && list.totalCount > list.edges.length && shown < MAX_SHOWN && (
          <div><Button variant="light" loading={fetching} onClick={() => setShown(shown + PAGE)}>Show more</Button></div>
        )}
      </Stack>
    </div>
  );
}

export default function RecommendationsPage() {
  return (
    <Stack gap="md">
      <Title order={1}>Your recommendations</Title>
      <Text size="sm">
        How many to apply to, within which budget, and what a higher Step 2 CK or more USCE would change:{" "}
        <Anchor component={Link} to="/plan" underline="always">your plan and its what-ifs</Anchor>.
      </Text>
      <RequireAccount><Recommendations /></RequireAccount>
    </Stack>
  );
}
