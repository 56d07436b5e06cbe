import type { BookingStatus } from '../graphql/graphql.js';

/**
 * The booking statuses as the client reads them (issue 29): a request waiting for staff and a waiting list's
 * offer hold the slot like a confirmed booking, so the calendar shows them as taken, marked as not confirmed yet;
 * the others (cancelled, declined, lapsed, released) have given it up and leave every screen.
 */
export function holdsSlot(status: BookingStatus): boolean {
  return status === 'CONFIRMED' || isUnconfirmed(status);
}

export function isUnconfirmed(status: BookingStatus): boolean {
  return status === 'REQUESTED' || status === 'HELD';
}
