import { isolate, isolateLtr } from '../i18n/bidi.js';
import { languageName, nativeName } from '../i18n/languages.js';
import { intlLocale, weekdayName } from '../shared/localTime.js';
import { TIME_ZONE } from '../shared/types.js';

/**
 * The words coaching screens show for a request's data, in the reader's language and from Intl rather than
 * messages: the MO's pages (coaching/) and the staff's queue (admin/coaching/) alike.
 */

export { weekdayName };

/** "6. Dez. 2026, 18:30" in the reader's language, Leipzig time, the time kept left to right. */
export function formatWhen(iso: string, language: string): string {
  const date = new Intl.DateTimeFormat(intlLocale(language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
  const time = new Intl.DateTimeFormat(intlLocale(language), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
  return `${date}${comma(language)}${isolateLtr(time)}`;
}

/** Arabic and Farsi write their own comma between a date and its time. */
const comma = (language: string) => (language === 'ar' || language === 'fa' ? '، ' : ', ');

/**
 * A day as Leipzig sees it (the centre's wall time), whatever the reader's device says: "16. Juli 2026"
 * (`long`, a deadline on the MO's page) or "16.07.2026" (`medium`, the staff's compact queue).
 */
export function formatDay(iso: string, language: string, style: 'long' | 'medium' = 'long'): string {
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: style, timeZone: TIME_ZONE }).format(new Date(iso));
}

/** "A, B und C" with the reader's own commas and "and" (Arabic ، و). */
function list(items: readonly string[], language: string): string {
  return new Intl.ListFormat(intlLocale(language), { type: 'conjunction' }).format(items);
}

/**
 * "Dienstag 17:00–20:00 und Donnerstag 10:00–12:00": when the MO can, by weekday and time, each span kept left
 * to right inside right-to-left text; `short` weekdays where space is tight.
 */
export function availabilityText(
  spans: ReadonlyArray<{ weekday: number; from: string; to: string }>,
  language: string,
  width: 'long' | 'short' = 'long',
): string {
  return list(
    [...spans]
      .sort((a, b) => a.weekday - b.weekday || a.from.localeCompare(b.from))
      .map((span) => `${weekdayName(span.weekday, language, width)} ${isolateLtr(`${span.from}–${span.to}`)}`),
    language,
  );
}

/**
 * Languages named for the reader: "Arabisch und Deutsch". Those in `ownNames` (the UI's languages, where the
 * MO chose them as the switcher shows them) in their own name, isolated since their script may run the other way.
 */
export function languagesText(codes: readonly string[], language: string, ownNames: readonly string[] = []): string {
  return list(
    codes.map((code) => (ownNames.includes(code) ? isolate(nativeName(code)) : languageName(code, language))),
    language,
  );
}
