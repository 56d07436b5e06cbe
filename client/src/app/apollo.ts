import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client/core';
import { createClient, type Client } from 'graphql-ws';
import { ref, type Ref } from 'vue';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'unauthorised';

export interface ApiClients {
  apollo: ApolloClient<unknown>;
  /** The WebSocket client; subscriptions are managed by `useLiveBookings`, which resumes by cursor. */
  ws: Client;
  liveStatus: Ref<LiveStatus>;
  /** When the live connection was lost, for the "offline since" mark; null while live. */
  offlineSince: Ref<Date | null>;
}

/** Close codes the server uses when credentials are refused (4403) or ended (4401). */
const REFUSED = new Set([4401, 4403]);

/** Queries and mutations over HTTP; the one subscription over graphql-ws on the same origin. */
export function createApiClients(origin: string = window.location.origin, options: { displayToken?: string } = {}): ApiClients {
  const liveStatus = ref<LiveStatus>('connecting');
  const offlineSince = ref<Date | null>(null);
  const ws = createClient({
    url: `${origin.replace(/^http/, 'ws')}/graphql`,
    lazy: true,
    connectionParams: options.displayToken ? { displayToken: options.displayToken } : {},
    keepAlive: 10_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: async (retries) => {
      // 0.5 s, 1 s, 2 s … up to 15 s, with jitter so a restarted server is not hit by every screen at once
      const delay = Math.min(500 * 2 ** retries, 15_000);
      await new Promise((resolve) => setTimeout(resolve, delay * (0.75 + Math.random() / 2)));
    },
    on: {
      connected: () => {
        liveStatus.value = 'live';
        offlineSince.value = null;
      },
      closed: (event) => {
        const code = (event as { code?: number } | undefined)?.code;
        liveStatus.value = code !== undefined && REFUSED.has(code) ? 'unauthorised' : 'reconnecting';
        offlineSince.value ??= new Date();
      },
    },
  });
  const apollo = new ApolloClient({
    link: new HttpLink({
      uri: `${origin}/graphql`,
      credentials: 'same-origin',
      headers: options.displayToken ? { 'x-display-token': options.displayToken } : {},
    }),
    cache: new InMemoryCache(),
  });
  return { apollo, ws, liveStatus, offlineSince };
}
