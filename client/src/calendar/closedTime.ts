import type { EventInput } from '@fullcalendar/core';
import { minutesOfDay } from '../shared/localTime.js';
import { DateTime } from 'luxon';
import type { ClosedPeriodsQuery } from '../graphql/graphql.js';
import type { Location } from '../shared/types.js';

export type ClosedPeriod = ClosedPeriodsQuery['holidays'][number];

/** What the shading says: "geschlossen", or "geschlossen: Ostermontag" in the reader's language. */
export interface ClosedWords {
  closed: string;
  because: (name: string) => string;
  /** A public holiday's name in the reader's language, by its code. */
  holiday: (code: string) => string;
}

/** The words a closed period goes by: a closure's reason as entered, a holiday in the reader's language. */
export function periodName(period: Pick<ClosedPeriod, 'name' | 'holiday'>, words: Pick<ClosedWords, 'holiday'>): string {
  return period.holiday ? words.holiday(period.holiday) : period.name;
}

interface Span {
  start: number;
  end: number;
  title: string;
}

/** A stretch of closed time, in epoch milliseconds, for the rooms it names, with the words that say why. */
export interface ClosedSpan {
  start: number;
  end: number;
  title: string;
  resourceIds: string[];
}

/**
 * When each room takes no bookings in [from, to): outside its house's opening hours, on closed weekdays,
 * public holidays and closures. One background event per stretch and set of rooms, labelled, so the
 * calendar shades it and says why before anyone tries to book it.
 */
export function closedEvents(input: Parameters<typeof closedSpans>[0]): EventInput[] {
  return backgroundEvents(closedSpans(input));
}

/** The shading FullCalendar draws for closed spans: background events, labelled, per set of rooms. */
export function backgroundEvents(spans: readonly ClosedSpan[]): EventInput[] {
  return spans.map(({ start, end, title, resourceIds }) => ({
    id: `closed:${start}:${end}:${resourceIds.join(',')}`,
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
    title,
    resourceIds,
    display: 'background',
    classNames: ['closed-time'],
    extendedProps: { closed: true },
  }));
}

/** Each room's closed time in [from, to), the same stretch for several rooms of a house merged into one span. */
export function closedSpans(input: {
  locations: readonly Location[];
  roomIds: ReadonlySet<string> | null;
  periods: readonly ClosedPeriod[];
  from: string;
  to: string;
  words: ClosedWords;
}): ClosedSpan[] {
  const { words } = input;
  const rangeStart = Date.parse(input.from);
  const rangeEnd = Date.parse(input.to);
  // the same stretch for several rooms of a house becomes one event with several resourceIds
  const merged = new Map<string, { span: Span; resourceIds: string[] }>();
  const add = (span: Span, roomId: string) => {
    const start = Math.max(span.start, rangeStart);
    const end = Math.min(span.end, rangeEnd);
    if (end <= start) return;
    const key = `${start}|${end}|${span.title}`;
    const entry = merged.get(key) ?? { span: { start, end, title: span.title }, resourceIds: [] };
    entry.resourceIds.push(roomId);
    merged.set(key, entry);
  };

  for (const location of input.locations) {
    const rooms = location.rooms.filter((room) => input.roomIds === null || input.roomIds.has(room.id));
    if (rooms.length === 0) continue;
    const periods = input.periods.filter((period) => period.locationId === location.id);
    const zone = location.timeZone;
    let day = DateTime.fromMillis(rangeStart, { zone }).startOf('day');
    while (day.toMillis() < rangeEnd) {
      const dayStart = day.toMillis();
      const next = day.plus({ days: 1 });
      const dayEnd = next.toMillis();
      // the house's hours that day, the same for each of its rooms: worked out once per house, not per room
      // (Luxon's zone arithmetic is slow, and a city's house has 100 rooms)
      const open = location.openingHours
        .filter((hours) => hours.weekday === day.weekday)
        .map((hours) => ({
          start: day.plus({ minutes: minutesOfDay(hours.opens) }).toMillis(),
          end: hours.closes === '24:00' ? dayEnd : day.plus({ minutes: minutesOfDay(hours.closes) }).toMillis(),
        }))
        .sort((a, b) => a.start - b.start);
      for (const room of rooms) {
        const closedBy = periods.filter(
          (period) =>
            (period.roomId === null || period.roomId === room.id) && Date.parse(period.start) < dayEnd && Date.parse(period.end) > dayStart,
        );
        const wholeDay = closedBy.find((period) => Date.parse(period.start) <= dayStart && Date.parse(period.end) >= dayEnd);
        if (wholeDay) {
          add({ start: dayStart, end: dayEnd, title: words.because(periodName(wholeDay, words)) }, room.id);
          continue;
        }
        for (const period of closedBy)
          add({ start: Date.parse(period.start), end: Date.parse(period.end), title: words.because(periodName(period, words)) }, room.id);
        let cursor = dayStart;
        for (const span of open) {
          if (span.start > cursor) add({ start: cursor, end: span.start, title: words.closed }, room.id);
          cursor = Math.max(cursor, span.end);
        }
        if (cursor < dayEnd) add({ start: cursor, end: dayEnd, title: words.closed }, room.id);
      }
      day = next;
    }
  }

  return [...merged.values()].map(({ span, resourceIds }) => ({ ...span, resourceIds }));
}

/** Why a house is closed on a whole day, for the phone list: a holiday or closure, a closed weekday, or null. */
export function closedDay(
  location: Location,
  periods: readonly ClosedPeriod[],
  date: string,
  words: Pick<ClosedWords, 'holiday'>,
): { name: string | null } | null {
  const day = DateTime.fromISO(date, { zone: location.timeZone }).startOf('day');
  const dayStart = day.toMillis();
  const dayEnd = day.plus({ days: 1 }).toMillis();
  const period = periods.find(
    (candidate) =>
      candidate.locationId === location.id &&
      candidate.roomId === null &&
      Date.parse(candidate.start) <= dayStart &&
      Date.parse(candidate.end) >= dayEnd,
  );
  if (period) return { name: periodName(period, words) };
  if (!location.openingHours.some((hours) => hours.weekday === day.weekday)) return { name: null };
  return null;
}
