import type { EntityManager } from 'typeorm';
import type { BookingRecord } from '../bookings/booking-record.js';

/** How many released dates in a row make a series worth asking about. */
export const RELEASES_IN_A_ROW = 3;

/**
 * After releases: for each series among them whose last three dates that have begun (cancelled ones aside: the
 * MO said so in time) were all released, asks the MO's members whether the series is still needed and tells
 * staff, with a notice each, in the release's own unit. Asked once per three: not again while a notice of the
 * series is newer than the first of those three dates.
 */
export async function askWhetherSeriesIsNeeded(manager: EntityManager, released: readonly BookingRecord[], now: Date): Promise<number> {
  let asked = 0;
  const seriesIds = [...new Set(released.flatMap((booking) => (booking.seriesId ? [booking.seriesId] : [])))];
  for (const seriesId of seriesIds) {
    const last: Array<{ id: string; status: string; starts_at: Date; organization_id: string }> = await manager.query(
      `SELECT id, status, starts_at, organization_id FROM booking
        WHERE series_id = $1 AND starts_at <= $2 AND status <> 'CANCELLED'
        ORDER BY starts_at DESC LIMIT ${RELEASES_IN_A_ROW}`,
      [seriesId, now.toISOString()],
    );
    if (last.length < RELEASES_IN_A_ROW || last.some((date) => date.status !== 'RELEASED')) continue;
    const first = last[last.length - 1]!;
    const third = last[0]!;
    const inserted: unknown[] = await manager.query(
      `INSERT INTO series_notice (user_id, series_id, booking_id, to_staff, created_at)
       SELECT u.id, $1, $2, u.role = 'STAFF', $3 FROM app_user u
        WHERE u.active AND (u.role = 'STAFF' OR u.organization_id = $4)
          AND NOT EXISTS (SELECT 1 FROM series_notice n WHERE n.series_id = $1 AND n.created_at >= $5)
       ON CONFLICT (user_id, booking_id) DO NOTHING
       RETURNING id`,
      [seriesId, third.id, now.toISOString(), third.organization_id, new Date(first.starts_at).toISOString()],
    );
    if (inserted.length > 0) asked++;
  }
  return asked;
}
