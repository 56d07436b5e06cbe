import { checkOpeningHours, type OpeningHours } from '../locations/opening-hours.js';
import { AppError, ErrorCode, badInput } from '../shared/errors.js';
import { cleanText } from '../shared/text-input.js';

/** One pure function per rule; the service runs them before it writes, the database guards the rest. */

export const GRID_MINUTES = 15;
export const MAX_DURATION_HOURS = 12;
export const TITLE_MAX_LENGTH = 120;
export const NOTES_MAX_LENGTH = 2000;

export function normalizeTitle(title: string): string {
  return cleanText('title', title, { maxLength: TITLE_MAX_LENGTH, required: true });
}

export function normalizeNotes(notes: string | null | undefined): string | null {
  return cleanText('notes', notes, { maxLength: NOTES_MAX_LENGTH, required: false, multiline: true });
}

export function checkTimeRange(start: Date, end: Date): void {
  if (Number.isNaN(start.getTime())) throw badInput('start', 'INVALID_DATE');
  if (Number.isNaN(end.getTime())) throw badInput('end', 'INVALID_DATE');
  if (start.getTime() >= end.getTime()) throw badInput('end', 'END_BEFORE_START');
  const gridMs = GRID_MINUTES * 60_000;
  // Every time zone the locations use has whole-hour offsets, so the grid is the same in UTC.
  if (start.getTime() % gridMs !== 0) throw badInput('start', 'NOT_ON_GRID', GRID_MINUTES);
  if (end.getTime() % gridMs !== 0) throw badInput('end', 'NOT_ON_GRID', GRID_MINUTES);
  if (end.getTime() - start.getTime() > MAX_DURATION_HOURS * 3600_000) throw badInput('end', 'TOO_LONG_DURATION', MAX_DURATION_HOURS);
}

export function checkWithinOpeningHours(
  start: Date,
  end: Date,
  location: { openingHours: readonly OpeningHours[]; timeZone: string },
): void {
  const verdict = checkOpeningHours(start, end, location.openingHours, location.timeZone);
  if (verdict.ok) return;
  throw new AppError(ErrorCode.OutsideOpeningHours, {
    field: verdict.field,
    opens: verdict.opens,
    closes: verdict.closes,
    spans: verdict.spans,
    timeZone: location.timeZone,
  });
}

export function checkAttendees(expectedAttendees: number | null | undefined, capacity: number): void {
  if (expectedAttendees === null || expectedAttendees === undefined) return;
  if (!Number.isInteger(expectedAttendees) || expectedAttendees < 1) throw badInput('expectedAttendees', 'OUT_OF_RANGE', 1);
  if (expectedAttendees > capacity) throw badInput('expectedAttendees', 'OVER_CAPACITY', capacity);
}

export function checkNotInPast(start: Date, now: Date): void {
  if (start.getTime() < now.getTime()) throw badInput('start', 'IN_THE_PAST');
}

/** Nobody books further ahead than the horizon: a booking for the year 9999 blocks nothing but a room's future. */
export function checkWithinHorizon(start: Date, now: Date, horizonDays: number): void {
  if (start.getTime() > now.getTime() + horizonDays * 86_400_000) throw badInput('start', 'TOO_FAR_AHEAD', horizonDays);
}

/** What one MO's members may hold: rooms are free of charge, so one account must not be able to fill the houses. */
export interface OrganizationQuota {
  bookingsPerDay: number;
  hoursPerDay: number;
  hoursPerWeek: number;
}

/** An MO's active bookings already held on one local day (yyyy-mm-dd in the house's time zone). */
export interface HeldOnDay {
  day: string;
  bookings: number;
  hours: number;
}

/** The Monday (yyyy-mm-dd) of the ISO week a local day lies in. */
export function weekOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Refuses when the wanted bookings (each its local day and hours) would take the MO past a quota on any day
 * or week, counting what it holds already: bookings and hours per day, hours per week. A series is judged
 * date by date, so its twentieth date counts like a twentieth single booking.
 */
export function checkOrganizationQuota(
  held: readonly HeldOnDay[],
  wanted: ReadonlyArray<{ day: string; hours: number }>,
  quota: OrganizationQuota,
): void {
  const days = new Map(held.map((entry) => [entry.day, { bookings: entry.bookings, hours: entry.hours }]));
  const weeks = new Map<string, number>();
  for (const entry of held) weeks.set(weekOf(entry.day), (weeks.get(weekOf(entry.day)) ?? 0) + entry.hours);
  for (const booking of [...wanted].sort((a, b) => a.day.localeCompare(b.day))) {
    const day = days.get(booking.day) ?? { bookings: 0, hours: 0 };
    const week = weekOf(booking.day);
    if (day.bookings + 1 > quota.bookingsPerDay) throw badInput('start', 'DAILY_QUOTA_REACHED', quota.bookingsPerDay);
    // a hundredth of an hour of slack: fifteen-minute steps add up exactly, floating point may not
    if (day.hours + booking.hours > quota.hoursPerDay + 0.01) throw badInput('start', 'DAILY_HOURS_REACHED', quota.hoursPerDay);
    if ((weeks.get(week) ?? 0) + booking.hours > quota.hoursPerWeek + 0.01)
      throw badInput('start', 'WEEKLY_HOURS_REACHED', quota.hoursPerWeek);
    days.set(booking.day, { bookings: day.bookings + 1, hours: day.hours + booking.hours });
    weeks.set(week, (weeks.get(week) ?? 0) + booking.hours);
  }
}
