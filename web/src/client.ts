// The urql client: every request carries the session's bearer token, read at send time so a
// sign-in takes effect without a new client. Subscriptions go over the gateway's WebSocket.
import { Client, cacheExchange, fetchExchange } from "urql";
import { liveExchange } from "./components/notifications/socket";
import { storedToken } from "./session";

export function createClient(graphqlUrl: string): Client {
  return new Client({
    url: graphqlUrl,
    exchanges: [cacheExchange, fetchExchange, liveExchange(graphqlUrl)],
    preferGetMethod: false,
    fetchOptions: (): RequestInit => {
      const token = storedToken();
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      return { headers };
    },
  });
}
