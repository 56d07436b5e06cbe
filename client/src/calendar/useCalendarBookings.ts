import { addTypenameToDocument } from '@apollo/client/utilities';
import { useQuery } from '@vue/apollo-composable';
import { print } from 'graphql';
import { computed, markRaw, onBeforeUnmount, ref, shallowRef, watch, type Ref } from 'vue';
import { useApiClients } from '../app/api.js';
import type { BookingChangedSubscription as BookingChangedResult, BookingsInRangeQueryVariables } from '../graphql/graphql.js';
import { applyChanges, type BookingChange, type BookingRange } from './bookingList.js';
import { ChangeBatcher } from './changeBatch.js';
import { isTooManyBookings } from './housePaging.js';
import { BookingChangedSubscription, BookingsInRangeQuery } from './documents.js';
import type { Booking } from '../shared/types.js';

/** The bookings the calendar holds: a time range, and some houses only when it shows one at a time. */
export type Range = BookingRange;

const HIGHLIGHT_MS = 2500;

/** The query's variables for a range; no `locationIds` at all for every house, so such answers stay shared. */
function rangeVariables(range: Range): BookingsInRangeQueryVariables {
  return range.locationIds ? { from: range.from, to: range.to, locationIds: [...range.locationIds] } : { from: range.from, to: range.to };
}

function rangeOfVariables(variables: BookingsInRangeQueryVariables): Range {
  const locationIds = variables.locationIds === undefined || variables.locationIds === null ? [] : [variables.locationIds].flat();
  return locationIds.length
    ? { from: variables.from, to: variables.to, locationIds: locationIds.map(String) }
    : { from: variables.from, to: variables.to };
}

// Sent over graphql-ws directly, so ask for __typename as Apollo does: a changed booking then has the same
// shape as the query's, and the held lists mix both.
const SUBSCRIPTION_TEXT = print(addTypenameToDocument(BookingChangedSubscription));

/** The list as answered for one range and changed since: a plain array, never made deeply reactive. */
interface HeldRange {
  range: Range;
  bookings: readonly Booking[];
}

/** Ranges held after the screen leaves them, kept current by the same changes: going back shows them at once. */
const KEPT_RANGES = 3;

const rangeKey = (range: Range) => [range.from, range.to, ...(range.locationIds ?? [])].join(' ');

/**
 * The bookings of the visible range, kept current by one `bookingChanged` subscription. After a
 * reconnect it resumes from the last cursor it saw, so nothing is missed; when the server cannot
 * resume (RESYNC_REQUIRED) or no cursor is known yet, it refetches the range instead.
 *
 * The list is held here, not in Apollo's normalised cache: a city's week is 20,000 bookings, and writing
 * one change into the cache re-normalised and re-read all of them (seconds, docs/BENCHMARKS.md). A change
 * is now one sorted insert into a plain array. What the cache did for free must be asked for: names of a
 * renamed room or MO arrive with `refetch` (the calendar page calls it on such a directory change). The last
 * few ranges stay held and current, so the previous week comes back without a request.
 */
export function useCalendarBookings(range: Ref<Range | null>, options: { onChanges?: (changes: readonly BookingChange[]) => void } = {}) {
  const { ws } = useApiClients();
  const held = shallowRef<ReadonlyMap<string, HeldRange>>(new Map());
  const currentHeld = computed(() => (range.value ? (held.value.get(rangeKey(range.value)) ?? ofAllHouses(range.value)) : undefined));

  /**
   * Some houses of a range held for all houses: the phone asks all houses before the directory says how many
   * rooms there are; past 60 rooms it then shows one house, taken from that answer without a second request.
   */
  function ofAllHouses(wanted: Range): HeldRange | undefined {
    if (!wanted.locationIds) return undefined;
    const all = held.value.get(rangeKey({ from: wanted.from, to: wanted.to }));
    if (!all) return undefined;
    const houses = new Set(wanted.locationIds);
    return { range: wanted, bookings: markRaw(all.bookings.filter((booking) => houses.has(booking.room.locationId))) };
  }
  const { result, loading, error, refetch, variables } = useQuery(
    BookingsInRangeQuery,
    () => rangeVariables(range.value ?? { from: '', to: '' }),
    () => ({ enabled: range.value !== null && currentHeld.value === undefined, fetchPolicy: 'no-cache' }),
  );

  function keep(entries: readonly HeldRange[]) {
    const next = new Map(held.value);
    for (const entry of entries) {
      const key = rangeKey(entry.range);
      next.delete(key);
      next.set(key, { range: entry.range, bookings: markRaw(entry.bookings) });
    }
    const currentKey = range.value ? rangeKey(range.value) : null;
    for (const key of next.keys()) if (next.size > KEPT_RANGES && key !== currentKey) next.delete(key);
    held.value = next;
  }
  watch(result, (answer) => {
    if (answer && variables.value) keep([{ range: rangeOfVariables(variables.value), bookings: answer.bookings }]);
  });

  // the list of the range on screen; while the next range loads, the last one stays
  const bookings = shallowRef<readonly Booking[]>([]);
  watch(
    currentHeld,
    (entry) => {
      if (entry) bookings.value = entry.bookings;
    },
    { immediate: true },
  );

  /** Forgets every held range (names in them may be old) and asks again for the one on screen. */
  /** Resolves once the refetch it started has answered (at once when forgetting a held range starts the fetch). */
  function reload(): Promise<unknown> {
    const wasHeld = currentHeld.value !== undefined;
    held.value = new Map();
    // a held range had its query switched off: forgetting it switches the query on, which fetches
    return wasHeld ? Promise.resolve() : (refetch() ?? Promise.resolve());
  }

  const highlighted = ref<ReadonlySet<string>>(new Set());

  function highlight(ids: readonly string[]) {
    highlighted.value = new Set([...highlighted.value, ...ids]);
    setTimeout(() => {
      const next = new Set(highlighted.value);
      for (const id of ids) next.delete(id);
      highlighted.value = next;
    }, HIGHLIGHT_MS);
  }

  /** Puts changes (from the subscription or a mutation's answer) into every held list, in one update each. */
  function applyAll(changes: readonly BookingChange[]) {
    if (!range.value || changes.length === 0) return;
    // the range on screen is still being fetched: its answer may or may not hold these changes
    if (currentHeld.value === undefined) void refetch();
    const changed: HeldRange[] = [];
    for (const entry of held.value.values()) {
      const next = applyChanges(entry.bookings, changes, entry.range);
      if (next !== entry.bookings) changed.push({ range: entry.range, bookings: next });
    }
    if (changed.length) keep(changed);
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
          batcher.push(change);
        },
        error: (failure) => {
          const code = (failure as Array<{ extensions?: { code?: string } }>)?.[0]?.extensions?.code;
          if (code === 'RESYNC_REQUIRED') {
            batcher.flush();
            lastCursor = null;
            void reload();
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
    if (lastCursor === null) void reload();
    subscribe();
  });
  subscribe();

  onBeforeUnmount(() => {
    batcher.flush();
    offConnected();
    stopSubscription?.();
  });

  /** The range asked for holds more bookings than one answer may (a city's houses together): ask fewer houses. */
  const tooManyBookings = computed(() => isTooManyBookings(error.value));

  return { bookings, loading, error, tooManyBookings, highlighted, apply, applyAll, refetch: reload };
}
