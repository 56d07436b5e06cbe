import { DRAFT_FIELD_NAMES, changesFrom, type BookingDraft, type DraftFieldName } from '../bookings/booking-shape.js';
import { minutesOfDay } from '../locations/opening-hours.js';
import { badInput } from '../shared/errors.js';
import { wallClock, zonedParts, zonedTimeToInstant } from '../shared/zoned-time.js';
import type { BookingSeries } from './booking-series.entity.js';

/**
 * The fields of the booking's draft that a change to a series' dates cannot carry: the series stays with its
 * MO, and its times change as wall-clock times (`startTime`, `endTime`) so that every date keeps its day.
 * Every other draft field, a new one too, can be changed for all coming dates at once.
 */
const NOT_CHANGED_BY_SERIES = ['organizationId', 'start', 'end'] as const satisfies readonly DraftFieldName[];

export type SeriesFieldName = Exclude<DraftFieldName, (typeof NOT_CHANGED_BY_SERIES)[number]>;

export const SERIES_FIELD_NAMES = DRAFT_FIELD_NAMES.filter(
  (name): name is SeriesFieldName => !(NOT_CHANGED_BY_SERIES as readonly DraftFieldName[]).includes(name),
);

/** What changes for the dates of a series; times are wall-clock "HH:MM" in the house's time zone. */
export type SeriesChanges = Partial<Pick<BookingDraft, SeriesFieldName>> & { startTime?: string; endTime?: string };

/** As GraphQL hands the input over: fields not given are absent, any may be null. */
export type SeriesChangesInput = { [K in SeriesFieldName]?: BookingDraft[K] | null } & {
  startTime?: string | null;
  endTime?: string | null;
};

/**
 * The changes an input asks for, as for a single booking (`changesFrom`): absent or null keeps a required
 * field, null clears an optional one; absent or null keeps the times.
 */
export function seriesChangesFrom(input: SeriesChangesInput): SeriesChanges {
  const changes: SeriesChanges = seriesFieldChanges(changesFrom(input));
  if (input.startTime != null) changes.startTime = input.startTime;
  if (input.endTime != null) changes.endTime = input.endTime;
  return changes;
}

/** The draft fields a series change gives, leaving out the times and anything not given. */
export function seriesFieldChanges(changes: Partial<BookingDraft> | SeriesChanges): Partial<Pick<BookingDraft, SeriesFieldName>> {
  const picked: Partial<Record<SeriesFieldName, unknown>> = {};
  for (const name of SERIES_FIELD_NAMES) if (changes[name] !== undefined) picked[name] = changes[name];
  return picked as Partial<Pick<BookingDraft, SeriesFieldName>>;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** The new wall-clock times, when the change gives times that differ from the series'. */
export function changedTimes(changes: SeriesChanges, series: BookingSeries, timeZone: string): { start: string; end: string } | null {
  if (changes.startTime === undefined && changes.endTime === undefined) return null;
  const current = { start: wallClock(new Date(series.template.start), timeZone), end: wallClock(new Date(series.template.end), timeZone) };
  const start = changes.startTime ?? current.start;
  const end = changes.endTime ?? current.end;
  if (!TIME.test(start) || start === '24:00') throw badInput('startTime', 'INVALID');
  if (!TIME.test(end)) throw badInput('endTime', 'INVALID');
  if (minutesOfDay(end) <= minutesOfDay(start)) throw badInput('endTime', 'END_BEFORE_START');
  if (start === current.start && end === current.end) return null;
  return { start, end };
}

/** The instant on `day`'s local date at the wall-clock time "HH:MM" ("24:00": the next midnight). */
export function atWallTime(day: Date, time: string, timeZone: string): Date {
  const parts = zonedParts(day, timeZone);
  const minutes = minutesOfDay(time);
  return zonedTimeToInstant({ ...parts, hour: Math.floor(minutes / 60), minute: minutes % 60 }, timeZone);
}
