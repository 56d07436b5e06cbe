import { addTypenameToDocument } from '@apollo/client/utilities';
import { useQuery } from '@vue/apollo-composable';
import { print } from 'graphql';
import { computed, markRaw, onBeforeUnmount, ref, shallowRef, watch, type Ref } from 'vue';
import { useApiClients } from '../app/api.js';
import type { BookingChangedSubscription as BookingChangedResult, BookingsInRangeQueryVariables } from '../graphql/graphql.js';
import { applyChanges, type BookingChange, type BookingRange } from './bookingList.js';
import { ChangeBatcher } from './changeBatch.js';
import { BookingChangedSubscription, BookingsInRangeQuery } from './documents.js';
import type { Booking } from '../shared/types.js';

/** The bookings the calendar holds: a time range, and some houses only when it shows one at a time. */
export type Range = BookingRange;

const HIGHLIGHT_MS = 2500;

/** The query's variables for a range; no `locationIds` at all for every house, so such answers stay shared. */
function rangeVariables(range: Range): BookingsInRangeQueryVariables {
  return range.locationIds ? { from: range.from, to: range.to, locationIds: [...range.locationIds] } : { from: range.from, to: range.to };
}

const sameRange = (a: BookingsInRangeQueryVariables | undefined, b: Range) =>
  a !== undefined && a.from === b.from && a.to === b.to && [a.locationIds ?? []].flat().join() === (b.locationIds ?? []).join();

// Sent over graphql-ws directly, so ask for __typename as Apollo does: the payload goes into its cache.
const SUBSCRIPTION_TEXT = print(addTypenameToDocument(BookingChangedSubscription));

/** The list as answered for one range and changed since: a plain array, never made deeply reactive. */
interface HeldRange {
  variables: BookingsInRangeQueryVariables;
  bookings: readonly Booking[];
}

/**
 * The bookings of the visible range, kept current by one `bookingChanged` subscription. After a
 * reconnect it resumes from the last cursor it saw, so nothing is missed; when the server cannot
 * resume (RESYNC_REQUIRED) or no cursor is known yet, it refetches the range instead.
 *
 * The list is held here, not in Apollo's normalised cache: a city's week is 20,000 bookings, and writing
 * one change into the cache re-normalised and re-read all of them (seconds, docs/BENCHMARKS.md). A change
 * is now one sorted insert into a plain array. What the cache did for free must be asked for: names of a
 * renamed room or MO arrive with `refetch` (the calendar page calls it on such a directory change).
 */
export function useCalendarBookings(range: Ref<Range | null>, options: { onChanges?: (changes: readonly BookingChange[]) => void } = {}) {
  const { ws } = useApiClients();
  const { result, loading, error, refetch, variables } = useQuery(
    BookingsInRangeQuery,
    () => rangeVariables(range.value ?? { from: '', to: '' }),
    () => ({ enabled: range.value !== null, fetchPolicy: 'no-cache' }),
  );
  const held = shallowRef<HeldRange | null>(null);
  watch(result, (answer) => {
    if (answer) held.value = { variables: { ...variables.value! }, bookings: markRaw(answer.bookings) };
  });
  const bookings = computed<readonly Booking[]>(() => held.value?.bookings ?? []);
  const highlighted = ref<ReadonlySet<string>>(new Set());

  function highlight(ids: readonly string[]) {
    highlighted.value = new Set([...highlighted.value, ...ids]);
    setTimeout(() => {
      const next = new Set(highlighted.value);
      for (const id of ids) next.delete(id);
      highlighted.value = next;
    }, HIGHLIGHT_MS);
  }

  /** Puts changes (from the subscription or a mutation's answer) into the range's list, in one update. */
  function applyAll(changes: readonly BookingChange[]) {
    const current = range.value;
    if (!current || changes.length === 0) return;
    const base = held.value;
    // the range on screen is still being fetched: its answer may or may not hold these changes
    if (!base || !sameRange(base.variables, current)) return void refetch();
    const next = applyChanges(base.bookings, changes, current);
    if (next !== base.bookings) held.value = { variables: base.variables, bookings: markRaw(next) };
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
