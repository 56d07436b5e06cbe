import type { BookingRecord } from '../bookings/booking-record.js';
import type { BookingSeries } from '../series/booking-series.entity.js';
import { expandSeries, parseSeriesRule, ruleText } from '../series/series-rule.js';
import { zonedTimeToInstant } from '../shared/zoned-time.js';

/** One of a series' booking rows, and whether the feed being made may show it. */
export interface SeriesRow {
  booking: BookingRecord;
  inScope: boolean;
}

/**
 * How a series appears in one feed. As a recurring event when at least one date the feed shows is as the
 * series describes it: the rule, EXDATE for the rule's dates the feed does not show (skipped, or moved out
 * of this room's or house's feed, or not public), and an exception (RECURRENCE-ID) for each shown date that
 * differs from the rule (moved, renamed, cancelled). Otherwise each shown date is an event of its own.
 */
export type SeriesPlan =
  | {
      kind: 'RECURRING';
      /** The RRULE line for a DTSTART with TZID: UNTIL in UTC, as RFC 5545 requires then. */
      rrule: string;
      /** One booking as the series describes it: the master event's room, title and notes. */
      typical: BookingRecord;
      start: Date;
      end: Date;
      excluded: Date[];
      exceptions: BookingRecord[];
      /** Shown bookings that are no date of the rule any more: events of their own. */
      singles: BookingRecord[];
    }
  | { kind: 'SINGLES'; singles: BookingRecord[] };

/** Whether a date reads in the feed just as the series' rule and template would make it. */
function asTemplated(booking: BookingRecord, occurrence: { start: Date; end: Date }, series: BookingSeries, withNotes: boolean): boolean {
  const template = series.template;
  return (
    // a date waiting for staff reads TENTATIVE, so it is an exception to the rule's CONFIRMED dates
    booking.status === 'CONFIRMED' &&
    booking.start.getTime() === occurrence.start.getTime() &&
    booking.end.getTime() === occurrence.end.getTime() &&
    booking.roomId === template.roomId &&
    booking.title === template.title &&
    (!withNotes || (booking.notes ?? null) === (template.notes ?? null))
  );
}

export function planSeries(series: BookingSeries, rows: readonly SeriesRow[], withNotes: boolean): SeriesPlan {
  const shown = rows.filter((row) => row.inScope).map((row) => row.booking);
  const rule = parseSeriesRule(series.rrule);
  const dates = expandSeries(rule, { start: new Date(series.template.start), end: new Date(series.template.end) }, series.timeZone);
  const byOccurrence = new Map(shown.map((booking) => [booking.occurrenceStart?.getTime() ?? booking.start.getTime(), booking]));
  const typical = dates
    .map((date) => ({ date, booking: byOccurrence.get(date.start.getTime()) }))
    .find(({ date, booking }) => booking && asTemplated(booking, date, series, withNotes))?.booking;
  if (!typical) return { kind: 'SINGLES', singles: shown };

  const ruleDates = new Set(dates.map((date) => date.start.getTime()));
  const excluded: Date[] = [];
  const exceptions: BookingRecord[] = [];
  for (const date of dates) {
    const booking = byOccurrence.get(date.start.getTime());
    if (!booking) excluded.push(date.start);
    else if (!asTemplated(booking, date, series, withNotes)) exceptions.push(booking);
  }
  const singles = shown.filter((booking) => !ruleDates.has(booking.occurrenceStart?.getTime() ?? booking.start.getTime()));
  const until = rule.until && !rule.untilIsUtc ? { ...rule, until: utcParts(rule.until, series.timeZone), untilIsUtc: true } : rule;
  return {
    kind: 'RECURRING',
    rrule: ruleText(until),
    typical,
    start: new Date(series.template.start),
    end: new Date(series.template.end),
    excluded,
    exceptions,
    singles,
  };
}

/** A wall-clock UNTIL as the UTC parts of the same moment. */
function utcParts(local: { year: number; month: number; day: number; hour: number; minute: number; second: number }, timeZone: string) {
  const instant = new Date(zonedTimeToInstant(local, timeZone).getTime() + local.second * 1000);
  return {
    year: instant.getUTCFullYear(),
    month: instant.getUTCMonth() + 1,
    day: instant.getUTCDate(),
    hour: instant.getUTCHours(),
    minute: instant.getUTCMinutes(),
    second: instant.getUTCSeconds(),
  };
}
