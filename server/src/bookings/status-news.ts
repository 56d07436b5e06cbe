import type { BookingStatus } from './booking.enums.js';

/**
 * What a change of a booking's status tells its MO (issue 29): staff approved or declined its request, the
 * request or an offer lapsed, nobody checked in so the room was released, or the waiting list offers it a slot.
 * Cancellations and moves are told as such; everything else (checking in, taking up an offer) is the MO's own doing.
 */
export const STATUS_NEWS = ['APPROVED', 'DECLINED', 'LAPSED', 'RELEASED', 'OFFERED'] as const;
export type StatusNews = (typeof STATUS_NEWS)[number];

export function statusNews(before: BookingStatus | null, after: BookingStatus): StatusNews | null {
  if (before === after) return null;
  switch (after) {
    case 'HELD':
      return 'OFFERED';
    case 'CONFIRMED':
      return before === 'REQUESTED' ? 'APPROVED' : null;
    case 'DECLINED':
    case 'LAPSED':
    case 'RELEASED':
      return after;
    default:
      return null;
  }
}
