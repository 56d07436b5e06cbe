import { describe, expect, it, vi } from 'vitest';
import { API_CLIENTS } from '../app/api.js';
import { runComposable } from '../shared/testing.js';
import { useCoachingChanges, type CoachingChange } from './useCoachingChanges.js';

/** A graphql-ws client that hands its subscriber and its `connected` listener to the test. */
function fakeWs() {
  const sink: { next?: (value: { data?: { coachingChanges: CoachingChange } }) => void } = {};
  const connected: Array<() => void> = [];
  const stop = vi.fn();
  const offConnected = vi.fn();
  const ws = {
    subscribe: vi.fn((payload: { query: string }, handlers: typeof sink) => {
      sink.next = handlers.next;
      return stop;
    }),
    on: vi.fn((event: string, listener: () => void) => {
      if (event === 'connected') connected.push(listener);
      return offConnected;
    }),
  };
  return { ws, sink, connect: () => connected.forEach((listener) => listener()), stop, offConnected };
}

describe('useCoachingChanges', () => {
  it('passes each change on, and null after a reconnect (not after the first connect)', () => {
    const fake = fakeWs();
    const refresh = vi.fn();
    const { unmount } = runComposable(() => useCoachingChanges(refresh), { provide: [[API_CLIENTS, { ws: fake.ws }]] });

    expect(fake.ws.subscribe.mock.calls[0]![0].query).toContain('coachingChanges');
    const change = { __typename: 'CoachingChange', requestId: 'c1', cursor: '7', kind: 'SESSION_SCHEDULED' } as const;
    fake.sink.next!({ data: { coachingChanges: change } });
    expect(refresh).toHaveBeenLastCalledWith(change);

    fake.connect();
    expect(refresh).toHaveBeenCalledTimes(1);
    fake.connect();
    expect(refresh).toHaveBeenLastCalledWith(null);

    unmount();
    expect(fake.stop).toHaveBeenCalledOnce();
    expect(fake.offConnected).toHaveBeenCalledOnce();
  });
});
