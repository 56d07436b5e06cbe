import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client/core';
import { createClient, type Client } from 'graphql-ws';
import { ref, shallowRef, type Ref } from 'vue';
import type {} from '../first-answers/firstAnswers.js';
import { retryDelay } from './liveSubscription.js';
import { createLiveState, type LiveStatus } from './liveState.js';

export type { LiveStatus } from './liveState.js';

export interface ApiClients {
  apollo: ApolloClient<unknown>;
  /** The WebSocket client; the calendar's subscription (`calendar/useCalendarBookings.ts`) resumes on it by cursor. */
  ws: Client;
  liveStatus: Ref<LiveStatus>;
  /** When the live connection was lost, for the "offline since" mark; null while live. */
  offlineSince: Ref<Date | null>;
  /**
   * When the answers on screen were fetched, if the device had to show kept ones because the network could
   * not be reached (the service worker marks them); null once an answer came from the network again.
   */
  keptFrom: Ref<Date | null>;
  /**
   * Operations whose first answer was asked before the app ran (`first-answers/early.ts`): such an answer may be
   * older than the live stream's start, so the page asks again what it shows once the stream is up
   * (`shared/useDirectoryChanges.ts`).
   */
  answeredEarly: Ref<ReadonlySet<string>>;
}

/** The service worker's mark on an answer it read from the device (`offline/offlineRules.ts`). */
export const FETCHED_AT_HEADER = 'x-kollektiv-fetched-at';

/** Queries and mutations over HTTP; the one subscription over graphql-ws on the same origin. */
export function createApiClients(origin: string = window.location.origin, options: { displayToken?: string } = {}): ApiClients {
  const live = createLiveState();
  const ws = createClient({
    url: `${origin.replace(/^http/, 'ws')}/graphql`,
    lazy: true,
    connectionParams: options.displayToken ? { displayToken: options.displayToken } : {},
    keepAlive: 10_000,
    // graphql-ws retries every close but those it deems fatal (e.g. 4401: signed out); a stopping node's 1012
    // (SERVICE_RESTART) after retryDelay, about half a second, and through the proxy it reaches another node
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: async (retries) => {
      await new Promise((resolve) => setTimeout(resolve, retryDelay(retries)));
    },
    on: {
      connecting: () => live.connecting(),
      connected: () => {
        // from now on every answer must be newer than the stream's start
        window.kollektivFirstAnswers?.close();
        live.connected();
      },
      closed: (event) => live.closed((event as { code?: number } | undefined)?.code),
    },
  });
  const keptFrom = ref<Date | null>(null);
  const answeredEarly = shallowRef<ReadonlySet<string>>(new Set());
  const apollo = new ApolloClient({
    link: new HttpLink({
      uri: `${origin}/graphql`,
      fetch: async (input, init) => {
        // the calendar's or the display's first script may have asked this already (first-answers/early.ts)
        const early = (await window.kollektivFirstAnswers?.take(init?.body)) ?? null;
        if (early) answeredEarly.value = new Set([...answeredEarly.value, early.operationName]);
        const response = early?.response ?? (await fetch(input, init));
        const fetchedAt = response.headers.get(FETCHED_AT_HEADER);
        keptFrom.value = fetchedAt ? new Date(Math.min(new Date(fetchedAt).getTime(), keptFrom.value?.getTime() ?? Infinity)) : null;
        return response;
      },
      credentials: 'same-origin',
      headers: options.displayToken ? { 'x-display-token': options.displayToken } : {},
    }),
    // facts of the installation have no id: each page asks for the ones it shows, and the answers are one
    // object to merge, not to replace (replacing made the footer's and the sign-in page's queries ask again)
    cache: new InMemoryCache({ typePolicies: { AppInfo: { merge: true }, PrivacyInfo: { merge: true } } }),
  });
  return { apollo, ws, liveStatus: live.liveStatus, offlineSince: live.offlineSince, keptFrom, answeredEarly };
}
