import type { Client } from 'graphql-ws';
import { describe, expect, it, vi } from 'vitest';
import { nextTick, shallowRef } from 'vue';
import { API_CLIENTS } from '../app/api.js';
import type { ApiClients } from '../app/apollo.js';
import { runComposable } from './testing.js';
import { useDirectoryChanges } from './useDirectoryChanges.js';

/** A page's directory changes over a socket it can connect by hand, with answers taken early or not. */
function pageWith(answeredEarly: ReadonlySet<string>) {
  const connected: (() => void)[] = [];
  const ws = {
    subscribe: () => () => {},
    on: (event: string, listener: () => void) => {
      if (event === 'connected') connected.push(listener);
      return () => {};
    },
  } as unknown as Client;
  const clients = { ws, answeredEarly: shallowRef(answeredEarly) };
  const refresh = vi.fn();
  const { unmount } = runComposable(() => useDirectoryChanges(refresh), { provide: [[API_CLIENTS, clients as unknown as ApiClients]] });
  return { refresh, clients, connect: () => connected.forEach((listener) => listener()), unmount };
}

describe('useDirectoryChanges and answers asked before the app ran', () => {
  it('asks again for everything once the stream is up, when the page’s day was an early answer', () => {
    const { refresh, connect, unmount } = pageWith(new Set(['CalendarDirectory', 'BookingsInRange']));
    expect(refresh).not.toHaveBeenCalled();
    connect();
    expect(refresh).toHaveBeenCalledExactlyOnceWith(null);
    unmount();
  });

  it('asks again when an early answer is taken after the stream came up, and only once', async () => {
    const { refresh, clients, connect, unmount } = pageWith(new Set());
    connect();
    expect(refresh).not.toHaveBeenCalled();
    clients.answeredEarly.value = new Set(['DisplayDirectory']);
    await nextTick();
    expect(refresh).not.toHaveBeenCalled();
    clients.answeredEarly.value = new Set(['DisplayDirectory', 'BookingsInRange']);
    await nextTick();
    clients.answeredEarly.value = new Set(['DisplayDirectory', 'BookingsInRange', 'ClosedPeriods']);
    await nextTick();
    expect(refresh).toHaveBeenCalledExactlyOnceWith(null);
    unmount();
  });

  it('asks nothing at the first connection of a page that asked its bookings itself; everything after a reconnect', () => {
    const { refresh, connect, unmount } = pageWith(new Set(['Me', 'CalendarDirectory']));
    connect();
    expect(refresh).not.toHaveBeenCalled();
    connect();
    expect(refresh).toHaveBeenCalledExactlyOnceWith(null);
    unmount();
  });
});
