import { TIME_ZONE } from './types.js';
import { isolateLtr } from '../i18n/bidi.js';
import { listSeparator } from '../i18n/lists.js';

// Intl, not Luxon, for the two readings every page makes: the sign-in page and the wall display then carry
// no date library (about 20 kB compressed); one formatter each, as making one costs more than using it
const berlinDate = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const berlinTime = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** A date or date-time without offset is Berlin wall time already (as Luxon read it in the zone). */
const WALL_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::[\d.]+)?)?$/;

/** The Berlin calendar date of an instant, "2026-12-07"; "" for what is no instant. */
export function localDate(iso: string): string {
  if (WALL_TIME.test(iso)) return iso.slice(0, 10);
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return '';
  const part = (type: Intl.DateTimeFormatPartTypes) => berlinDate.formatToParts(instant).find((entry) => entry.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The Berlin wall-clock time of an instant, "09:05". */
export function localTime(iso: string): string {
  if (WALL_TIME.test(iso)) return iso.length > 10 ? iso.slice(11, 16) : '00:00';
  return berlinTime.format(new Date(iso));
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
