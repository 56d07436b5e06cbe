import type { EntityManager } from 'typeorm';
import type { ChangeAction, ChangeEntry } from '../changes/change-log.js';
import { requestSnapshot, sessionSnapshot } from './coaching-log.js';
import { CoachingRequest, CoachingSession } from './coaching.entities.js';

/**
 * The tie between a coaching session in a room and its booking, for the booking write unit: it finds the
 * session a booking holds, and makes the session follow when staff or a closure cancel or move that booking
 * directly. Nothing here imports the write unit, which imports this.
 */

/** The session whose room a booking holds, its row locked for the rest of the transaction; null for any other booking. */
export async function lockSessionOfBooking(manager: EntityManager, bookingId: string): Promise<CoachingSession | null> {
  const locked: unknown[] = await manager.query('SELECT id FROM coaching_session WHERE booking_id = $1 FOR UPDATE', [bookingId]);
  return locked.length ? manager.getRepository(CoachingSession).findOneBy({ bookingId }) : null;
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
  // the request's row before it is read, as every coaching write takes it
  await manager.query('SELECT id FROM coaching_request WHERE id = $1 FOR UPDATE', [session.requestId]);
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
