import type { DataSource } from 'typeorm';
import { ANONYMOUS } from '../auth/viewer.js';
import { writeBookings, type WriteOptions } from '../bookings/booking-write.js';
import { findBookingRecords } from '../bookings/booking.repository.js';
import { DueWork } from '../shared/due-work.js';
import type { Log } from '../shared/log.js';

const BATCH = 50;

/**
 * Lapses what nobody decided in time (issue 29): a request staff did not approve or decline by its `expiresAt`,
 * and a waiting list's offer its MO did not take up. Each batch is one unit of work with no actor: the due rows
 * are claimed FOR UPDATE SKIP LOCKED, so several nodes share the work and none lapses a booking twice, and a
 * node that was down finds everything overdue when it starts again. Lapsing frees the slot, which the change log
 * carries to every open screen, the MO's notice and e-mail, and the waiting list (the next in line).
 */
export class RequestExpiry {
  private readonly due = new DueWork(() => this.lapseDue());

  constructor(
    private readonly dataSource: DataSource,
    private readonly writing: WriteOptions,
    private readonly log: Log,
  ) {}

  start(pollMs: number): void {
    this.due.start(pollMs);
  }

  stop(): Promise<void> {
    return this.due.stop();
  }

  /** Lapses what is due now; answers how many bookings lapsed. */
  runNow(): Promise<number> {
    return this.due.runNow();
  }

  private async lapseDue(): Promise<number> {
    let lapsed = 0;
    for (;;) {
      try {
        // a timer is nobody: no person's rights are asked, and the MO reads "lapsed", not "someone changed it"
        const batch = await writeBookings(
          this.dataSource,
          ANONYMOUS,
          null,
          async (write) => {
            const now = this.writing.clock();
            const rows: Array<{ id: string }> = await write.manager.query(
              `SELECT id FROM booking WHERE status IN ('REQUESTED', 'HELD') AND expires_at <= $1
                ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
              [now.toISOString()],
            );
            const due = await findBookingRecords(
              write.manager,
              rows.map((row) => row.id),
            );
            for (const before of due) await write.setStatus(before, { status: 'LAPSED' }, now);
            return due.length;
          },
          this.writing,
        );
        lapsed += batch;
        if (batch < BATCH) return lapsed;
      } catch (error) {
        this.log('could not lapse the requests and offers that nobody decided', error);
        return lapsed;
      }
    }
  }
}
