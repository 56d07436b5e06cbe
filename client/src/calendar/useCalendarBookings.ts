import { addTypenameToDocument } from '@apollo/client/utilities';
import { useQuery } from '@vue/apollo-composable';
import { print } from 'graphql';
import { computed, onBeforeUnmount, ref, type Ref } from 'vue';
import { useApiClients } from '../app/api.js';
import type { BookingChangedSubscription as BookingChangedResult } from '../graphql/graphql.js';
import { applyChanges, type BookingChange } from './bookingList.js';
import { ChangeBatcher } from './changeBatch.js';
import { BookingChangedSubscription, BookingsInRangeQuery } from './documents.js';
import type { Booking } from '../shared/types.js';

export interface Range {
  from: string;
  to: string;
}

const HIGHLIGHT_MS = 2500;

const sameRange = (a: Range | undefined, b: Range) => a !== undefined && a.from === b.from && a.to === b.to;

// Sent over graphql-ws directly, so ask for __typename as Apollo does: the payload goes into its cache.
const SUBSCRIPTION_TEXT = print(addTypenameToDocument(BookingChangedSubscription));

/**
 * The bookings of the visible range, kept current by one `bookingChanged` subscription. After a
 * reconnect it resumes from the last cursor it saw, so nothing is missed; when the server cannot
 * resume (RESYNC_REQUIRED) or no cursor is known yet, it refetches the range instead.
 */
export function useCalendarBookings(range: Ref<Range | null>, options: { onChanges?: (changes: readonly BookingChange[]) => void } = {}) {
  const { apollo, ws } = useApiClients();
  const { result, loading, error, refetch, variables } = useQuery(
    BookingsInRangeQuery,
    () => range.value ?? { from: '', to: '' },
    () => ({ enabled: range.value !== null, fetchPolicy: 'cache-and-network' }),
  );
  const bookings = computed<readonly Booking[]>(() => result.value?.bookings ?? []);
  const highlighted = ref<ReadonlySet<string>>(new Set());

  function highlight(ids: readonly string[]) {
    highlighted.value = new Set([...highlighted.value, ...ids]);
    setTimeout(() => {
      const next = new Set(highlighted.value);
      for (const id of ids) next.delete(id);
      highlighted.value = next;
    }, HIGHLIGHT_MS);
  }

  /** Puts changes (from the subscription or a mutation's answer) into the cached range, in one update. */
  function applyAll(changes: readonly BookingChange[]) {
    const current = range.value;
    if (!current || changes.length === 0) return;
    // the range as cached, or as last shown: a very large answer (a city's week) may be shown but not be
    // readable from the cache again, and a change must still reach the screen
    const cached = apollo.cache.readQuery({ query: BookingsInRangeQuery, variables: current });
    const base = cached?.bookings ?? (sameRange(variables.value, current) ? bookings.value : null);
    if (!base) return void refetch();
    const next = applyChanges(base, changes, current) as Booking[];
    if (next === base) return;
    const kept = new Set(next.map((booking) => booking.id));
    const removed = changes.map((change) => change.bookingId).filter((id) => !kept.has(id));
    apollo.cache.writeQuery({ query: BookingsInRangeQuery, variables: current, data: { bookings: next } });
    // a screen that runs all day must not keep every booking it ever saw
    if (removed.length > 0) {
      for (const id of removed) apollo.cache.evict({ id: apollo.cache.identify({ __typename: 'Booking', id }) });
      apollo.cache.gc();
    }
  }

  function apply(change: BookingChange) {
    applyAll([change]);
  }

  // the dates of one series (one write) arrive as a batch and appear together
  const batcher = new ChangeBatcher<BookingChange>((changes) => {
    applyAll(changes);
    highlight(changes.map((change) => change.bookingId));
    options.onChanges?.(changes);
  });

  let lastCursor: string | null = null;
  let stopSubscription: (() => void) | null = null;
  let connectedBefore = false;

  function subscribe() {
    stopSubscription?.();
    stopSubscription = ws.subscribe<BookingChangedResult>(
      { query: SUBSCRIPTION_TEXT, variables: { after: lastCursor } },
      {
        next: ({ data }) => {
          const change = data?.bookingChanged;
          if (!change) return;
          // cursors are numbers; a resumed stream may repeat older ones, which must not move us back
          if (lastCursor === null || BigInt(change.cursor) > BigInt(lastCursor)) lastCursor = change.cursor;
          batcher.push(change as BookingChange);
        },
        error: (failure) => {
          const code = (failure as Array<{ extensions?: { code?: string } }>)?.[0]?.extensions?.code;
          if (code === 'RESYNC_REQUIRED') {
            batcher.flush();
            lastCursor = null;
            void refetch();
            subscribe();
          }
        },
        complete: () => {},
      },
    );
  }

  const offConnected = ws.on('connected', () => {
    if (!connectedBefore) {
      connectedBefore = true;
      return;
    }
    // reconnected: graphql-ws re-sent the old subscription; replace it by one resuming from the
    // newest cursor, or reload the range when no cursor is known yet
    if (lastCursor === null) void refetch();
    subscribe();
  });
  subscribe();

  onBeforeUnmount(() => {
    batcher.flush();
    offConnected();
    stopSubscription?.();
  });

  return { bookings, loading, error, highlighted, apply, applyAll, refetch };
}
