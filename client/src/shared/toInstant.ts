import { DateTime } from 'luxon';
import { TIME_ZONE } from './types.js';

/**
 * A Berlin date and wall-clock time as the ISO instant with offset the API wants. Luxon decides the switch
 * days (a time that does not exist in spring moves forward); it lives apart from `localTime.ts` so that the
 * pages that only read times do not carry it.
 */
export function toInstant(date: string, time: string): string | null {
  const value = DateTime.fromISO(`${date}T${time}`, { zone: TIME_ZONE });
  return value.isValid ? value.toISO({ suppressMilliseconds: true }) : null;
}
