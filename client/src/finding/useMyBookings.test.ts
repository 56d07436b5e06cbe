import { ApolloClient, ApolloLink, InMemoryCache, Observable } from '@apollo/client/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { makeBooking, runComposable } from '../shared/testing.js';
import type { Booking } from '../shared/types.js';
import { PAGE_SIZE } from './myBookingList.js';
import { useMyBookings } from './useMyBookings.js';

/** Bookings one an hour from 1 June, as the server pages them: ending after `from`, by start, `first` of them. */
const ALL: Booking[] = Array.from({ length: PAGE_SIZE + 30 }, (_, index) => {
  const start = new Date(Date.UTC(2026, 5, 1) + index * 3_600_000);
  return makeBooking({
    id: `b${String(index).padStart(3, '0')}`,
    start: start.toISOString(),
    end: new Date(start.getTime() + 1_800_000).toISOString(),
  });
});

function pagingApollo() {
  const asked: Array<{ first: number; from: string | null }> = [];
  const link = new ApolloLink((operation) => {
    const { first, from } = operation.variables as { first: number; from: string | null };
    asked.push({ first, from });
    const page = ALL.filter((booking) => from === null || Date.parse(booking.end) > Date.parse(from)).slice(0, first);
    return Observable.of({ data: { myBookings: page } });
  });
  return { apollo: new ApolloClient({ link, cache: new InMemoryCache() }), asked };
}

const settle = () => vi.advanceTimersByTimeAsync(0);
afterEach(() => void vi.useRealTimers());

describe('useMyBookings', () => {
  it('loads a page of 100, then the rest from the last start, each booking once, and knows when it is done', async () => {
    vi.useFakeTimers();
    const { apollo, asked } = pagingApollo();
    const { result, unmount } = runComposable(() => useMyBookings(ref(true)), { apollo });
    await settle();
    expect(result.bookings.value).toHaveLength(PAGE_SIZE);
    expect(result.state.value).toBe('more');

    await result.loadMore();
    expect(asked.at(-1)).toEqual({ first: PAGE_SIZE, from: ALL[PAGE_SIZE - 1]!.start });
    expect(result.bookings.value.map((booking) => booking.id)).toEqual(ALL.map((booking) => booking.id));
    expect(result.state.value).toBe('done');
    unmount();
  });

  it('folds a cancellation and its undo into the loaded list without asking again', async () => {
    vi.useFakeTimers();
    const { apollo, asked } = pagingApollo();
    const { result, unmount } = runComposable(() => useMyBookings(ref(true)), { apollo });
    await settle();
    const first = result.bookings.value[0]!;
    result.apply({ ...first, status: 'CANCELLED' });
    expect(result.bookings.value[0]!.id).not.toBe(first.id);
    result.apply({ ...first, id: 'again' });
    expect(result.bookings.value[0]!.id).toBe('again');
    expect(asked).toHaveLength(1);
    unmount();
  });
});
