import { In, type EntityManager } from 'typeorm';
import type { ChangeAction, ChangeEntry } from '../changes/change-log.js';
import { requestSnapshot, sessionSnapshot } from './coaching-log.js';
import { CoachingRequest, CoachingSession } from './coaching.entities.js';

/**
 * The tie between a coaching session in a room and its booking, for the booking write unit: it finds the
 * session a booking holds, and makes the session follow when staff or a closure cancel or move that booking
 * directly. Nothing here imports the write unit, which imports this.
 *
 * Every write that touches a session takes its locks in one order, the write unit's: the bookings' rows (by
 * id), the rooms' advisory locks, the request's row, the sessions' rows (by id). Two writes that meet wait for
 * each other in that order and never deadlock (closing a request against a member's cancel, say).
 */

/** Locks bookings' rows in id order, the first locks of a write that touches sessions. */
export async function lockBookings(manager: EntityManager, bookingIds: readonly string[]): Promise<void> {
  if (bookingIds.length === 0) return;
  await manager.query('SELECT id FROM booking WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [[...new Set(bookingIds)]]);
}

/** The request, its row locked for the rest of the transaction (after any booking's); null when there is none. */
export async function lockRequest(manager: EntityManager, requestId: string): Promise<CoachingRequest | null> {
  const locked: unknown[] = await manager.query('SELECT id FROM coaching_request WHERE id = $1 FOR UPDATE', [requestId]);
  return locked.length ? manager.getRepository(CoachingRequest).findOneBy({ id: requestId }) : null;
}

/** Sessions, their rows locked in id order (after their request's), as they are now. */
export async function lockSessions(manager: EntityManager, sessionIds: readonly string[]): Promise<CoachingSession[]> {
  if (sessionIds.length === 0) return [];
  const ids = [...new Set(sessionIds)].sort();
  await manager.query('SELECT id FROM coaching_session WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [ids]);
  return manager.getRepository(CoachingSession).find({ where: { id: In(ids) }, order: { id: 'ASC' } });
}

/** A unit found, once it held the request, that a session has another booking than the one it locked. */
export class SessionBookingChanged extends Error {
  constructor() {
    super('a coaching session changed its booking before the write held it; the write starts again');
  }
}

/** Runs a unit of work again (up to three times in all) when it met `SessionBookingChanged`, which rolled it back. */
export async function untilSessionBookingsSettle<T>(unit: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await unit();
    } catch (error) {
      if (!(error instanceof SessionBookingChanged) || attempt >= 3) throw error;
    }
  }
}

/**
 * The session whose room a booking holds, or null for any other booking. The caller holds the booking's row;
 * this locks the request, then the session, for the rest of the transaction. A session's request never
 * changes, and with the booking locked no other write can tie the session to it or part them.
 */
export async function lockSessionOfBooking(manager: EntityManager, bookingId: string): Promise<CoachingSession | null> {
  const held: Array<{ id: string; request_id: string }> = await manager.query(
    'SELECT id, request_id FROM coaching_session WHERE booking_id = $1',
    [bookingId],
  );
  const found = held[0];
  if (!found) return null;
  await lockRequest(manager, found.request_id);
  const [session] = await lockSessions(manager, [found.id]);
  return session?.bookingId === bookingId ? session : null;
}

/** Where a session's booking is now, as far as the session follows it. */
export interface FollowedBooking {
  status: string;
  roomId: string;
  start: Date;
  end: Date;
}

/**
 * Makes the session agree with its booking again after the write unit changed the booking: a cancelled
 * booking cancels the session with the write's reason (and a request without a scheduled session left is
 * ASSIGNED again), a moved one moves it. Returns the change-log entries, for the write's batch.
 */
export async function followBooking(
  manager: EntityManager,
  session: CoachingSession,
  booking: FollowedBooking,
  actorId: string | null,
  reason: string | null,
  now: Date,
): Promise<ChangeEntry[]> {
  const sessions = manager.getRepository(CoachingSession);
  // the request's row is locked already, by `lockSessionOfBooking`
  const request = await manager.getRepository(CoachingRequest).findOneByOrFail({ id: session.requestId });
  const entries: ChangeEntry[] = [];
  if (booking.status === 'CANCELLED') {
    if (session.status === 'CANCELLED') return [];
    await sessions.update({ id: session.id }, { status: 'CANCELLED', cancelReason: reason });
    const after = await sessions.findOneByOrFail({ id: session.id });
    entries.push(sessionEntry(actorId, 'CANCELLED', session, after, request.organizationId));
    const left = await sessions.countBy({ requestId: request.id, status: 'SCHEDULED' });
    if (left === 0) {
      const entry = await setRequestStatus(manager, actorId, request, 'ASSIGNED', now);
      if (entry) entries.push(entry);
    }
    return entries;
  }
  await sessions.update({ id: session.id }, { roomId: booking.roomId, start: booking.start, end: booking.end });
  const after = await sessions.findOneByOrFail({ id: session.id });
  return [sessionEntry(actorId, 'UPDATED', session, after, request.organizationId)];
}

/** The change-log entry of a session's change (H1's notices read CREATED, UPDATED and CANCELLED). */
export function sessionEntry(
  actorId: string | null,
  action: ChangeAction,
  before: CoachingSession | null,
  after: CoachingSession,
  organizationId: string,
): ChangeEntry {
  return {
    entity: 'COACHING_SESSION',
    entityId: after.id,
    action,
    actorId,
    before: before ? sessionSnapshot(before) : null,
    after: sessionSnapshot(after),
    locationIds: [],
    roomIds: [...new Set([before?.roomId, after.roomId].filter((id): id is string => !!id))],
    organizationId,
  };
}

/** Moves a request between SCHEDULED and ASSIGNED; the entry to log, or null when it stands there already. */
export async function setRequestStatus(
  manager: EntityManager,
  actorId: string | null,
  before: CoachingRequest,
  status: 'SCHEDULED' | 'ASSIGNED',
  now: Date,
): Promise<ChangeEntry | null> {
  if (before.status === status) return null;
  // only a scheduled request falls back: a closed one stays closed when its last session goes
  if (status === 'ASSIGNED' && before.status !== 'SCHEDULED') return null;
  await manager.getRepository(CoachingRequest).update({ id: before.id }, { status, updatedAt: now });
  const after = await manager.getRepository(CoachingRequest).findOneByOrFail({ id: before.id });
  return {
    entity: 'COACHING_REQUEST',
    entityId: after.id,
    action: 'UPDATED',
    actorId,
    before: requestSnapshot(before),
    after: requestSnapshot(after),
    locationIds: [],
    roomIds: [],
    organizationId: after.organizationId,
  };
}
