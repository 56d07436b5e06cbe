import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client/core';
import { createClient, type Client } from 'graphql-ws';
import { ref, type Ref } from 'vue';
import { retryDelay } from './liveSubscription.js';

/** `idle`: no page needs live updates right now (the socket is closed on purpose). */
export type LiveStatus = 'idle' | 'connecting' | 'live' | 'reconnecting' | 'unauthorised';

export interface ApiClients {
  apollo: ApolloClient<unknown>;
  /** The WebSocket client; the calendar's subscription (`calendar/useCalendarBookings.ts`) resumes on it by cursor. */
  ws: Client;
  liveStatus: Ref<LiveStatus>;
  /** When the live connection was lost, for the "offline since" mark; null while live. */
  offlineSince: Ref<Date | null>;
}

/** Close codes the server uses when credentials are refused (4403) or ended (4401). */
const REFUSED = new Set([4401, 4403]);
/** A socket closed normally: the lazy client closes it once no subscription needs it. */
const NORMAL_CLOSURE = 1000;

/** Queries and mutations over HTTP; the one subscription over graphql-ws on the same origin. */
export function createApiClients(origin: string = window.location.origin, options: { displayToken?: string } = {}): ApiClients {
  const liveStatus = ref<LiveStatus>('idle');
  const offlineSince = ref<Date | null>(null);
  const ws = createClient({
    url: `${origin.replace(/^http/, 'ws')}/graphql`,
    lazy: true,
    connectionParams: options.displayToken ? { displayToken: options.displayToken } : {},
    keepAlive: 10_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: async (retries) => {
      await new Promise((resolve) => setTimeout(resolve, retryDelay(retries)));
    },
    on: {
      connecting: () => {
        if (liveStatus.value === 'idle') liveStatus.value = 'connecting';
      },
      connected: () => {
        liveStatus.value = 'live';
        offlineSince.value = null;
      },
      closed: (event) => {
        const code = (event as { code?: number } | undefined)?.code;
        if (code === NORMAL_CLOSURE) {
          liveStatus.value = 'idle';
          offlineSince.value = null;
          return;
        }
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
