import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, split } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient, type Client } from 'graphql-ws';
import { tap } from 'rxjs';
import { announceSaved } from './saved-changes';

/** ws(s)://<this host>/graphql: the same origin, so the session cookie goes with the upgrade request. */
function socketUrl(uri: string): string {
  const base = typeof window !== 'undefined' ? window.location.href : 'http://localhost/';
  const url = new URL(uri, base);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/** The live connection: opened by the first subscription, reconnected with backoff; sheets keep polling as a fallback. */
let socket: Client | null = null;

/** After signing in or out the socket must carry the new session: the next subscription opens a fresh one. */
export function restartLiveConnection(): void {
  socket?.terminate();
}

/** After a mutation's answer (saved, or refused in part): announceSaved, so counts of the work ask again. */
const savedChanges = new ApolloLink((operation, forward) => {
  const definition = getMainDefinition(operation.query);
  const mutation = definition.kind === 'OperationDefinition' && definition.operation === 'mutation';
  return mutation ? forward(operation).pipe(tap({ complete: announceSaved })) : forward(operation);
});

/**
 * Same-origin /graphql; the session is the httpOnly cookie set by login. Subscriptions (live rows, the bell) go over
 * graphql-ws on the same path; queries and mutations over HTTP.
 */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  const http = savedChanges.concat(new HttpLink({ uri, credentials: 'same-origin' }));
  if (typeof WebSocket === 'undefined') return new ApolloClient({ link: http, cache: new InMemoryCache() });
  socket = createClient({ url: socketUrl(uri), lazy: true, retryAttempts: Infinity, shouldRetry: () => true });
  const link = split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    new GraphQLWsLink(socket),
    http,
  );
  return new ApolloClient({ link, cache: new InMemoryCache() });
}
