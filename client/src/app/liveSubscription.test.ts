import { describe, expect, it, vi } from 'vitest';
import { keepSubscribed, retryDelay } from './liveSubscription.js';
import { manualTimers } from '../shared/testing.js';

interface Sink {
  next: (value: { data?: { change: string } }) => void;
  error: (failure: unknown) => void;
  complete: () => void;
}

/** A graphql-ws client that hands each subscriber and its `connected` listeners to the test. */
function fakeWs() {
  const sinks: Sink[] = [];
  const stops: Array<ReturnType<typeof vi.fn>> = [];
  const connected: Array<() => void> = [];
  const offConnected = vi.fn();
  const ws = {
    subscribe: vi.fn((_payload: unknown, sink: Sink) => {
      sinks.push(sink);
      const stop = vi.fn();
      stops.push(stop);
      return stop;
    }),
    on: vi.fn((event: string, listener: () => void) => {
      if (event === 'connected') connected.push(listener);
      return offConnected;
    }),
  };
  return { ws, sinks, stops, offConnected, connect: () => connected.forEach((listener) => listener()) };
}

function start() {
  const fake = fakeWs();
  const clock = manualTimers();
  const next = vi.fn<(change: string) => void>();
  const missed = vi.fn<() => void>();
  const stop = keepSubscribed<{ change: string }>(
    fake.ws as never,
    { query: 'subscription { change }' },
    { next: (data) => next(data.change), missed: () => missed() },
    clock.timers,
  );
  return { ...fake, ...clock, next, missed, stop };
}

describe('retryDelay', () => {
  it('doubles from half a second up to 15 seconds, give or take a quarter', () => {
    const middle = () => 0.5;
    expect([0, 1, 2, 5, 10].map((retries) => retryDelay(retries, middle))).toEqual([500, 1000, 2000, 15_000, 15_000]);
    expect(retryDelay(0, () => 0)).toBe(375);
    expect(retryDelay(0, () => 1)).toBe(625);
  });
});

describe('keepSubscribed', () => {
  it('passes each change on', () => {
    const live = start();
    live.sinks[0]!.next({ data: { change: 'a' } });
    expect(live.next).toHaveBeenCalledWith('a');
    expect(live.missed).not.toHaveBeenCalled();
  });

  it('refetches and subscribes again at once when the server asks for a resync', () => {
    const live = start();
    live.sinks[0]!.error([{ message: 'RESYNC_REQUIRED', extensions: { code: 'RESYNC_REQUIRED' } }]);
    expect(live.missed).toHaveBeenCalledOnce();
    expect(live.ws.subscribe).toHaveBeenCalledTimes(2);
    expect(live.waiting.size).toBe(0);
  });

  it('after any other error or end refetches, then subscribes again after a wait growing each time', () => {
    const live = start();
    live.sinks[0]!.error([{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(live.missed).toHaveBeenCalledOnce();
    expect(live.ws.subscribe).toHaveBeenCalledOnce();
    const first = [...live.waiting.values()][0]!.ms;
    live.runAll();
    expect(live.ws.subscribe).toHaveBeenCalledTimes(2);

    live.sinks[1]!.complete();
    expect(live.missed).toHaveBeenCalledTimes(2);
    const second = [...live.waiting.values()][0]!.ms;
    expect(second).toBeGreaterThan(first);
    live.runAll();
    expect(live.ws.subscribe).toHaveBeenCalledTimes(3);
  });

  it('starts the wait over once a change arrives again', () => {
    const live = start();
    live.sinks[0]!.error(new Error('socket closed'));
    live.runAll();
    live.sinks[1]!.error(new Error('socket closed'));
    live.runAll();
    live.sinks[2]!.next({ data: { change: 'b' } });
    live.sinks[2]!.error(new Error('socket closed'));
    expect([...live.waiting.values()][0]!.ms).toBeLessThan(1000);
  });

  it('refetches after a reconnect, not after the first connect', () => {
    const live = start();
    live.connect();
    expect(live.missed).not.toHaveBeenCalled();
    live.connect();
    expect(live.missed).toHaveBeenCalledOnce();
  });

  it('ignores what a replaced subscription still reports', () => {
    const live = start();
    const old = live.sinks[0]!;
    old.error([{ extensions: { code: 'RESYNC_REQUIRED' } }]);
    old.next({ data: { change: 'late' } });
    old.complete();
    expect(live.next).not.toHaveBeenCalled();
    expect(live.missed).toHaveBeenCalledOnce();
    expect(live.waiting.size).toBe(0);
  });

  it('stops for good: no waiting retry, no subscription, no listener', () => {
    const live = start();
    live.sinks[0]!.error(new Error('socket closed'));
    live.stop();
    expect(live.waiting.size).toBe(0);
    expect(live.offConnected).toHaveBeenCalledOnce();
    live.connect();
    live.connect();
    expect(live.missed).toHaveBeenCalledOnce();

    const running = start();
    running.stop();
    expect(running.stops[0]).toHaveBeenCalledOnce();
    running.sinks[0]!.error(new Error('closed while stopping'));
    expect(running.missed).not.toHaveBeenCalled();
    expect(running.waiting.size).toBe(0);
  });
});
