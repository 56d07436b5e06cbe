import type { DataSource } from 'typeorm';
import { ANONYMOUS } from '../auth/viewer.js';
import { DueWork } from '../shared/due-work.js';
import type { Log } from '../shared/log.js';
import { writeBookings, type BookingWrite, type WriteOptions } from './booking-write.js';

/** How many bookings one unit of work of a status timer changes at most. */
export const STATUS_TIMER_BATCH = 50;

/** What a status timer does in one unit of work: claims up to a batch of due bookings and changes them. */
export interface StatusJob {
  /** Said in the log when a batch fails ("could not …"). */
  failure: string;
  /** Claims the due bookings FOR UPDATE SKIP LOCKED (at most `STATUS_TIMER_BATCH`), changes them; answers how many. */
  decide: (write: BookingWrite, now: Date) => Promise<number>;
}

/**
 * A timer that changes bookings' status when they fall due (issue 29: requests and offers lapse, no-shows are
 * released). Each batch is one unit of work with no actor: the rows are claimed with SKIP LOCKED, so several
 * nodes share the work and none changes a booking twice, and a node that was down finds what fell due meanwhile
 * when it starts again. The change log then carries each change to open screens, notices, e-mails and the
 * waiting list, as for any booking change.
 */
export class BookingStatusTimer {
  private readonly due = new DueWork(() => this.runDue());

  constructor(
    private readonly dataSource: DataSource,
    private readonly writing: WriteOptions,
    private readonly log: Log,
    private readonly job: StatusJob,
  ) {}

  start(pollMs: number): void {
    this.due.start(pollMs);
  }

  stop(): Promise<void> {
    return this.due.stop();
  }

  /** Does what is due now; answers how many bookings changed. */
  runNow(): Promise<number> {
    return this.due.runNow();
  }

  private async runDue(): Promise<number> {
    let changed = 0;
    for (;;) {
      try {
        // a timer is nobody: no person's rights are asked, and the MO reads what happened, not "someone changed it"
        const batch = await writeBookings(
          this.dataSource,
          ANONYMOUS,
          null,
          (write) => this.job.decide(write, this.writing.clock()),
          this.writing,
        );
        changed += batch;
        if (batch < STATUS_TIMER_BATCH) return changed;
      } catch (error) {
        this.log(`could not ${this.job.failure}`, error);
        return changed;
      }
    }
  }
}
