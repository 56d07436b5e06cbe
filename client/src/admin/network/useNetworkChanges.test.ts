import { describe, expect, it, vi } from 'vitest';
import { API_CLIENTS } from '../../app/api.js';
import type { Timers } from '../../app/liveSubscription.js';
import { runComposable } from '../../shared/testing.js';
import { queriesToRefetch, useNetworkChanges, type NetworkChange } from './useNetworkChanges.js';

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
      return () => {};
    }),
  };
  return { ws, sinks, connect: () => connected.forEach((listener) => listener()), stop };
}

const change: NetworkChange = {
  cursor: '9',
  entity: 'MEETING_RESPONSE',
  action: 'UPDATE',
  meetingId: 'm1',
  proposalId: null,
  entityId: 'r1',
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

  it('refetches after an error and subscribes again after a wait', () => {
    const fake = fakeWs();
    const refresh = vi.fn();
    const waiting: Array<() => void> = [];
    const timers: Timers = { setTimeout: (callback) => waiting.push(callback), clearTimeout: () => {} };
    const { unmount } = runComposable(() => useNetworkChanges(refresh, timers), { provide: [[API_CLIENTS, { ws: fake.ws }]] });

    fake.sinks[0]!.error([{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(refresh).toHaveBeenLastCalledWith(null);
    expect(fake.ws.subscribe).toHaveBeenCalledOnce();
    waiting[0]!();
    expect(fake.ws.subscribe).toHaveBeenCalledTimes(2);
    unmount();
  });
});

describe('queriesToRefetch', () => {
  it('refetches the proposals for a proposal’s change, the meetings for everything else, all after a gap', () => {
    const meetings = ['NetworkAdminMeetings', 'NetworkAdminMeetingDetails'];
    expect(queriesToRefetch(change)).toEqual(meetings);
    expect(queriesToRefetch({ ...change, entity: 'PROPOSAL', meetingId: null, proposalId: 'p1' })).toEqual(['NetworkAdminProposals']);
    expect(queriesToRefetch({ ...change, entity: 'PROPOSAL', meetingId: 'm1', proposalId: 'p1' })).toEqual([
      ...meetings,
      'NetworkAdminProposals',
    ]);
    expect(queriesToRefetch(null)).toEqual([...meetings, 'NetworkAdminProposals']);
  });
});
