import { ApolloClient, ApolloLink, InMemoryCache, Observable } from '@apollo/client/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { API_CLIENTS } from '../app/api.js';
import { runComposable } from '../shared/testing.js';
import { useNotifications } from './useNotifications.js';

/** An Apollo client answering both notice lists empty, counting how often each was asked for. */
function countingApollo() {
  const asked: Record<string, number> = {};
  const link = new ApolloLink((operation) => {
    asked[operation.operationName] = (asked[operation.operationName] ?? 0) + 1;
    const data = operation.operationName === 'UnreadCoachingNotices' ? { coachingNotices: [] } : { notifications: [] };
    return Observable.of({ data });
  });
  return { apollo: new ApolloClient({ link, cache: new InMemoryCache() }), asked };
}

function fakeWs() {
  const sinks: Array<{ error: (failure: unknown) => void }> = [];
  const ws = {
    subscribe: vi.fn((_payload: unknown, sink: { error: (failure: unknown) => void }) => {
      sinks.push(sink);
      return vi.fn();
    }),
    on: vi.fn(() => vi.fn()),
  };
  return { ws, sinks };
}

const settle = () => vi.advanceTimersByTimeAsync(0);

afterEach(() => {
  vi.useRealTimers();
});

describe('useNotifications', () => {
  it('after a failed coaching stream fetches the notices again and subscribes again after a wait', async () => {
    vi.useFakeTimers();
    const { apollo, asked } = countingApollo();
    const fake = fakeWs();
    const { unmount } = runComposable(() => useNotifications(ref(true)), { apollo, provide: [[API_CLIENTS, { ws: fake.ws }]] });
    await settle();
    expect(asked.UnreadCoachingNotices).toBe(1);
    expect(fake.ws.subscribe).toHaveBeenCalledOnce();

    fake.sinks[0]!.error([{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    await settle();
    expect(asked.UnreadCoachingNotices).toBe(2);
    expect(fake.ws.subscribe).toHaveBeenCalledOnce();

    await vi.advanceTimersByTimeAsync(1000);
    expect(fake.ws.subscribe).toHaveBeenCalledTimes(2);
    unmount();
  });
});
