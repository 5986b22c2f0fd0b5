// One page of an endpoint's messages after the first, loaded by its cursor: it hands the page
// to the endpoint page (which shows every page as one list) and shows only its own loading or
// error. It loads again at each poll of the page, so a replayed message's status moves on here too.
import { useEffect, useRef } from "react";
import { useQuery } from "urql";
import { Loading } from "../../../components/organization/Loading";
import { Problem } from "../../../components/organization/Problem";
import type { MessagePage } from "./MessageList";
import { WebhookEndpointQuery } from "./operations";

export function LaterMessages({ id, after, poll, onPage }: {
  id: string;
  after: string;
  /** Counts the endpoint page's polls: each one loads this page again. */
  poll: number;
  onPage: (after: string, page: MessagePage) => void;
}) {
  const [{ data, fetching, error }, refresh] = useQuery({ query: WebhookEndpointQuery, variables: { id, after } });
  const page = data?.me.webhookEndpoint.messages;
  const loadedAt = useRef(poll);  // the first load is the query's own
  useEffect(() => {
    if (poll !== loadedAt.current) refresh({ requestPolicy: "network-only" });
  }, [poll, refresh]);
  useEffect(() => {
    if (page) onPage(after, page);
  }, [after, page, onPage]);
  if (error) return <Problem error={error} title="More messages did not load" />;
  return !page && fetching ? <Loading what="more messages" /> : null;
}
