import type { DataSource, EntityManager } from 'typeorm';
import type { WriteOptions } from '../bookings/booking-write.js';
import { findBookingRecords } from '../bookings/booking.repository.js';
import { BookingStatusTimer, STATUS_TIMER_BATCH } from '../bookings/status-timer.js';
import type { Log } from '../shared/log.js';
import { askWhetherSeriesIsNeeded } from './series-question.js';

/**
 * Releases no-shows (issue 29, point 4): where a house requires check-in, a CONFIRMED booking nobody checked in
 * to by the end of its grace period gives its slot up (RELEASED), once across nodes and after a restart
 * (`BookingStatusTimer`). The freed slot reaches every open screen and wall display, the MO's notice and e-mail,
 * and the waiting list. A series whose last three dates were all released asks its MO whether it is still needed.
 */
export class NoShowRelease extends BookingStatusTimer {
  constructor(dataSource: DataSource, writing: WriteOptions, log: Log) {
    super(dataSource, writing, log, {
      failure: 'release the bookings nobody checked in to',
      decide: async (write, now) => {
        const due = await findBookingRecords(write.manager, await claimDue(write.manager, now));
        for (const before of due) await write.setStatus(before, { status: 'RELEASED' }, now);
        await askWhetherSeriesIsNeeded(write.manager, due, now);
        return due.length;
      },
    });
  }
}

/**
 * The bookings due for release now, locked for this unit and skipped by every other: confirmed, not checked in,
 * in a house that requires check-in, past the grace period counted from the later of the start and the
 * booking's making, and not over yet (a house that starts requiring check-in does not rewrite its past).
 * When it was made: `created_at` is the database's clock and `updated_at` the app's, the earlier of the two.
 * Grace minutes are added on the timeline (timestamptz + minutes), so a DST switch changes nothing.
 * A coaching session's and a network meeting's bookings are the centre's own and never released.
 */
async function claimDue(manager: EntityManager, now: Date): Promise<string[]> {
  const rows: Array<{ id: string }> = await manager.query(
    `SELECT b.id FROM booking b
       JOIN room r ON r.id = b.room_id
       JOIN location l ON l.id = r.location_id
      WHERE b.status = 'CONFIRMED' AND b.checked_in_at IS NULL AND l.check_in_required
        AND b.starts_at <= $1::timestamptz AND b.ends_at > $1::timestamptz
        AND greatest(b.starts_at, least(b.created_at, b.updated_at)) + make_interval(mins => l.check_in_grace_minutes) <= $1::timestamptz
        AND NOT EXISTS (SELECT 1 FROM coaching_session s WHERE s.booking_id = b.id)
        AND NOT EXISTS (SELECT 1 FROM network_meeting m WHERE m.booking_id = b.id)
      ORDER BY b.starts_at, b.id
      LIMIT ${STATUS_TIMER_BATCH}
        FOR UPDATE OF b SKIP LOCKED`,
    [now.toISOString()],
  );
  return rows.map((row) => row.id);
}
