import type { Booking } from '../shared/types.js';
import { holdsSlot } from '../bookings/bookingStatus.js';

export interface BookingChange {
  cursor: string;
  kind: 'CREATED' | 'UPDATED' | 'CANCELLED';
  bookingId: string;
  booking: Booking | null;
  /** How many changes of the same write follow (the other dates of a series); absent for a mutation's own answer. */
  batchRemaining?: number;
  /** Who made it, when the viewer may know (staff, the booking's MO): a screen tells of others' changes. */
  actorId?: string | null;
}

/** The time a list holds, and when the calendar shows some houses only (`locationIds`), those houses. */
export interface BookingRange {
  from: string;
  to: string;
  locationIds?: readonly string[];
}

const startOf = (booking: Booking) => Date.parse(booking.start);

/** Where `booking` goes in a list sorted by start, then id: found by halving, as a week may hold 20,000. */
function sortedPosition(list: readonly Booking[], booking: Booking): number {
  const start = startOf(booking);
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const other = list[middle]!;
    const before = startOf(other) - start || other.id.localeCompare(booking.id);
    if (before < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The cached list of bookings for a range after one change: added when it now falls into the
 * range (and its houses), replaced, removed when it gave its slot up (cancelled, declined, lapsed, released), moved out of the range, or no longer visible.
 * The list stays sorted by start. Returns the same array when nothing changed, so Vue does not re-render for it.
 */
export function applyChange(list: readonly Booking[], change: BookingChange, range: BookingRange): readonly Booking[] {
  const index = list.findIndex((booking) => booking.id === change.bookingId);
  const next = change.booking;
  const belongs =
    next !== null &&
    holdsSlot(next.status) &&
    Date.parse(next.start) < Date.parse(range.to) &&
    Date.parse(next.end) > Date.parse(range.from) &&
    (range.locationIds === undefined || range.locationIds.includes(next.room.locationId));
  if (!belongs) return index === -1 ? list : list.filter((booking) => booking.id !== change.bookingId);
  if (index !== -1 && list[index]!.version >= next.version) return list;
  const updated = index === -1 ? [...list] : list.filter((booking) => booking.id !== next.id);
  updated.splice(sortedPosition(updated, next), 0, next);
  return updated;
}

/** The list after several changes, applied in order: one new array (or the same one) for one render. */
export function applyChanges(list: readonly Booking[], changes: readonly BookingChange[], range: BookingRange): readonly Booking[] {
  return changes.reduce((current, change) => applyChange(current, change, range), list);
}
