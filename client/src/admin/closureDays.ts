import { DateTime } from 'luxon';

/**
 * Staff enter closures as whole days, first and last closed day inclusive; the API takes the instants
 * [midnight of the first day, midnight after the last) in the house's time zone.
 */
export function closureInstants(firstDay: string, lastDay: string, timeZone: string): { start: string; end: string } | null {
  const start = DateTime.fromISO(firstDay, { zone: timeZone }).startOf('day');
  const end = DateTime.fromISO(lastDay, { zone: timeZone }).startOf('day').plus({ days: 1 });
  if (!start.isValid || !end.isValid) return null;
  return { start: start.toISO(), end: end.toISO() };
}

/** The first and last closed day of a closure, as staff entered them. */
export function closureDays(start: string, end: string, timeZone: string): { firstDay: string; lastDay: string } {
  const first = DateTime.fromISO(start, { zone: timeZone });
  // the end is exclusive: a closure ending at midnight ended the day before
  const last = DateTime.fromISO(end, { zone: timeZone }).minus({ milliseconds: 1 });
  return { firstDay: first.toISODate()!, lastDay: last.toISODate()! };
}
