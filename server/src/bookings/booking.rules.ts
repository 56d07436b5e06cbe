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

/** A member's MO holds at most `quota` active bookings on one calendar day, so one account cannot fill the houses. */
export function checkDailyQuota(bookingsThatDay: number, quota: number): void {
  if (bookingsThatDay >= quota) throw badInput('start', 'DAILY_QUOTA_REACHED', quota);
}
