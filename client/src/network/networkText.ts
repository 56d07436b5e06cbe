import { isolateLtr } from '../i18n/bidi.js';
import { languageName } from '../i18n/languages.js';
import { intlLocale } from '../shared/localTime.js';
import { TIME_ZONE } from '../shared/types.js';

/**
 * A meeting's words from Intl rather than messages, in the reader's language and the house's own time zone
 * (a meeting is at 18:00 where it takes place, whatever the reader's device says).
 */

const time = (iso: string, language: string, timeZone: string) =>
  new Intl.DateTimeFormat(intlLocale(language), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(iso));

const day = (iso: string, language: string, timeZone: string) =>
  new Intl.DateTimeFormat(intlLocale(language), { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(
    new Date(iso),
  );

/** Arabic and Farsi write their own comma between a date and its time. */
const comma = (language: string) => (language === 'ar' || language === 'fa' ? '، ' : ', ');

/** "Di., 1. Dez. 2026, 18:00–20:00", the times kept left to right inside right-to-left text. */
export function formatMeetingTime(start: string, end: string, language: string, timeZone: string = TIME_ZONE): string {
  return `${day(start, language, timeZone)}${comma(language)}${isolateLtr(`${time(start, language, timeZone)}–${time(end, language, timeZone)}`)}`;
}

/** "Di., 24. Nov. 2026, 23:59": one instant, as a deadline is shown. */
export function formatInstant(iso: string, language: string, timeZone: string = TIME_ZONE): string {
  return `${day(iso, language, timeZone)}${comma(language)}${isolateLtr(time(iso, language, timeZone))}`;
}

/** "Mo., 7. Dez. 2026": the day a proposal was made or answered, where the centre is. */
export function formatDate(iso: string, language: string, timeZone: string = TIME_ZONE): string {
  return day(iso, language, timeZone);
}

/** "Arabisch, Farsi und Ukrainisch": languages named in the reader's language, with its own "and". */
export function languageList(codes: readonly string[], language: string): string {
  return new Intl.ListFormat(intlLocale(language), { type: 'conjunction' }).format(codes.map((code) => languageName(code, language)));
}
