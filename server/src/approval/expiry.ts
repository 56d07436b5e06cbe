import type { DataSource } from 'typeorm';
import type { WriteOptions } from '../bookings/booking-write.js';
import { findBookingRecords } from '../bookings/booking.repository.js';
import { BookingStatusTimer, STATUS_TIMER_BATCH } from '../bookings/status-timer.js';
import type { Log } from '../shared/log.js';

/**
 * Lapses what nobody decided in time (issue 29): a request staff did not approve or decline by its `expiresAt`,
 * and a waiting list's offer its MO did not take up. Once across nodes and after a restart: `BookingStatusTimer`.
 * Lapsing frees the slot, so the waiting list offers it to the next in line.
 */
export class RequestExpiry extends BookingStatusTimer {
  constructor(dataSource: DataSource, writing: WriteOptions, log: Log) {
    super(dataSource, writing, log, {
      failure: 'lapse the requests and offers that nobody decided',
      decide: async (write, now) => {
        const rows: Array<{ id: string }> = await write.manager.query(
          `SELECT id FROM booking WHERE status IN ('REQUESTED', 'HELD') AND expires_at <= $1
            ORDER BY id LIMIT ${STATUS_TIMER_BATCH} FOR UPDATE SKIP LOCKED`,
          [now.toISOString()],
        );
        const due = await findBookingRecords(
          write.manager,
          rows.map((row) => row.id),
        );
        for (const before of due) await write.setStatus(before, { status: 'LAPSED' }, now);
        return due.length;
      },
    });
  }
}
