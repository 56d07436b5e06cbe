import { minutesOfDay, spansOf, type OpeningHours } from '../locations/opening-hours.js';
import { zonedParts, zonedTimeToInstant } from '../shared/zoned-time.js';
import type { ClosedPeriod } from './closed-periods.js';

/** A time a house is open without a break: the one going on at a moment, or the next. */
export interface OpenSpan {
  start: Date;
  end: Date;
}

/** How far ahead a house's next opening is looked for; a house closed longer has none. */
export const NEXT_OPENING_HORIZON_DAYS = 62;

/**
 * The span in which the house is open at `from`, or else the next one: its opening hours in its own time
 * zone, less the house-wide closed periods given (its holidays and closures; a room's closure does not close
 * the house). `start` lies before `from` when the house is open then (looking back a day at most). Spans that
 * meet (open until midnight and again from midnight) are one. Null when nothing opens within `horizonDays`: "closed until further notice".
 */
export function nextOpening(
  house: { openingHours: readonly OpeningHours[]; timeZone: string },
  from: Date,
  closed: readonly ClosedPeriod[],
  horizonDays = NEXT_OPENING_HORIZON_DAYS,
): OpenSpan | null {
  const houseClosed = closed.filter((period) => period.roomId === null);
  const local = zonedParts(from, house.timeZone);
  let found: OpenSpan | null = null;
  // the pieces that ended by `from`, joined while they meet: the start of a span that is still going on
  let before: OpenSpan | null = null;
  // from the day before: a span that runs past midnight into `from` (open until 02:00) is the one going on
  for (let offset = -1; offset <= horizonDays; offset++) {
    const weekday = ((local.weekday - 1 + offset + 7) % 7) + 1;
    const date = { year: local.year, month: local.month, day: local.day + offset };
    for (const hours of spansOf(house.openingHours, weekday)) {
      const opens = minutesOfDay(hours.opens);
      const closes = minutesOfDay(hours.closes);
      const span = {
        start: zonedTimeToInstant({ ...date, hour: Math.floor(opens / 60), minute: opens % 60 }, house.timeZone),
        end: zonedTimeToInstant({ ...date, hour: Math.floor(closes / 60), minute: closes % 60 }, house.timeZone),
      };
      for (const piece of withoutClosed(span, houseClosed)) {
        // hours the spring switch skips (02:00–03:00) leave nothing, or less than nothing
        if (piece.end.getTime() <= piece.start.getTime()) continue;
        if (piece.end.getTime() <= from.getTime()) {
          before = before !== null && before.end.getTime() === piece.start.getTime() ? { start: before.start, end: piece.end } : piece;
          continue;
        }
        if (found === null)
          found = before !== null && before.end.getTime() === piece.start.getTime() ? { start: before.start, end: piece.end } : piece;
        else if (found.end.getTime() === piece.start.getTime()) found = { start: found.start, end: piece.end };
        else return found;
      }
    }
  }
  return found;
}

/** The parts of `span` that no closed period covers, earliest first. */
function withoutClosed(span: OpenSpan, closed: readonly ClosedPeriod[]): OpenSpan[] {
  let pieces = [span];
  for (const period of closed) {
    pieces = pieces.flatMap((piece) => {
      if (period.end <= piece.start || period.start >= piece.end) return [piece];
      const kept: OpenSpan[] = [];
      if (period.start > piece.start) kept.push({ start: piece.start, end: period.start });
      if (period.end < piece.end) kept.push({ start: period.end, end: piece.end });
      return kept;
    });
  }
  return pieces.sort((a, b) => a.start.getTime() - b.start.getTime());
}
