import { zonedParts, zonedTimeToInstant } from '../shared/zoned-time.js';

export interface MeetingTimes {
  start: Date;
  end: Date;
  agendaDeadline: Date;
}

/** The same wall-clock time `days` later in the zone: 18:00 stays 18:00 across a change to or from summer time. */
export function shiftWallTime(instant: Date, days: number, timeZone: string): Date {
  const wall = zonedParts(instant, timeZone);
  return zonedTimeToInstant({ year: wall.year, month: wall.month, day: wall.day + days, hour: wall.hour, minute: wall.minute }, timeZone);
}

/**
 * The times of each meeting of a series: `count` meetings, `everyWeeks` weeks apart, each at the wall time of
 * the first in the house's zone (start, end and agenda deadline alike), the first one first.
 */
export function seriesTimes(first: MeetingTimes, series: { everyWeeks: number; count: number } | null, timeZone: string): MeetingTimes[] {
  if (!series) return [first];
  return Array.from({ length: series.count }, (_, index) => {
    const days = index * series.everyWeeks * 7;
    return {
      start: shiftWallTime(first.start, days, timeZone),
      end: shiftWallTime(first.end, days, timeZone),
      agendaDeadline: shiftWallTime(first.agendaDeadline, days, timeZone),
    };
  });
}
