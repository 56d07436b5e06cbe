import { DateTime } from 'luxon';
import { TIME_ZONE } from './types.js';

/** Local date and time in Berlin ↔ ISO instants with offset, as the API wants them. */
export function toInstant(date: string, time: string): string | null {
  const value = DateTime.fromISO(`${date}T${time}`, { zone: TIME_ZONE });
  return value.isValid ? value.toISO({ suppressMilliseconds: true }) : null;
}

export function localDate(iso: string): string {
  return DateTime.fromISO(iso, { zone: TIME_ZONE }).toISODate() ?? '';
}

export function localTime(iso: string): string {
  return DateTime.fromISO(iso, { zone: TIME_ZONE }).toFormat('HH:mm');
}

export function formatTimeRange(startIso: string, endIso: string, locale: string): string {
  const start = DateTime.fromISO(startIso, { zone: TIME_ZONE }).setLocale(locale);
  const end = DateTime.fromISO(endIso, { zone: TIME_ZONE }).setLocale(locale);
  return `${start.toFormat('ccc d. LLL, HH:mm')}–${end.toFormat('HH:mm')}`;
}
