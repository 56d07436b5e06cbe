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
