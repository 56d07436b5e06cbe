import type { Booking } from '../shared/types.js';

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

/**
 * The cached list of bookings for a range after one change: added when it now falls into the
 * range, replaced in place, removed when cancelled, moved out of the range, or no longer visible.
 * Returns the same array when nothing changed, so Vue does not re-render for it.
 */
export function applyChange(list: readonly Booking[], change: BookingChange, range: { from: string; to: string }): readonly Booking[] {
  const index = list.findIndex((booking) => booking.id === change.bookingId);
  const next = change.booking;
  const belongs =
    next !== null &&
    next.status !== 'CANCELLED' &&
    Date.parse(next.start) < Date.parse(range.to) &&
    Date.parse(next.end) > Date.parse(range.from);
  if (!belongs) return index === -1 ? list : list.filter((booking) => booking.id !== change.bookingId);
  if (index !== -1 && list[index]!.version >= next.version) return list;
  const updated = index === -1 ? [...list, next] : list.map((booking) => (booking.id === next.id ? next : booking));
  return updated.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id));
}

/** The list after several changes, applied in order: one new array (or the same one) for one render. */
export function applyChanges(
  list: readonly Booking[],
  changes: readonly BookingChange[],
  range: { from: string; to: string },
): readonly Booking[] {
  return changes.reduce((current, change) => applyChange(current, change, range), list);
}
