/** How long a batch may wait for its last change before it is shown anyway (a lost message must not hide the rest). */
export const BATCH_WAIT_MS = 1000;

interface Timers {
  set: (run: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Holds the changes of one write (a series of 52 dates, a closure's cancelled bookings) until the last
 * of them arrives, `batchRemaining` 0, and hands them over together: the calendar shows a series in one
 * render instead of 52 flashes. Changes outside a batch pass straight through.
 */
export class ChangeBatcher<Change extends { batchRemaining?: number }> {
  private pending: Change[] = [];
  private timer: unknown = null;

  constructor(
    private readonly deliver: (changes: Change[]) => void,
    private readonly waitMs = BATCH_WAIT_MS,
    private readonly timers: Timers = realTimers,
  ) {}

  push(change: Change): void {
    this.pending.push(change);
    if (!change.batchRemaining) this.flush();
    else if (this.timer === null) this.timer = this.timers.set(() => this.flush(), this.waitMs);
  }

  /** Hands over what is held now (also before a resync replaces the list). */
  flush(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
    const changes = this.pending;
    this.pending = [];
    if (changes.length > 0) this.deliver(changes);
  }
}
