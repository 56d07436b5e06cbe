import { describe, expect, it } from 'vitest';
import { QUIET_RECONNECT_MS, SERVICE_RESTART, createLiveState } from './liveState.js';
import { manualTimers } from '../shared/testing.js';

function live() {
  const clock = manualTimers();
  let now = new Date('2027-06-08T08:00:00Z');
  const state = createLiveState(clock.timers, () => now);
  state.connecting();
  state.connected();
  return { ...clock, state, at: (instant: string) => (now = new Date(instant)) };
}

describe('createLiveState', () => {
  it('shows nothing when a restarting node’s socket (1012) is replaced within the quiet moment', () => {
    const { state, waiting } = live();
    state.closed(SERVICE_RESTART);
    expect(state.liveStatus.value).toBe('live');
    expect([...waiting.values()].map((timer) => timer.ms)).toEqual([QUIET_RECONNECT_MS]);
    state.connected();
    expect(waiting.size).toBe(0);
    expect(state.liveStatus.value).toBe('live');
    expect(state.offlineSince.value).toBeNull();
  });

  it('says it is reconnecting, since the close, when the reconnect takes longer than the quiet moment', () => {
    const { state, runAll, at } = live();
    at('2027-06-08T08:10:00Z');
    state.closed(SERVICE_RESTART);
    at('2027-06-08T08:10:01Z');
    // a failed attempt meanwhile (no node answered yet) does not cut the quiet moment short
    state.closed(1006);
    expect(state.liveStatus.value).toBe('live');
    runAll();
    expect(state.liveStatus.value).toBe('reconnecting');
    expect(state.offlineSince.value?.toISOString()).toBe('2027-06-08T08:10:00.000Z');
  });

  it('says at once that it is reconnecting after a connection lost without notice', () => {
    const { state, waiting } = live();
    state.closed(1006);
    expect(state.liveStatus.value).toBe('reconnecting');
    expect(state.offlineSince.value).not.toBeNull();
    expect(waiting.size).toBe(0);
  });

  it('is unauthorised after 4401 or 4403, idle after a normal close', () => {
    const refused = live();
    refused.state.closed(4403);
    expect(refused.state.liveStatus.value).toBe('unauthorised');
    const ended = live();
    ended.state.closed(SERVICE_RESTART);
    ended.state.closed(4401);
    expect(ended.state.liveStatus.value).toBe('unauthorised');
    expect(ended.waiting.size).toBe(0);
    const closed = live();
    closed.state.closed(1000);
    expect(closed.state.liveStatus.value).toBe('idle');
    expect(closed.state.offlineSince.value).toBeNull();
  });
});
