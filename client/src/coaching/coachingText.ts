import { isolate, isolateLtr } from '../i18n/bidi.js';
import { nativeName } from '../i18n/languages.js';
import { intlLocale } from '../shared/localTime.js';
import { TIME_ZONE } from '../shared/types.js';
import type { CoachingRequestDetail } from './coachingModel.js';
import { languageLabel } from './requestDraft.js';

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

/** "6. Dezember 2026": a deadline is a day. */
export function formatDay(iso: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE }).format(
    new Date(iso),
  );
}

/** A weekday (1 = Monday … 7 = Sunday) named in the reader's language. */
export function weekdayName(weekday: number, language: string): string {
  // 2024-01-01 was a Monday
  return new Intl.DateTimeFormat(intlLocale(language), { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, weekday)));
}

/** "A, B und C" with the reader's own commas and "and" (Arabic ، و). */
function list(items: readonly string[], language: string): string {
  return new Intl.ListFormat(intlLocale(language), { type: 'conjunction' }).format(items);
}

/** "Montag 17:00–20:00 und Mittwoch 17:00–20:00": when the MO can, each span isolated. */
export function availabilityText(availability: CoachingRequestDetail['availability'], language: string): string {
  return list(
    availability.map((span) => `${weekdayName(span.weekday, language)} ${isolateLtr(`${span.from}–${span.to}`)}`),
    language,
  );
}

/** The request's languages named for the reader; the UI's own in their own name, as the switcher shows them. */
export function languagesText(codes: readonly string[], uiLanguages: readonly string[], language: string): string {
  return list(
    codes.map((code) => isolate(uiLanguages.includes(code) ? nativeName(code) : languageLabel(code, language))),
    language,
  );
}
