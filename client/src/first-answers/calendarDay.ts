import { isoDate, isoInZone, plusDays, wallParts, wallTimeToInstant, type WallDate } from '../shared/zonedTime.js';

/**
 * What the calendar page and the first answers' script (`early.ts`) must agree on to ask the same question:
 * whether the screen is a phone's, which day the address names, and that day's range. Here once, without a
 * date library, because the script runs before the app's libraries have arrived.
 */

/**
 * The houses' zone, as `shared/types.ts`'s TIME_ZONE (a test holds them equal), here so that the first script,
 * built apart, carries these rules and not that module's.
 */
export const HOUSES_TIME_ZONE = 'Europe/Berlin';

/** Below this width the calendar is the phone's day list. */
export const PHONE_MEDIA = '(max-width: 640px)';

/** The calendar's day: the address's `date` (yyyy-mm-dd) if it names one, else today on the zone's wall clock. */
export function calendarDate(fromAddress: unknown, now: Date, timeZone: string): string {
  if (typeof fromAddress === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(fromAddress)) return fromAddress;
  return isoDate(wallParts(now, timeZone));
}

/** A wall day as the range the phone asks: its midnight to the next one's, ISO text in the zone's own offset. */
export function dayRange(date: string, timeZone: string): { from: string; to: string } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const start: WallDate = { year, month, day };
  return {
    from: isoInZone(wallTimeToInstant(start, 0, timeZone), timeZone),
    to: isoInZone(wallTimeToInstant(plusDays(start, 1), 0, timeZone), timeZone),
  };
}
