import { ApolloClient, ApolloLink, InMemoryCache, Observable } from '@apollo/client/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { API_CLIENTS } from '../app/api.js';
import { runComposable } from '../shared/testing.js';
import { useNetworkNotices } from './useNetworkNotices.js';

/** An Apollo client answering the network notices empty, counting how often they were asked for. */
function countingApollo() {
  const asked: Record<string, number> = {};
  const link = new ApolloLink((operation) => {
    asked[operation.operationName] = (asked[operation.operationName] ?? 0) + 1;
    return Observable.of({ data: { networkNotices: [] } });
  });
  return { apollo: new ApolloClient({ link, cache: new InMemoryCache() }), asked };
}

function fakeWs() {
  const sinks: Array<{ next: (value: unknown) => void }> = [];
  const ws = {
    subscribe: vi.fn((_payload: unknown, sink: { next: (value: unknown) => void }) => {
      sinks.push(sink);
      return vi.fn();
    }),
    on: vi.fn(() => vi.fn()),
  };
  return { ws, sinks };
}

const change = (entity: string) => ({
  data: { networkChanges: { cursor: '1', entity, action: 'UPDATED', meetingId: 'm1', proposalId: null, entityId: 'e1' } },
});
const settle = () => vi.advanceTimersByTimeAsync(0);

afterEach(() => {
  vi.useRealTimers();
});

describe('useNetworkNotices', () => {
  it('fetches the notices again on a change of a meeting or proposal, not on an MO’s answer', async () => {
    vi.useFakeTimers();
    const { apollo, asked } = countingApollo();
    const fake = fakeWs();
    const { unmount } = runComposable(() => useNetworkNotices(ref(true)), { apollo, provide: [[API_CLIENTS, { ws: fake.ws }]] });
    await settle();
    expect(asked.UnreadNetworkNotices).toBe(1);
    expect(fake.ws.subscribe).toHaveBeenCalledOnce();

    fake.sinks[0]!.next(change('MEETING_RESPONSE'));
    await settle();
    expect(asked.UnreadNetworkNotices).toBe(1);
    fake.sinks[0]!.next(change('NETWORK_MEETING'));
    await settle();
    expect(asked.UnreadNetworkNotices).toBe(2);
    fake.sinks[0]!.next(change('PROPOSAL'));
    await settle();
    expect(asked.UnreadNetworkNotices).toBe(3);
    unmount();
  });

  it('asks nothing while signed out', async () => {
    vi.useFakeTimers();
    const { apollo, asked } = countingApollo();
    const fake = fakeWs();
    const { unmount } = runComposable(() => useNetworkNotices(ref(false)), { apollo, provide: [[API_CLIENTS, { ws: fake.ws }]] });
    await settle();
    expect(asked.UnreadNetworkNotices).toBeUndefined();
    expect(fake.ws.subscribe).not.toHaveBeenCalled();
    unmount();
  });
});
