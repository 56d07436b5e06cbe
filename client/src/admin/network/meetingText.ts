import { DateTime } from 'luxon';
import { isolateLtr } from '../../i18n/bidi.js';
import { intlLocale } from '../../shared/localTime.js';

/** Dates of meetings in the reader's language, at the wall time of the meeting's house. */

/** "Di., 2. Juni 2026, 18:00–20:00", the times isolated left to right. */
export function meetingWhen(start: string, end: string, zone: string, language: string): string {
  const date = new Intl.DateTimeFormat(intlLocale(language), {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: zone,
  }).format(new Date(start));
  const time = (iso: string) => DateTime.fromISO(iso, { zone }).toFormat('HH:mm');
  return `${date}, ${isolateLtr(`${time(start)}–${time(end)}`)}`;
}

/** "30. Mai, 18:00": the agenda's deadline or when minutes were published. */
export function momentText(iso: string, zone: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).format(new Date(iso));
}
