import { DateTime } from 'luxon';

/** What a wall display shows for one room at one instant. */
export interface RoomNow<B> {
  current: B | null;
  /** 0…1 of the current booking already passed */
  progress: number;
  next: B | null;
  /** When the room stops being free today; null = free for the rest of the day (or busy now). */
  freeUntil: string | null;
  freeRestOfDay: boolean;
}

interface Timed {
  start: string;
  end: string;
}

/** The local day around `now` as an ISO range; 23 or 25 hours long on daylight-saving days. */
export function dayRange(now: Date, timeZone: string): { from: string; to: string; day: string } {
  const start = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  return { from: start.toISO()!, to: start.plus({ days: 1 }).toISO()!, day: start.toISODate()! };
}

/** Current booking, next booking and free-until for one room's bookings of the day. Half-open intervals. */
export function roomNow<B extends Timed>(bookings: readonly B[], now: Date, dayEnd: string): RoomNow<B> {
  const at = now.getTime();
  const sorted = [...bookings].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const current = sorted.find((booking) => Date.parse(booking.start) <= at && at < Date.parse(booking.end)) ?? null;
  const next = sorted.find((booking) => Date.parse(booking.start) >= (current ? Date.parse(current.end) : at)) ?? null;
  const nextToday = next && Date.parse(next.start) < Date.parse(dayEnd) ? next : null;
  const progress = current
    ? Math.min(1, Math.max(0, (at - Date.parse(current.start)) / (Date.parse(current.end) - Date.parse(current.start))))
    : 0;
  return {
    current,
    progress,
    next: nextToday,
    freeUntil: current ? null : (nextToday?.start ?? null),
    freeRestOfDay: !current && !nextToday,
  };
}

/** Splits items into pages of `size` for displays that page through what does not fit. */
export function pages<T>(items: readonly T[], size: number): T[][] {
  if (size <= 0 || items.length === 0) return [[...items]];
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += size) result.push(items.slice(index, index + size));
  return result;
}
