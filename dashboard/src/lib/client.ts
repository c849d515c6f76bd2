import { Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';

export interface ApiClient {
  urql: Client;
  close(): void;
}

/**
 * The one GraphQL client of the app, for one bearer token: queries and mutations over HTTP POST,
 * subscriptions over graphql-ws on the same origin, authenticated in connection_init.
 */
export function createApiClient(token: string, origin = window.location.origin): ApiClient {
  const ws: WsClient = createWsClient({
    url: origin.replace(/^http/, 'ws') + '/graphql',
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: true,
    retryAttempts: 5,
  });
  const urql = new Client({
    url: `${origin}/graphql`,
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetchOptions: () => ({ headers: { authorization: `Bearer ${token}` } }),
    exchanges: [
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
  return { urql, close: () => void ws.dispose() };
}

/** A readable message from a urql/GraphQL error: the API's own message, never a stack. */
export function errorMessage(error: { graphQLErrors?: readonly { message: string }[]; networkError?: Error; message: string } | undefined | null): string | null {
  if (!error) return null;
  if (error.graphQLErrors?.length) return error.graphQLErrors.map((e) => e.message).join('; ');
  if (error.networkError) return `The API did not answer: ${error.networkError.message}`;
  return error.message;
}
