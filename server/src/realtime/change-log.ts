import type { EntityManager } from 'typeorm';
import type { ChangeKind } from '../bookings/booking.enums.js';
import { toSnapshot, type BookingRecord, type BookingSnapshot } from '../bookings/booking-record.js';

export const CHANGE_CHANNEL = 'booking_change';
/** Any fixed number: the transaction-level advisory lock that gives the change log commit order. */
const CHANGE_LOG_LOCK = 727_001;

export interface ChangeRow {
  cursor: string;
  kind: ChangeKind;
  bookingId: string;
  actorId: string | null;
  occurredAt: Date;
  locationIds: string[];
  before: BookingSnapshot | null;
  after: BookingSnapshot;
}

/**
 * Appends one change inside the caller's transaction and announces its cursor with NOTIFY,
 * which PostgreSQL (and PGlite) deliver only if and when the transaction commits.
 *
 * The advisory lock is held until commit, so cursors are handed out in commit order: a reader that
 * has seen cursor N has also seen everything below N. It is taken as the last step of a write to
 * keep the serialized part short.
 */
export async function recordChange(
  manager: EntityManager,
  change: { kind: ChangeKind; actorId: string | null; before: BookingRecord | null; after: BookingRecord },
): Promise<string> {
  const locationIds = [...new Set([change.before?.room.locationId, change.after.room.locationId])].filter(
    (id): id is string => id !== undefined,
  );
  await manager.query('SELECT pg_advisory_xact_lock($1)', [CHANGE_LOG_LOCK]);
  const rows: Array<{ cursor: string }> = await manager.query(
    `WITH inserted AS (
       INSERT INTO booking_change (booking_id, kind, actor_id, location_ids, organization_id, booking_before, booking_after)
       VALUES ($1, $2, $3, $4::uuid[], $5, $6::jsonb, $7::jsonb)
       RETURNING cursor
     )
     SELECT cursor::text AS cursor, pg_notify($8, cursor::text) FROM inserted`,
    [
      change.after.id,
      change.kind,
      change.actorId,
      locationIds,
      change.after.organizationId,
      change.before ? JSON.stringify(toSnapshot(change.before)) : null,
      JSON.stringify(toSnapshot(change.after)),
      CHANGE_CHANNEL,
    ],
  );
  const cursor = rows[0]?.cursor;
  if (cursor === undefined) throw new Error('change log insert returned no cursor');
  return cursor;
}

interface RawChangeRow {
  cursor: string;
  kind: ChangeKind;
  booking_id: string;
  actor_id: string | null;
  occurred_at: Date | string;
  location_ids: string[];
  booking_before: BookingSnapshot | null;
  booking_after: BookingSnapshot;
}

/** Changes with a cursor greater than `after`, oldest first. Cursors are compared as numbers in SQL. */
export async function readChangesAfter(manager: EntityManager, after: bigint, limit: number): Promise<ChangeRow[]> {
  const rows: RawChangeRow[] = await manager.query(
    `SELECT cursor::text AS cursor, kind, booking_id, actor_id, occurred_at, location_ids::text[] AS location_ids,
            booking_before, booking_after
       FROM booking_change
      WHERE cursor > $1::bigint
      ORDER BY booking_change.cursor
      LIMIT $2`,
    [after.toString(), limit],
  );
  return rows.map((row) => ({
    cursor: row.cursor,
    kind: row.kind,
    bookingId: row.booking_id,
    actorId: row.actor_id,
    occurredAt: new Date(row.occurred_at),
    locationIds: row.location_ids,
    before: row.booking_before,
    after: row.booking_after,
  }));
}

export async function changeLogBounds(manager: EntityManager): Promise<{ oldest: bigint | null; latest: bigint }> {
  const rows: Array<{ oldest: string | null; latest: string | null }> = await manager.query(
    'SELECT min(cursor)::text AS oldest, max(cursor)::text AS latest FROM booking_change',
  );
  const row = rows[0];
  return {
    oldest: row?.oldest ? BigInt(row.oldest) : null,
    latest: row?.latest ? BigInt(row.latest) : 0n,
  };
}
