import { describe, expect, it, vi } from 'vitest';
import { API_CLIENTS } from '../app/api.js';
import type { Timers } from '../app/liveSubscription.js';
import { runComposable } from '../shared/testing.js';
import { useCoachingChanges, type CoachingChange } from './useCoachingChanges.js';

interface Sink {
  next: (value: { data?: { coachingChanges: CoachingChange } }) => void;
  error: (failure: unknown) => void;
}

/** A graphql-ws client that hands its subscribers and its `connected` listener to the test. */
function fakeWs() {
  const sinks: Sink[] = [];
  const connected: Array<() => void> = [];
  const stop = vi.fn();
  const offConnected = vi.fn();
  const ws = {
    subscribe: vi.fn((payload: { query: string }, handlers: Sink) => {
      sinks.push(handlers);
      return stop;
    }),
    on: vi.fn((event: string, listener: () => void) => {
      if (event === 'connected') connected.push(listener);
      return offConnected;
    }),
  };
  return { ws, sinks, connect: () => connected.forEach((listener) => listener()), stop, offConnected };
}

const change = { __typename: 'CoachingChange', requestId: 'c1', cursor: '7', kind: 'SESSION_SCHEDULED' } as const;

describe('useCoachingChanges', () => {
  it('passes each change on, and null after a reconnect (not after the first connect)', () => {
    const fake = fakeWs();
    const refresh = vi.fn();
    const { unmount } = runComposable(() => useCoachingChanges(refresh), { provide: [[API_CLIENTS, { ws: fake.ws }]] });

    expect(fake.ws.subscribe.mock.calls[0]![0].query).toContain('coachingChanges');
    fake.sinks[0]!.next({ data: { coachingChanges: change } });
    expect(refresh).toHaveBeenLastCalledWith(change);

    fake.connect();
    expect(refresh).toHaveBeenCalledTimes(1);
    fake.connect();
    expect(refresh).toHaveBeenLastCalledWith(null);

    unmount();
    expect(fake.stop).toHaveBeenCalledOnce();
    expect(fake.offConnected).toHaveBeenCalledOnce();
  });

  it('stays live after an error: refetches (null) and subscribes again after a wait', () => {
    const fake = fakeWs();
    const refresh = vi.fn();
    const waiting: Array<() => void> = [];
    const timers: Timers = { setTimeout: (callback) => waiting.push(callback), clearTimeout: () => {} };
    const { unmount } = runComposable(() => useCoachingChanges(refresh, timers), { provide: [[API_CLIENTS, { ws: fake.ws }]] });

    fake.sinks[0]!.error([{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(refresh).toHaveBeenLastCalledWith(null);
    expect(fake.ws.subscribe).toHaveBeenCalledOnce();
    waiting.shift()!();
    expect(fake.ws.subscribe).toHaveBeenCalledTimes(2);

    fake.sinks[1]!.next({ data: { coachingChanges: change } });
    expect(refresh).toHaveBeenLastCalledWith(change);
    unmount();
  });
});
