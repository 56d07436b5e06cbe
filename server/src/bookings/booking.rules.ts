import { checkOpeningHours, type OpeningHours } from '../locations/opening-hours.js';
import { AppError, ErrorCode, badInput } from '../shared/errors.js';

/** One pure function per rule; the service runs them before it writes, the database guards the rest. */

export const GRID_MINUTES = 15;
export const MAX_DURATION_HOURS = 12;
export const TITLE_MAX_LENGTH = 120;
export const NOTES_MAX_LENGTH = 2000;

export function normalizeTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed.length === 0) throw badInput('title', 'Bitte einen Titel angeben. / Please enter a title.');
  if (trimmed.length > TITLE_MAX_LENGTH)
    throw badInput(
      'title',
      `Der Titel darf höchstens ${TITLE_MAX_LENGTH} Zeichen haben. / The title may have at most ${TITLE_MAX_LENGTH} characters.`,
    );
  return trimmed;
}

export function normalizeNotes(notes: string | null | undefined): string | null {
  if (notes === null || notes === undefined) return null;
  const trimmed = notes.trim();
  if (trimmed.length > NOTES_MAX_LENGTH)
    throw badInput(
      'notes',
      `Notizen dürfen höchstens ${NOTES_MAX_LENGTH} Zeichen haben. / Notes may have at most ${NOTES_MAX_LENGTH} characters.`,
    );
  return trimmed === '' ? null : trimmed;
}

export function checkTimeRange(start: Date, end: Date): void {
  if (Number.isNaN(start.getTime())) throw badInput('start', 'Ungültige Startzeit. / Invalid start time.');
  if (Number.isNaN(end.getTime())) throw badInput('end', 'Ungültige Endzeit. / Invalid end time.');
  if (start.getTime() >= end.getTime()) throw badInput('end', 'Das Ende muss nach dem Beginn liegen. / The end must be after the start.');
  const gridMs = GRID_MINUTES * 60_000;
  // Every time zone the locations use has whole-hour offsets, so the grid is the same in UTC.
  if (start.getTime() % gridMs !== 0)
    throw badInput('start', `Beginn im ${GRID_MINUTES}-Minuten-Raster wählen. / Start must be on a ${GRID_MINUTES}-minute grid.`);
  if (end.getTime() % gridMs !== 0)
    throw badInput('end', `Ende im ${GRID_MINUTES}-Minuten-Raster wählen. / End must be on a ${GRID_MINUTES}-minute grid.`);
  if (end.getTime() - start.getTime() > MAX_DURATION_HOURS * 3600_000)
    throw badInput(
      'end',
      `Eine Buchung dauert höchstens ${MAX_DURATION_HOURS} Stunden. / A booking lasts at most ${MAX_DURATION_HOURS} hours.`,
    );
}

export function checkWithinOpeningHours(
  start: Date,
  end: Date,
  location: { openingHours: readonly OpeningHours[]; timeZone: string },
): void {
  const verdict = checkOpeningHours(start, end, location.openingHours, location.timeZone);
  if (verdict.ok) return;
  const hours =
    verdict.opens === null
      ? 'Der Standort ist an diesem Tag geschlossen. / The location is closed on that day.'
      : `Geöffnet ${verdict.opens}–${verdict.closes}. / Open ${verdict.opens}–${verdict.closes}.`;
  throw new AppError(ErrorCode.OutsideOpeningHours, `Außerhalb der Öffnungszeiten. / Outside opening hours. ${hours}`, {
    field: verdict.field,
    opens: verdict.opens,
    closes: verdict.closes,
    timeZone: location.timeZone,
  });
}

export function checkAttendees(expectedAttendees: number | null | undefined, capacity: number): void {
  if (expectedAttendees === null || expectedAttendees === undefined) return;
  if (!Number.isInteger(expectedAttendees) || expectedAttendees < 1)
    throw badInput('expectedAttendees', 'Bitte eine Personenzahl ab 1 angeben. / Attendees must be at least 1.');
  if (expectedAttendees > capacity)
    throw badInput('expectedAttendees', `Der Raum fasst höchstens ${capacity} Personen. / The room holds at most ${capacity} people.`);
}

export function checkNotInPast(start: Date, now: Date): void {
  if (start.getTime() < now.getTime())
    throw badInput('start', 'Buchungen in der Vergangenheit sind nicht möglich. / Bookings cannot start in the past.');
}
