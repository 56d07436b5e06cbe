import { ApolloClient, HttpLink, InMemoryCache, split } from '@apollo/client/core';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';

/** One Apollo client for the app: queries and mutations over HTTP, subscriptions over graphql-ws, same origin. */
export function createApolloClient(origin: string = window.location.origin): ApolloClient<unknown> {
  const http = new HttpLink({ uri: `${origin}/graphql`, credentials: 'same-origin' });
  const ws = new GraphQLWsLink(createClient({ url: `${origin.replace(/^http/, 'ws')}/graphql`, lazy: true }));
  const link = split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    ws,
    http,
  );
  return new ApolloClient({ link, cache: new InMemoryCache() });
}
