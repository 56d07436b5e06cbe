import { calendarDate, dayRange as wallDayRange } from '../first-answers/calendarDay.js';

/** What a wall display shows for one room at one instant. */
export interface RoomNow<B> {
  current: B | null;
  /** 0…1 of the current booking already passed */
  progress: number;
  next: B | null;
  /** When the room stops being free today (a booking or closed time); null = free for the rest of the day (or busy, or closed, now). */
  freeUntil: string | null;
  freeRestOfDay: boolean;
  /** Closed now, with nobody in it (a house's closed time, or the room's own). */
  closed: boolean;
  /** When a closed room opens again today; null when closed for the rest of the day, or not closed. */
  closedUntil: string | null;
}

interface Timed {
  start: string;
  end: string;
}

/** The local day around `now` as an ISO range; 23 or 25 hours long on daylight-saving days. */
export function dayRange(now: Date, timeZone: string): { from: string; to: string; day: string } {
  // the range the display's first answers were asked with (first-answers/early.ts)
  const day = calendarDate(null, now, timeZone);
  return { ...wallDayRange(day, timeZone), day };
}

/**
 * Current booking, next booking and free-until for one room's bookings of the day, and whether the room is
 * closed (`closed`: its house's and its own closed time). Half-open intervals. A booking going on in closed
 * time (kept when a closure was entered) is shown as going on: people are in the room.
 */
export function roomNow<B extends Timed>(bookings: readonly B[], now: Date, dayEnd: string, closed: readonly Timed[] = []): RoomNow<B> {
  const at = now.getTime();
  const sorted = [...bookings].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const current = sorted.find((booking) => Date.parse(booking.start) <= at && at < Date.parse(booking.end)) ?? null;
  const next = sorted.find((booking) => Date.parse(booking.start) >= (current ? Date.parse(current.end) : at)) ?? null;
  const nextToday = next && Date.parse(next.start) < Date.parse(dayEnd) ? next : null;
  const progress = current
    ? Math.min(1, Math.max(0, (at - Date.parse(current.start)) / (Date.parse(current.end) - Date.parse(current.start))))
    : 0;
  const closedUntil = current ? undefined : closedUntilFrom(closed, at, dayEnd);
  // the room stops being free at its next booking or at closed time, whichever comes first
  const stops = [
    ...(nextToday ? [nextToday.start] : []),
    ...closed.map((stretch) => stretch.start).filter((start) => Date.parse(start) > at && Date.parse(start) < Date.parse(dayEnd)),
  ].sort((a, b) => Date.parse(a) - Date.parse(b));
  const free = !current && closedUntil === undefined;
  return {
    current,
    progress,
    next: nextToday,
    freeUntil: free ? (stops[0] ?? null) : null,
    freeRestOfDay: free && stops.length === 0,
    closed: closedUntil !== undefined,
    closedUntil: closedUntil ?? null,
  };
}

/** The end of the closed time going on at `at`, following stretches that meet; null when it lasts the day. */
function closedUntilFrom(closed: readonly Timed[], at: number, dayEnd: string): string | null | undefined {
  let until: number | null = null;
  for (const stretch of [...closed].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))) {
    const start = Date.parse(stretch.start);
    const end = Date.parse(stretch.end);
    if (until === null ? start <= at && at < end : start <= until) until = Math.max(until ?? end, end);
  }
  if (until === null) return undefined;
  return until >= Date.parse(dayEnd) ? null : new Date(until).toISOString();
}

/** Splits items into pages of `size` for displays that page through what does not fit. */
export function pages<T>(items: readonly T[], size: number): T[][] {
  if (size <= 0 || items.length === 0) return [[...items]];
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += size) result.push(items.slice(index, index + size));
  return result;
}
