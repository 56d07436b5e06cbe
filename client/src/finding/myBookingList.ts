import type { Booking } from '../shared/types.js';
import { holdsSlot } from '../bookings/bookingStatus.js';

/** Bookings per request; the server allows up to 200, a page of 100 keeps the first answer quick. */
export const PAGE_SIZE = 100;

/** The server's order: by start, then id. */
const byStart = (a: Booking, b: Booking) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id);

/**
 * A page added to what is loaded: each booking once, in order. Pages overlap, because the next page asks
 * for everything still running at the last start (`nextFrom`), so a booking can come twice.
 */
export function addPage(loaded: readonly Booking[], page: readonly Booking[]): Booking[] {
  const ids = new Set(loaded.map((booking) => booking.id));
  return [...loaded, ...page.filter((booking) => !ids.has(booking.id))].sort(byStart);
}

/**
 * Where the next page starts (the server answers bookings ending after it), or null when `page` was the
 * last: shorter than asked for, or nothing new in it (more than a page running at one instant).
 */
export function nextFrom(page: readonly Booking[], size: number, added: number): string | null {
  const last = page.at(-1);
  return page.length < size || added === 0 || !last ? null : last.start;
}

/** One booking's new state folded in: replaced or added in order, or gone once it gave its slot up. */
export function withBooking(loaded: readonly Booking[], booking: Booking): Booking[] {
  const others = loaded.filter((each) => each.id !== booking.id);
  return holdsSlot(booking.status) ? [...others, booking].sort(byStart) : others;
}

export interface SeriesGroup {
  seriesId: string;
  /** The title of its next date (dates of a series may be renamed one by one). */
  title: string | null;
  bookings: Booking[];
}

/** What the list shows: everything, the single bookings only, or one series. */
export type MyBookingsFilter = { kind: 'ALL' } | { kind: 'SINGLE' } | { kind: 'SERIES'; seriesId: string };

/** The dates of each series under their series, series in the order of their next date. */
export function seriesGroups(bookings: readonly Booking[]): SeriesGroup[] {
  const groups = new Map<string, SeriesGroup>();
  for (const booking of [...bookings].sort(byStart)) {
    if (!booking.series) continue;
    const group = groups.get(booking.series.id);
    if (group) group.bookings.push(booking);
    else groups.set(booking.series.id, { seriesId: booking.series.id, title: booking.title ?? null, bookings: [booking] });
  }
  return [...groups.values()];
}

/** The series and single bookings the filter lets through. */
export function shownBookings(bookings: readonly Booking[], filter: MyBookingsFilter): { series: SeriesGroup[]; singles: Booking[] } {
  const series = seriesGroups(bookings);
  const singles = bookings.filter((booking) => !booking.series);
  switch (filter.kind) {
    case 'ALL':
      return { series, singles };
    case 'SINGLE':
      return { series: [], singles };
    case 'SERIES':
      return { series: series.filter((group) => group.seriesId === filter.seriesId), singles: [] };
  }
}
