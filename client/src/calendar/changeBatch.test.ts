import { describe, expect, it } from 'vitest';
import { ChangeBatcher } from './changeBatch.js';

function fakeTimers() {
  const scheduled: Array<{ run: () => void; ms: number; cleared: boolean }> = [];
  return {
    scheduled,
    timers: {
      set: (run: () => void, ms: number) => {
        const entry = { run, ms, cleared: false };
        scheduled.push(entry);
        return entry;
      },
      clear: (handle: unknown) => {
        (handle as { cleared: boolean }).cleared = true;
      },
    },
  };
}

describe('ChangeBatcher: one write, one render', () => {
  it('holds the dates of a series until the last arrives, then hands them over together', () => {
    const delivered: number[][] = [];
    const { timers } = fakeTimers();
    const batcher = new ChangeBatcher<{ id: number; batchRemaining: number }>(
      (changes) => delivered.push(changes.map((change) => change.id)),
      1000,
      timers,
    );
    for (let index = 0; index < 52; index++) batcher.push({ id: index, batchRemaining: 51 - index });
    expect(delivered).toEqual([Array.from({ length: 52 }, (_, index) => index)]);
  });

  it('passes a single change straight through, and a mutation’s own answer without a count', () => {
    const delivered: number[][] = [];
    const batcher = new ChangeBatcher<{ id: number; batchRemaining?: number }>((changes) =>
      delivered.push(changes.map((change) => change.id)),
    );
    batcher.push({ id: 1, batchRemaining: 0 });
    batcher.push({ id: 2 });
    expect(delivered).toEqual([[1], [2]]);
  });

  it('shows what it holds after a while when the rest of a batch never comes', () => {
    const delivered: number[][] = [];
    const { scheduled, timers } = fakeTimers();
    const batcher = new ChangeBatcher<{ id: number; batchRemaining: number }>(
      (changes) => delivered.push(changes.map((change) => change.id)),
      1000,
      timers,
    );
    batcher.push({ id: 1, batchRemaining: 2 });
    batcher.push({ id: 2, batchRemaining: 1 });
    expect(delivered).toEqual([]);
    expect(scheduled).toHaveLength(1);
    scheduled[0]!.run();
    expect(delivered).toEqual([[1, 2]]);
    batcher.push({ id: 3, batchRemaining: 0 });
    expect(delivered).toEqual([[1, 2], [3]]);
  });
});
