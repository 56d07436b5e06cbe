import { DateTime } from 'luxon';
import { minutesOfDay } from '../shared/localTime.js';
import { TIME_ZONE, type Location } from '../shared/types.js';

const QUARTER = 15;

/**
 * Where "New booking" starts: the day on screen, in the first shown room, at the house's opening time that
 * day, or on today at the next full quarter hour (never a time already past), for an hour, inside the
 * opening hours where they allow it.
 */
export function newBookingSlot(
  day: string,
  locations: readonly Location[],
  now: Date = new Date(),
): { roomId: string; start: string; end: string } {
  const location = locations.find((candidate) => candidate.rooms.length > 0);
  const roomId = location?.rooms[0]?.id ?? '';
  const date = DateTime.fromISO(day, { zone: TIME_ZONE }).startOf('day');
  const spans = (location?.openingHours ?? [])
    .filter((hours) => hours.weekday === date.weekday)
    .map((hours) => ({
      opens: date.plus({ minutes: minutesOfDay(hours.opens) }),
      closes: date.plus({ minutes: minutesOfDay(hours.closes) }),
    }))
    .sort((a, b) => a.opens.toMillis() - b.opens.toMillis());
  const current = DateTime.fromJSDate(now, { zone: TIME_ZONE });
  const quarterMs = QUARTER * 60_000;
  const nextQuarter = DateTime.fromMillis(Math.ceil(current.toMillis() / quarterMs) * quarterMs, { zone: TIME_ZONE });
  const earliest = date.hasSame(current, 'day') ? nextQuarter : date;
  let start = spans
    .map((span) => (span.opens < earliest ? earliest : span.opens))
    .find((candidate, index) => candidate.plus({ minutes: 60 }) <= spans[index]!.closes);
  if (!start) start = earliest > date.set({ hour: 10 }) ? earliest : date.set({ hour: 10 });
  const end = start.plus({ minutes: 60 });
  return { roomId, start: start.toISO()!, end: end.toISO()! };
}
