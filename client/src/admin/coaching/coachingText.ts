import { isolateLtr } from '../../i18n/bidi.js';
import { languageName } from '../../i18n/languages.js';
import { weekdayName } from '../weekdays.js';

/** The words the queue shows for a request's data, in the reader's language: from Intl, not from messages. */

/** "Arabisch und Deutsch" for German readers, "العربية والألمانية" for Arabic ones. */
export function languagesText(codes: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(codes.map((code) => languageName(code, locale)));
}

/** "Di. 17:00–20:00, Do. 10:00–12:00", the times kept left to right inside right-to-left text. */
export function availabilityText(spans: ReadonlyArray<{ weekday: number; from: string; to: string }>, locale: string): string {
  return [...spans]
    .sort((a, b) => a.weekday - b.weekday || a.from.localeCompare(b.from))
    .map((span) => `${weekdayName(span.weekday, locale, 'short')} ${isolateLtr(`${span.from}–${span.to}`)}`)
    .join(', ');
}

/** A day as Leipzig sees it (the centre's wall time), whatever the reader's device says. */
export function dayText(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'Europe/Berlin' }).format(new Date(iso));
}
