import { DateTime } from 'luxon';
import { minutesOfDay } from '../shared/localTime.js';
import { TIME_ZONE } from '../shared/types.js';
import type { RoomFeature } from '../graphql/graphql.js';

export interface SearchForm {
  /** yyyy-mm-dd in Berlin */
  date: string;
  from: string;
  to: string;
  people: number | null;
  features: RoomFeature[];
  locationIds: string[];
}

/** Tomorrow 18:00–20:00: the question people come with most ("a room tomorrow evening"). */
export function defaultSearch(now: Date = new Date()): SearchForm {
  const tomorrow = DateTime.fromJSDate(now, { zone: TIME_ZONE }).plus({ days: 1 }).toISODate()!;
  return { date: tomorrow, from: '18:00', to: '20:00', people: null, features: [], locationIds: [] };
}

/** The instants of the wanted span on `date` (Berlin), or null while a time cannot be read. */
export function spanOn(date: string, from: string, to: string): { from: string; to: string } | null {
  const start = DateTime.fromISO(`${date}T${from}`, { zone: TIME_ZONE });
  const end = DateTime.fromISO(`${date}T${to}`, { zone: TIME_ZONE });
  if (!start.isValid || !end.isValid || end <= start) return null;
  return { from: start.toISO(), to: end.toISO() };
}

/** The variables of `freeRooms` for the form. */
export function freeRoomsVariables(form: SearchForm, date = form.date) {
  const span = spanOn(date, form.from, form.to);
  if (!span) return null;
  return {
    ...span,
    minCapacity: form.people && form.people > 0 ? form.people : null,
    features: form.features,
    locationIds: form.locationIds.length ? form.locationIds : null,
  };
}

/** The next `count` days after `date`: where to look at the same time when nothing fits. */
export function nextDays(date: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) =>
    DateTime.fromISO(date)
      .plus({ days: index + 1 })
      .toISODate()!,
  );
}

/** Minutes the wanted span lasts. */
export function spanMinutes(form: Pick<SearchForm, 'from' | 'to'>): number {
  return minutesOfDay(form.to) - minutesOfDay(form.from);
}

/** A free span of some room that the search offers to book instead. */
export interface Offer {
  roomId: string;
  start: string;
  end: string;
}

/**
 * When nothing is free at the wanted time: of each free span of that day (each at least as long as asked), the
 * part of the wanted length nearest the wanted time, nearest first. A group that wanted 18:00–20:00 is offered
 * 16:00–18:00 of a room free all afternoon, not the whole afternoon.
 */
export function sameDayOffers(
  slots: ReadonlyArray<{ roomId: string; start: string; end: string }>,
  wanted: { from: string; to: string },
  count: number,
): Offer[] {
  const wantedStart = Date.parse(wanted.from);
  const length = Date.parse(wanted.to) - wantedStart;
  return slots
    .map((slot) => {
      const slotStart = Date.parse(slot.start);
      const slotEnd = Date.parse(slot.end);
      const start = slotEnd - slotStart <= length ? slotStart : Math.min(Math.max(wantedStart, slotStart), slotEnd - length);
      const end = Math.min(start + length, slotEnd);
      return { roomId: slot.roomId, start, end };
    })
    .sort((a, b) => Math.abs(a.start - wantedStart) - Math.abs(b.start - wantedStart) || a.start - b.start)
    .slice(0, count)
    .map((offer) => ({ roomId: offer.roomId, start: new Date(offer.start).toISOString(), end: new Date(offer.end).toISOString() }));
}
