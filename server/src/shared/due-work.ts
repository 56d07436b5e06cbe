/**
 * Work that polls for what is due (queued e-mails): at most one run at a time in this process, a timer that
 * does not keep the process alive, and a stop that waits for the run in flight. Claiming rows across
 * processes (SKIP LOCKED) is the work's own business.
 */
export class DueWork {
  private timer: ReturnType<typeof setInterval> | undefined;
  private running: Promise<number> | undefined;

  /** `run` answers how many items it handled. */
  constructor(private readonly run: () => Promise<number>) {}

  /** Starts polling every `pollMs`; a second start changes nothing. */
  start(pollMs: number): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.runNow(), pollMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Runs now, or joins the run in flight; answers how many items it handled. */
  runNow(): Promise<number> {
    this.running ??= this.run().finally(() => (this.running = undefined));
    return this.running;
  }
}
