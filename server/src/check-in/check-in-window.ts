import type { BookingStatus } from '../bookings/booking.enums.js';
import type { InputReason } from '../shared/errors.js';

/** Check-in opens this long before a booking starts (issue 29): people arrive a little early. */
export const CHECK_IN_OPENS_MINUTES = 15;

/** The grace period staff may choose per house; the database's CHECK says the same. */
export const GRACE_MINUTES = { min: 5, max: 120 } as const;

export interface CheckInFacts {
  status: BookingStatus;
  checkedInAt: Date | null;
  start: Date;
  end: Date;
}

/**
 * Why this booking cannot be checked in now, or null when it can: only a CONFIRMED booking not yet checked in,
 * from `CHECK_IN_OPENS_MINUTES` before its start until its end (half-open: at the end it is over).
 */
export function checkInRefusal(booking: CheckInFacts, now: Date): InputReason | null {
  if (booking.checkedInAt !== null) return 'ALREADY_CHECKED_IN';
  if (booking.status === 'CANCELLED') return 'ALREADY_CANCELLED';
  if (booking.status !== 'CONFIRMED') return 'WRONG_STATUS';
  if (booking.end.getTime() <= now.getTime()) return 'PAST_BOOKING';
  if (now.getTime() < checkInOpens(booking.start).getTime()) return 'CHECK_IN_NOT_OPEN';
  return null;
}

export function checkInOpens(start: Date): Date {
  return new Date(start.getTime() - CHECK_IN_OPENS_MINUTES * 60_000);
}

/**
 * When a booking nobody checked in to is released: the grace period after its start, or after it was made when
 * that was later (a booking made at the last minute gets its grace too). Minutes are counted on the timeline, so
 * a DST switch inside the grace period neither shortens nor lengthens it.
 */
export function releaseDue(start: Date, madeAt: Date, graceMinutes: number): Date {
  return new Date(Math.max(start.getTime(), madeAt.getTime()) + graceMinutes * 60_000);
}
