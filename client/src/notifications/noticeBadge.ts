import type { BookingStatus } from '../graphql/graphql.js';

/**
 * Whether a live booking change may have brought the reader a notice: someone else changed a booking whose
 * changer the reader may know of (the server names the actor to staff and the booking's MO only), or the timers
 * decided one (issue 29: a request or an offer lapsed, a room released, an offer made), which no person did.
 */
export function isNoticeCue(change: { actorId: string | null; booking?: { status: BookingStatus } | null }, myId: string | null): boolean {
  if (change.actorId !== null) return change.actorId !== myId;
  return change.booking != null && DECIDED_BY_TIMERS.has(change.booking.status);
}

const DECIDED_BY_TIMERS: ReadonlySet<BookingStatus> = new Set(['LAPSED', 'RELEASED', 'HELD']);

/** How many unread notices the header's badge counts, of every kind. */
export function noticeCount(...lists: ReadonlyArray<readonly unknown[]>): number {
  return lists.reduce((sum, list) => sum + list.length, 0);
}
