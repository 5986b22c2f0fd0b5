// The urql client: a new one for each signed-in account, so nothing one account read is ever
// served from the cache to the next; its requests carry that account's bearer token, and its
// subscriptions go over the gateway's WebSocket. Operations go as automatic persisted queries:
// the hash alone, the text only when the gateway asks for it; a production gateway runs only the
// hashes of this build (scripts/persisted-queries.mjs writes its allow-list).
import { persistedExchange } from "@urql/exchange-persisted";
import { useMemo, type ReactNode } from "react";
import { Client, Provider, cacheExchange, fetchExchange } from "urql";
import { liveExchange } from "./components/notifications/socket";
import { useSession } from "./SessionContext";

export function createClient(graphqlUrl: string, token: string | null): Client {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  return new Client({
    url: graphqlUrl,
    exchanges: [
      cacheExchange,
      persistedExchange({ enableForMutation: true, preferGetForPersistedQueries: false }),
      fetchExchange,
      liveExchange(graphqlUrl, token), // subscriptions, over the gateway's WebSocket
    ],
    fetchOptions: { headers },
  });
}

export function GraphQLProvider({ graphqlUrl, children }: { graphqlUrl: string; children: ReactNode }) {
  const { token } = useSession();
  const client = useMemo(() => createClient(graphqlUrl, token), [graphqlUrl, token]);
  return <Provider value={client}>{children}</Provider>;
}
