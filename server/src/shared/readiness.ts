/**
 * Whether this node still takes new work. A node that is shutting down drains: `/readyz` answers 503 so the
 * proxy sends its requests elsewhere, while what is in flight finishes. Set once, never reset: a drained
 * process exits.
 */
export class Readiness {
  private drainingSince: Date | null = null;

  get draining(): boolean {
    return this.drainingSince !== null;
  }

  startDraining(now: Date = new Date()): void {
    this.drainingSince ??= now;
  }
}
