import { describe, expect, it, vi } from 'vitest';
import { API_CLIENTS } from '../app/api.js';
import { runComposable } from '../shared/testing.js';
import type { NetworkChange } from './networkModel.js';
import { useNetworkChanges } from './useNetworkChanges.js';

interface Sink {
  next: (value: { data?: { networkChanges: NetworkChange } }) => void;
  error: (failure: unknown) => void;
}

/** A graphql-ws client that hands its subscribers and its `connected` listener to the test. */
function fakeWs() {
  const sinks: Sink[] = [];
  const connected: Array<() => void> = [];
  const stop = vi.fn();
  const ws = {
    subscribe: vi.fn((_payload: { query: string }, handlers: Sink) => {
      sinks.push(handlers);
      return stop;
    }),
    on: vi.fn((event: string, listener: () => void) => {
      if (event === 'connected') connected.push(listener);
      return vi.fn();
    }),
  };
  return { ws, sinks, connect: () => connected.forEach((listener) => listener()), stop };
}

const change: NetworkChange = {
  cursor: '12',
  entity: 'AGENDA_ITEM',
  action: 'CREATED',
  entityId: 'i1',
  meetingId: 'm1',
  proposalId: null,
};

describe('useNetworkChanges', () => {
  it('passes each change on, null after a reconnect, and stops with the page', () => {
    const fake = fakeWs();
    const refresh = vi.fn();
    const { unmount } = runComposable(() => useNetworkChanges(refresh), { provide: [[API_CLIENTS, { ws: fake.ws }]] });

    expect(fake.ws.subscribe.mock.calls[0]![0].query).toContain('networkChanges');
    fake.sinks[0]!.next({ data: { networkChanges: change } });
    expect(refresh).toHaveBeenLastCalledWith(change);

    fake.connect();
    fake.connect();
    expect(refresh).toHaveBeenLastCalledWith(null);

    unmount();
    expect(fake.stop).toHaveBeenCalledOnce();
  });
});
