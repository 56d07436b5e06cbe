import { normalizeLanguage } from '../auth/account-fields.js';
import { badInput } from '../shared/errors.js';
import { cleanText } from '../shared/text-input.js';
import type { Availability } from './coaching.enums.js';

/** Room for a long message typed on a phone, far below what would burden a list of requests. */
export const COACHING_TEXT_MAX = 4000;
export const DECLINE_REASON_MAX = 2000;
export const MAX_LANGUAGES = 10;
/** Three spans on each day of the week. */
export const MAX_AVAILABILITY = 21;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** One to ten distinct language tags, checked as people's languages are. */
export function cleanLanguages(field: string, languages: readonly string[]): string[] {
  const tags = [...new Set(languages.map((language) => normalizeLanguage(language, field)))];
  if (tags.includes(null)) throw badInput(field, 'REQUIRED');
  if (tags.length < 1 || tags.length > MAX_LANGUAGES) throw badInput(field, 'OUT_OF_RANGE', `1–${MAX_LANGUAGES}`);
  return tags as string[];
}

/** Weekdays 1–7 with spans of wall-clock time ("18:00"–"20:30"), each ending after it starts. */
export function cleanAvailability(availability: readonly Availability[]): Availability[] {
  if (availability.length > MAX_AVAILABILITY) throw badInput('availability', 'OUT_OF_RANGE', MAX_AVAILABILITY);
  return availability.map(({ weekday, from, to }) => {
    if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) throw badInput('availability', 'OUT_OF_RANGE', '1–7');
    if (!TIME.test(from) || !TIME.test(to)) throw badInput('availability', 'INVALID');
    if (to <= from) throw badInput('availability', 'END_BEFORE_START');
    return { weekday, from, to };
  });
}

export function cleanCoachingText(field: string, text: string, maxLength = COACHING_TEXT_MAX): string {
  return cleanText(field, text, { maxLength, required: true, multiline: true });
}
