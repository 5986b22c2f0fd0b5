// Subscriptions over the gateway's WebSocket (graphql-transport-ws, the graphql-ws client):
// the same URL as GraphQL over HTTP with a ws(s) scheme, the token in connection_init's payload.
// The socket opens with the first subscription and closes after the last.
import { createClient as createSocketClient } from "graphql-ws";
import { subscriptionExchange, type Exchange } from "urql";

export function socketUrl(graphqlUrl: string): string {
  return graphqlUrl.replace(/^http/, "ws");
}

export function liveExchange(graphqlUrl: string, token: string | null): Exchange {
  const socket = createSocketClient({
    url: socketUrl(graphqlUrl),
    lazy: true,
    // the client is made anew for each signed-in account (client.tsx), so its token is fixed
    connectionParams: () => (token ? { authorization: `Bearer ${token}` } : {}),
  });
  return subscriptionExchange({
    forwardSubscription: (request) => ({
      subscribe: (sink) => ({ unsubscribe: socket.subscribe({ ...request, query: request.query ?? "" }, sink) }),
    }),
  });
}
