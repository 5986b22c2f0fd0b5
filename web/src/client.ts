// The urql client: every request carries the session's bearer token, read at send time so a
// sign-in takes effect without a new client. Operations go as automatic persisted queries: the
// hash alone, the text only when the gateway asks for it; a production gateway runs only the
// hashes of this build (scripts/persisted-queries.mjs writes its allow-list).
import { persistedExchange } from "@urql/exchange-persisted";
import { Client, cacheExchange, fetchExchange } from "urql";
import { storedToken } from "./session";

export function createClient(graphqlUrl: string): Client {
  return new Client({
    url: graphqlUrl,
    exchanges: [
      cacheExchange,
      persistedExchange({ enableForMutation: true, preferGetForPersistedQueries: false }),
      fetchExchange,
    ],
    preferGetMethod: false,
    fetchOptions: (): RequestInit => {
      const token = storedToken();
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      return { headers };
    },
  });
}
