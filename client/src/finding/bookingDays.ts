import { DateTime } from 'luxon';
import { TIME_ZONE, type Booking } from '../shared/types.js';

/** Bookings grouped by their day in Berlin (yyyy-mm-dd), days and bookings in time order. */
export function bookingsByDay(bookings: readonly Booking[]): Array<{ day: string; bookings: Booking[] }> {
  const days = new Map<string, Booking[]>();
  for (const booking of [...bookings].sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id))) {
    const day = DateTime.fromISO(booking.start, { zone: TIME_ZONE }).toISODate()!;
    days.set(day, [...(days.get(day) ?? []), booking]);
  }
  return [...days.entries()].map(([day, list]) => ({ day, bookings: list }));
}
