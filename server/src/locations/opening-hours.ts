import { zonedParts } from '../shared/zoned-time.js';

/**
 * One span of opening hours on a weekday; a weekday may have several (09:00–13:00 and 15:00–21:00), and a
 * weekday with none is closed. Times are local wall-clock "HH:MM".
 */
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

/** A week's spans: each valid, and spans of one weekday neither overlapping nor touching. */
export function isValidWeek(week: readonly OpeningHours[]): boolean {
  if (!week.every(isValidOpeningHours)) return false;
  for (let weekday = 1; weekday <= 7; weekday++) {
    const spans = spansOf(week, weekday);
    for (let index = 1; index < spans.length; index++)
      if (minutesOfDay(spans[index]!.opens) <= minutesOfDay(spans[index - 1]!.closes)) return false;
  }
  return true;
}

/** The spans of one weekday, earliest first. */
export function spansOf(week: readonly OpeningHours[], weekday: number): OpeningHours[] {
  return week.filter((entry) => entry.weekday === weekday).sort((a, b) => minutesOfDay(a.opens) - minutesOfDay(b.opens));
}

export function minutesOfDay(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

export type OpeningHoursVerdict =
  | { ok: true }
  | { ok: false; field: 'start' | 'end'; opens: string | null; closes: string | null; spans: Array<{ opens: string; closes: string }> };

/**
 * Whether [start, end) lies within one opening span of its day at the location. Local wall-clock
 * times decide, so a booking on a daylight-saving day is judged by what the clock on the wall says.
 * When it does not, the verdict names the field that is outside, the span nearest to it, and all of
 * that day's spans (none: closed that day).
 */
export function checkOpeningHours(start: Date, end: Date, openingHours: readonly OpeningHours[], timeZone: string): OpeningHoursVerdict {
  const localStart = zonedParts(start, timeZone);
  const spans = spansOf(openingHours, localStart.weekday);
  const listed = spans.map(({ opens, closes }) => ({ opens, closes }));
  if (spans.length === 0) return { ok: false, field: 'start', opens: null, closes: null, spans: [] };

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

  const holding = spans.find((span) => minutesOfDay(span.opens) <= startMinute && startMinute < minutesOfDay(span.closes));
  if (!holding) {
    const next = spans.find((span) => minutesOfDay(span.opens) > startMinute) ?? spans.at(-1)!;
    return { ok: false, field: 'start', opens: next.opens, closes: next.closes, spans: listed };
  }
  if (endMinute > minutesOfDay(holding.closes))
    return { ok: false, field: 'end', opens: holding.opens, closes: holding.closes, spans: listed };
  return { ok: true };
}
