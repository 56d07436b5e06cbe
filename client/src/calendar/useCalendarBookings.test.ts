import { ApolloClient, ApolloLink, InMemoryCache, Observable } from '@apollo/client/core';
import type { Client, Sink } from 'graphql-ws';
import { describe, expect, it, vi } from 'vitest';
import { nextTick, ref } from 'vue';
import { API_CLIENTS } from '../app/api.js';
import type { ApiClients } from '../app/apollo.js';
import { makeBooking, runComposable } from '../shared/testing.js';
import type { Booking } from '../shared/types.js';
import type { BookingChange } from './bookingList.js';
import { useCalendarBookings, type Range } from './useCalendarBookings.js';

const WEEK: Range = { from: '2026-06-01T00:00:00+02:00', to: '2026-06-08T00:00:00+02:00' };
const monday = makeBooking({ id: 'b1', start: '2026-06-01T08:00:00.000Z', end: '2026-06-01T09:00:00.000Z' });
const tuesday = makeBooking({ id: 'b2', start: '2026-06-02T08:00:00.000Z', end: '2026-06-02T09:00:00.000Z' });
const wednesday = makeBooking({ id: 'b3', start: '2026-06-03T08:00:00.000Z', end: '2026-06-03T09:00:00.000Z' });

/** The graphql-ws client as the composable uses it: subscriptions it can feed, and a "connected" it can fire. */
function fakeSocket() {
  const subscriptions: { variables: Record<string, unknown>; sink: Sink; active: boolean }[] = [];
  const connected: (() => void)[] = [];
  const socket = {
    subscribe: (payload: { variables?: Record<string, unknown> | null }, sink: Sink) => {
      const entry = { variables: payload.variables ?? {}, sink, active: true };
      subscriptions.push(entry);
      return () => void (entry.active = false);
    },
    on: (event: string, listener: () => void) => {
      if (event === 'connected') connected.push(listener);
      return () => {};
    },
  };
  return {
    client: socket as unknown as Client,
    subscriptions,
    /** The subscription open now. */
    live: () => subscriptions.filter((entry) => entry.active).at(-1)!,
    send: (change: Partial<BookingChange> & { bookingId: string }) =>
      subscriptions
        .filter((entry) => entry.active)
        .at(-1)!
        .sink.next({
          data: { bookingChanged: { cursor: '1', kind: 'UPDATED', booking: null, batchRemaining: 0, actorId: null, ...change } },
        }),
    connect: () => connected.forEach((listener) => listener()),
  };
}

/** An Apollo client whose server holds `stored` and counts how often the range was asked for. */
function fakeServer(stored: Booking[]) {
  const server = { asked: 0, stored };
  const link = new ApolloLink(() => {
    server.asked += 1;
    return Observable.of({ data: { bookings: server.stored } });
  });
  return { server, apollo: new ApolloClient({ link, cache: new InMemoryCache() }) };
}

async function calendarOf(stored: Booking[]) {
  const { server, apollo } = fakeServer(stored);
  const socket = fakeSocket();
  const clients = { apollo, ws: socket.client, liveStatus: ref('live') } as unknown as ApiClients;
  const onChanges = vi.fn();
  const { result, unmount } = runComposable(() => useCalendarBookings(ref(WEEK), { onChanges }), {
    apollo,
    provide: [[API_CLIENTS, clients]],
  });
  await vi.waitFor(() => expect(result.bookings.value).toHaveLength(stored.length));
  return { calendar: result, server, socket, onChanges, unmount };
}

const ids = (bookings: readonly Booking[]) => bookings.map((booking) => booking.id);

describe('useCalendarBookings', () => {
  it('folds a live change into the list in its place, and tells of it', async () => {
    const { calendar, socket, onChanges, unmount } = await calendarOf([monday, wednesday]);

    socket.send({ cursor: '5', kind: 'CREATED', bookingId: 'b2', booking: tuesday });
    await nextTick();

    expect(ids(calendar.bookings.value)).toEqual(['b1', 'b2', 'b3']);
    expect(calendar.highlighted.value.has('b2')).toBe(true);
    expect(onChanges).toHaveBeenCalledOnce();
    unmount();
  });

  it('shows the changes of one write together, once the last arrives', async () => {
    const { calendar, socket, onChanges, unmount } = await calendarOf([monday]);

    socket.send({ cursor: '6', kind: 'CREATED', bookingId: 'b2', booking: tuesday, batchRemaining: 1 });
    await nextTick();
    expect(ids(calendar.bookings.value)).toEqual(['b1']);
    socket.send({ cursor: '7', kind: 'CREATED', bookingId: 'b3', booking: wednesday, batchRemaining: 0 });
    await nextTick();

    expect(ids(calendar.bookings.value)).toEqual(['b1', 'b2', 'b3']);
    expect(onChanges).toHaveBeenCalledOnce();
    expect(onChanges.mock.calls[0]![0]).toHaveLength(2);
    unmount();
  });

  it('ignores a change older than the booking it holds, and takes a newer one', async () => {
    const { calendar, socket, unmount } = await calendarOf([{ ...monday, version: 3 }]);

    socket.send({ cursor: '8', bookingId: 'b1', booking: { ...monday, title: 'Alt', version: 2 } });
    await nextTick();
    expect(calendar.bookings.value[0]).toMatchObject({ title: 'Chorprobe', version: 3 });

    socket.send({ cursor: '9', bookingId: 'b1', booking: { ...monday, title: 'Neu', version: 4 } });
    await nextTick();
    expect(calendar.bookings.value[0]).toMatchObject({ title: 'Neu', version: 4 });
    unmount();
  });

  it('asks for the range again when the server cannot resume, and subscribes afresh', async () => {
    const { calendar, server, socket, unmount } = await calendarOf([monday]);
    socket.send({ cursor: '9', bookingId: 'b1', booking: { ...monday, version: 2 } });
    server.stored = [monday, tuesday];

    socket.live().sink.error([{ message: 'resync', extensions: { code: 'RESYNC_REQUIRED' } }]);

    await vi.waitFor(() => expect(ids(calendar.bookings.value)).toEqual(['b1', 'b2']));
    expect(server.asked).toBe(2);
    expect(socket.live().variables).toEqual({ after: null });
    unmount();
  });

  it('shows one house of a range held for every house without asking again', async () => {
    const west = { ...monday, room: { ...monday.room, id: 'r-west', locationId: 'west' } };
    const east = { ...tuesday, room: { ...tuesday.room, id: 'r-east', locationId: 'east' } };
    const { server, apollo } = fakeServer([west, east]);
    const socket = fakeSocket();
    const clients = { apollo, ws: socket.client, liveStatus: ref('live') } as unknown as ApiClients;
    const range = ref<Range>(WEEK);
    const { result, unmount } = runComposable(() => useCalendarBookings(range), { apollo, provide: [[API_CLIENTS, clients]] });
    await vi.waitFor(() => expect(ids(result.bookings.value)).toEqual(['b1', 'b2']));

    // the directory came: past 60 rooms, one house at a time
    range.value = { ...WEEK, locationIds: ['east'] };
    await nextTick();

    expect(ids(result.bookings.value)).toEqual(['b2']);
    expect(server.asked).toBe(1);
    unmount();
  });

  it('says when the server refused the range as too many bookings', async () => {
    const link = new ApolloLink(() =>
      Observable.of({ errors: [{ message: 'too many', extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'bookings', max: 10000 } }] }),
    );
    const apollo = new ApolloClient({ link, cache: new InMemoryCache() });
    const clients = { apollo, ws: fakeSocket().client, liveStatus: ref('live') } as unknown as ApiClients;
    const { result, unmount } = runComposable(() => useCalendarBookings(ref(WEEK)), { apollo, provide: [[API_CLIENTS, clients]] });
    await vi.waitFor(() => expect(result.tooManyBookings.value).toBe(true));
    unmount();
  });

  it('resumes after a reconnect from the last cursor it saw, without asking for the range', async () => {
    const { server, socket, unmount } = await calendarOf([monday]);
    socket.connect();
    socket.send({ cursor: '12', bookingId: 'b1', booking: { ...monday, version: 2 } });

    socket.connect();

    expect(socket.live().variables).toEqual({ after: '12' });
    expect(server.asked).toBe(1);
    unmount();
  });
});
