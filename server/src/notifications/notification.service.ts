import type { DataSource } from 'typeorm';
import { assertSignedIn } from '../auth/policy.js';
import { viewerUserId, type Viewer } from '../auth/viewer.js';
import type { BookingRecord } from '../bookings/booking-record.js';
import type { BookingStatus, ChangeKind } from '../bookings/booking.enums.js';
import { statusNews, type StatusNews } from '../bookings/status-news.js';
import { findBookingRecords } from '../bookings/booking.repository.js';
import type { Clock } from '../shared/clock.js';
import { isUuid } from '../shared/errors.js';

export interface NotificationRecord {
  id: string;
  occurredAt: Date;
  read: boolean;
  kind: ChangeKind;
  byStaff: boolean;
  reason: string | null;
  /** When the change was a decision about the booking (approved, declined, lapsed, released, offered). */
  news: StatusNews | null;
  booking: BookingRecord;
  /** Where and when the booking was before the change. */
  previous: { start: Date; end: Date; roomName: string; houseName: string } | null;
}

interface Row {
  id: string;
  occurred_at: Date | string;
  read_at: Date | string | null;
  action: ChangeKind;
  actor_role: string | null;
  reason: string | null;
  booking_id: string;
  before_status: BookingStatus | null;
  after_status: BookingStatus | null;
  before_start: string | null;
  before_end: string | null;
  before_room: string | null;
  before_house: string | null;
}

const LIST_LIMIT = 100;

/** What others did to one's MO's bookings, newest first; kept until read, listed at the next sign-in. */
export class NotificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(viewer: Viewer, unreadOnly: boolean): Promise<NotificationRecord[]> {
    assertSignedIn(viewer);
    const rows: Row[] = await this.dataSource.query(
      `SELECT n.id, c.occurred_at, n.read_at, c.action, u.role AS actor_role, c.reason, n.booking_id,
              c.before->>'status' AS before_status, c.after->>'status' AS after_status,
              c.before->>'start' AS before_start, c.before->>'end' AS before_end, r.name AS before_room, l.name AS before_house
         FROM notification n
         JOIN change_log c ON c.cursor = n.change_cursor
         LEFT JOIN app_user u ON u.id = c.actor_id
         LEFT JOIN room r ON r.id = (c.before->>'roomId')::uuid
         LEFT JOIN location l ON l.id = r.location_id
        WHERE n.user_id = $1 AND ($2::boolean = false OR n.read_at IS NULL)
        ORDER BY n.change_cursor DESC LIMIT ${LIST_LIMIT}`,
      [viewerUserId(viewer), unreadOnly],
    );
    const bookings = new Map(
      (await findBookingRecords(this.dataSource.manager, [...new Set(rows.map((row) => row.booking_id))])).map((record) => [
        record.id,
        record,
      ]),
    );
    return rows.flatMap((row) => {
      const booking = bookings.get(row.booking_id);
      if (!booking) return [];
      return [
        {
          id: row.id,
          occurredAt: new Date(row.occurred_at),
          read: row.read_at !== null,
          kind: row.action,
          byStaff: row.actor_role === 'STAFF',
          reason: row.reason,
          news: row.after_status ? statusNews(row.before_status, row.after_status) : null,
          booking,
          previous:
            row.before_start && row.before_end
              ? {
                  start: new Date(row.before_start),
                  end: new Date(row.before_end),
                  roomName: row.before_room ?? '',
                  houseName: row.before_house ?? '',
                }
              : null,
        },
      ];
    });
  }

  /** Marks one's own notifications read (all of them without ids); answers how many changed. */
  async markRead(viewer: Viewer, ids: readonly string[] | null): Promise<number> {
    assertSignedIn(viewer);
    const wanted = ids?.filter(isUuid) ?? null;
    const rows: Array<{ count: number }> = await this.dataSource.query(
      `WITH marked AS (
         UPDATE notification SET read_at = $3
          WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2))
         RETURNING id
       )
       SELECT count(*)::int AS count FROM marked`,
      [viewerUserId(viewer), wanted, this.clock().toISOString()],
    );
    return rows[0]?.count ?? 0;
  }
}
