import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client/core';
import { createClient, type Client } from 'graphql-ws';
import { ref, type Ref } from 'vue';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting';

export interface ApiClients {
  apollo: ApolloClient<unknown>;
  /** The WebSocket client; subscriptions are managed by `useLiveBookings`, which resumes by cursor. */
  ws: Client;
  liveStatus: Ref<LiveStatus>;
}

/** Queries and mutations over HTTP; the one subscription over graphql-ws on the same origin. */
export function createApiClients(origin: string = window.location.origin): ApiClients {
  const liveStatus = ref<LiveStatus>('connecting');
  const ws = createClient({
    url: `${origin.replace(/^http/, 'ws')}/graphql`,
    lazy: true,
    keepAlive: 10_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: async (retries) => {
      // 0.5 s, 1 s, 2 s … up to 15 s, with jitter so a restarted server is not hit by every screen at once
      const delay = Math.min(500 * 2 ** retries, 15_000);
      await new Promise((resolve) => setTimeout(resolve, delay * (0.75 + Math.random() / 2)));
    },
    on: {
      connected: () => (liveStatus.value = 'live'),
      closed: () => (liveStatus.value = 'reconnecting'),
    },
  });
  const apollo = new ApolloClient({
    link: new HttpLink({ uri: `${origin}/graphql`, credentials: 'same-origin' }),
    cache: new InMemoryCache(),
  });
  return { apollo, ws, liveStatus };
}
