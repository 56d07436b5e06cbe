import type { DataSource } from 'typeorm';
import { assertSignedIn, mayReadBooking } from '../auth/policy.js';
import { viewerUserId, type Viewer } from '../auth/viewer.js';
import type { BookingRecord } from '../bookings/booking-record.js';
import { findBookingRecords } from '../bookings/booking.repository.js';
import type { Clock } from '../shared/clock.js';
import { assertUuid } from '../shared/errors.js';

export interface SeriesNoticeRecord {
  id: string;
  occurredAt: Date;
  read: boolean;
  /** Told as staff; the MO's members are asked. */
  toStaff: boolean;
  /** The third date in a row that nobody came to; its series, title and MO. */
  booking: BookingRecord;
}

/** The notices of series nobody came to (`series-question.ts`), as each person reads and marks them. */
export class SeriesNoticeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(viewer: Viewer, unreadOnly: boolean): Promise<SeriesNoticeRecord[]> {
    assertSignedIn(viewer);
    const rows: Array<{ id: string; created_at: Date; read_at: Date | null; to_staff: boolean; booking_id: string }> =
      await this.dataSource.query(
        `SELECT id, created_at, read_at, to_staff, booking_id FROM series_notice
          WHERE user_id = $1 AND ($2::boolean IS FALSE OR read_at IS NULL)
          ORDER BY created_at DESC, id LIMIT 100`,
        [viewerUserId(viewer), unreadOnly],
      );
    const bookings = new Map(
      (await findBookingRecords(this.dataSource.manager, [...new Set(rows.map((row) => row.booking_id))])).map((record) => [
        record.id,
        record,
      ]),
    );
    const now = this.clock();
    return rows.flatMap((row) => {
      const booking = bookings.get(row.booking_id);
      // someone who has since left the MO is no longer asked about its series
      if (!booking || !mayReadBooking(viewer, booking, now)) return [];
      return [{ id: row.id, occurredAt: new Date(row.created_at), read: row.read_at !== null, toStaff: row.to_staff, booking }];
    });
  }

  async markRead(viewer: Viewer, ids: readonly string[] | null): Promise<number> {
    assertSignedIn(viewer);
    ids?.forEach((id) => assertUuid('ids', id));
    const [marked]: Array<{ count: number }> = await this.dataSource.query(
      `WITH marked AS (
         UPDATE series_notice SET read_at = $2
          WHERE user_id = $1 AND read_at IS NULL AND ($3::uuid[] IS NULL OR id = ANY($3::uuid[]))
          RETURNING id)
       SELECT count(*)::int AS count FROM marked`,
      [viewerUserId(viewer), this.clock().toISOString(), ids ? [...ids] : null],
    );
    return marked?.count ?? 0;
  }
}
