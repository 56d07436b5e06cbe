import { ApolloClient, ApolloLink, InMemoryCache, Observable } from '@apollo/client/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { API_CLIENTS } from '../app/api.js';
import { runComposable } from '../shared/testing.js';
import { useNoticeBadge } from './useNoticeBadge.js';

/** An Apollo client answering every notice list empty, counting how often the booking notices were asked for. */
function countingApollo() {
  const asked: Record<string, number> = {};
  const link = new ApolloLink((operation) => {
    asked[operation.operationName] = (asked[operation.operationName] ?? 0) + 1;
    return Observable.of({ data: { notifications: [], coachingNotices: [], networkNotices: [] } });
  });
  return { apollo: new ApolloClient({ link, cache: new InMemoryCache() }), asked };
}

/** A socket that hands each subscription's sink to the test, by the subscription's name. */
function fakeWs() {
  const sinks = new Map<string, { next: (value: unknown) => void }>();
  const ws = {
    subscribe: vi.fn((payload: { query: string }, sink: { next: (value: unknown) => void }) => {
      sinks.set(/subscription (\w+)/.exec(payload.query)?.[1] ?? '', sink);
      return vi.fn();
    }),
    on: vi.fn(() => vi.fn()),
  };
  return { ws, sinks };
}

const settle = () => vi.advanceTimersByTimeAsync(0);
afterEach(() => void vi.useRealTimers());

describe('useNoticeBadge', () => {
  it('asks for the notices again when someone else changes a booking, not after one’s own change', async () => {
    vi.useFakeTimers();
    const { apollo, asked } = countingApollo();
    const fake = fakeWs();
    const { result, unmount } = runComposable(() => useNoticeBadge(ref('member-1')), {
      apollo,
      provide: [[API_CLIENTS, { ws: fake.ws }]],
    });
    await settle();
    expect(result.count.value).toBe(0);
    expect(asked.UnreadNotifications).toBe(1);
    const cue = fake.sinks.get('NoticeCue')!;

    cue.next({ data: { bookingChanged: { cursor: '1', actorId: 'member-1' } } });
    await settle();
    expect(asked.UnreadNotifications).toBe(1);

    cue.next({ data: { bookingChanged: { cursor: '2', actorId: 'staff-1' } } });
    await settle();
    expect(asked.UnreadNotifications).toBe(2);
    unmount();
  });
});
