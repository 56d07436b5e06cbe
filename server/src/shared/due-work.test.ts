import { afterEach, describe, expect, it, vi } from 'vitest';
import { DueWork } from './due-work.js';

/** Work whose runs the test ends by hand: how many started, how many finished. */
function heldWork() {
  const held: Array<() => void> = [];
  const counts = { started: 0, finished: 0 };
  const work = new DueWork(async () => {
    counts.started++;
    await new Promise<void>((resolve) => held.push(resolve));
    counts.finished++;
    return 1;
  });
  return { work, held, counts };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('DueWork', () => {
  it('lets the run in flight finish when stopped (a draining node sends the mails it took), then runs no more', async () => {
    vi.useFakeTimers();
    const { work, held, counts } = heldWork();
    work.start(1000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(counts.started).toBe(1);

    let stopped = false;
    const stopping = work.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    held[0]!();
    await stopping;
    expect(counts.finished).toBe(1);

    await vi.advanceTimersByTimeAsync(10_000);
    expect(counts.started).toBe(1);
  });

  it('joins the run in flight instead of starting a second one beside it', async () => {
    const { work, held, counts } = heldWork();
    const first = work.runNow();
    const second = work.runNow();
    expect(counts.started).toBe(1);
    held[0]!();
    expect(await first).toBe(1);
    expect(await second).toBe(1);
  });
});
