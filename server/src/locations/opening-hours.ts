import { zonedParts } from '../shared/zoned-time.js';

/** Opening hours of one weekday; a weekday with no entry is closed. Times are local wall-clock "HH:MM". */
export interface OpeningHours {
  /** ISO weekday: Monday = 1 … Sunday = 7. */
  weekday: number;
  opens: string;
  /** "24:00" means until midnight. */
  closes: string;
}

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export function isValidOpeningHours(hours: OpeningHours): boolean {
  return (
    Number.isInteger(hours.weekday) &&
    hours.weekday >= 1 &&
    hours.weekday <= 7 &&
    TIME_PATTERN.test(hours.opens) &&
    TIME_PATTERN.test(hours.closes) &&
    minutesOfDay(hours.opens) < minutesOfDay(hours.closes)
  );
}

function minutesOfDay(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

export type OpeningHoursVerdict = { ok: true } | { ok: false; field: 'start' | 'end'; opens: string | null; closes: string | null };

/**
 * Whether [start, end) lies within one day's opening hours at the location. Local wall-clock
 * times decide, so a booking on a daylight-saving day is judged by what the clock on the wall says.
 */
export function checkOpeningHours(start: Date, end: Date, openingHours: readonly OpeningHours[], timeZone: string): OpeningHoursVerdict {
  const localStart = zonedParts(start, timeZone);
  const hours = openingHours.find((entry) => entry.weekday === localStart.weekday);
  if (!hours) return { ok: false, field: 'start', opens: null, closes: null };

  const startMinute = localStart.hour * 60 + localStart.minute;
  const localEnd = zonedParts(end, timeZone);
  const sameDay = localEnd.year === localStart.year && localEnd.month === localStart.month && localEnd.day === localStart.day;
  const nextDay = new Date(Date.UTC(localStart.year, localStart.month - 1, localStart.day + 1));
  const endsAtMidnight =
    localEnd.year === nextDay.getUTCFullYear() &&
    localEnd.month === nextDay.getUTCMonth() + 1 &&
    localEnd.day === nextDay.getUTCDate() &&
    localEnd.hour === 0 &&
    localEnd.minute === 0;
  const endMinute = sameDay ? localEnd.hour * 60 + localEnd.minute : endsAtMidnight ? 24 * 60 : Number.POSITIVE_INFINITY;

  if (startMinute < minutesOfDay(hours.opens)) return { ok: false, field: 'start', opens: hours.opens, closes: hours.closes };
  if (endMinute > minutesOfDay(hours.closes)) return { ok: false, field: 'end', opens: hours.opens, closes: hours.closes };
  return { ok: true };
}
