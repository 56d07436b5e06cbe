import { DateTime } from 'luxon';
import { TIME_ZONE } from './types.js';
import { isolateLtr } from '../i18n/bidi.js';
import { listSeparator } from '../i18n/lists.js';

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

/** The reader's language with Latin digits: times read the same as in the fields people type them into. */
export function intlLocale(language: string): string {
  return `${language === 'en' ? 'en-GB' : language}-u-nu-latn`;
}

/** "Di., 1. Dez., 18:00–20:00" in the reader's language and comma (Berlin time), the times isolated left to right. */
export function formatTimeRange(startIso: string, endIso: string, language: string): string {
  const date = new Intl.DateTimeFormat(intlLocale(language), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: TIME_ZONE,
  }).format(new Date(startIso));
  return `${date}${listSeparator(language)}${isolateLtr(`${localTime(startIso)}–${localTime(endIso)}`)}`;
}

// making a formatter costs far more than using one, and every booking's label formats its date
const longDateFormats = new Map<string, Intl.DateTimeFormat>();

/** "Dienstag, 1. Dezember" in the reader's language. */
export function formatLongDate(iso: string, language: string): string {
  let format = longDateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(language), { weekday: 'long', day: 'numeric', month: 'long', timeZone: TIME_ZONE });
    longDateFormats.set(language, format);
  }
  return format.format(new Date(iso));
}

/** Minutes since midnight of a wall-clock "HH:MM" ("24:00" is 1440). */
export function minutesOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** A weekday (ISO: 1 = Monday … 7 = Sunday) named in the reader's language, from Intl rather than messages. */
export function weekdayName(weekday: number, language: string, width: 'long' | 'short' = 'long'): string {
  // 1 January 2024 was a Monday
  return new Intl.DateTimeFormat(intlLocale(language), { weekday: width, timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, weekday)));
}
