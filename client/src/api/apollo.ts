import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** Same-origin /graphql; the session is the httpOnly cookie set by login. */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'same-origin' }),
    cache: new InMemoryCache(),
  });
}
