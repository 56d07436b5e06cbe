import { normalizeTitle } from '../bookings/booking.rules.js';
import { badInput } from '../shared/errors.js';
import { cleanLanguageTag } from '../shared/language-tag.js';
import { cleanText } from '../shared/text-input.js';

/** As the table allows: a few paragraphs on what the meeting is about. */
export const DESCRIPTION_MAX = 4000;
/** Languages the centre may offer interpretation into (the table's bound). */
export const MAX_OFFERED_LANGUAGES = 20;
/** Languages one MO may ask interpretation into (the table's bound). */
export const MAX_NEEDED_LANGUAGES = 10;
export const MAX_PEOPLE = 500;
/** A series: at most this many meetings, at most this many weeks apart. */
export const SERIES_MAX_COUNT = 12;
export const SERIES_MAX_WEEKS = 12;
export const CANCEL_REASON_MAX = 300;

/** The meeting's title is also its booking's, so it follows the booking's rules (and length). */
export function cleanMeetingTitle(title: string): string {
  return normalizeTitle(title);
}

export function cleanDescription(description: string | null | undefined): string {
  return cleanText('description', description, { maxLength: DESCRIPTION_MAX, required: false, multiline: true }) ?? '';
}

export function cleanCancelReason(reason: string | null | undefined): string | null {
  return cleanText('reason', reason, { maxLength: CANCEL_REASON_MAX, required: false });
}

/** Distinct BCP 47 tags in canonical case (`uk`, `fa`, `ar-SY`), at most `max`; none at all is allowed. */
export function cleanLanguageTags(field: string, languages: readonly string[] | null | undefined, max: number): string[] {
  const tags = [...new Set((languages ?? []).map((language) => cleanLanguageTag(language, field)))];
  if (tags.includes(null)) throw badInput(field, 'REQUIRED');
  if (tags.length > max) throw badInput(field, 'OUT_OF_RANGE', max);
  return tags as string[];
}

/** The agenda closes before the meeting starts, at the latest when it does. */
export function checkAgendaDeadline(agendaDeadline: Date, start: Date): void {
  if (Number.isNaN(agendaDeadline.getTime())) throw badInput('agendaDeadline', 'INVALID_DATE');
  if (agendaDeadline.getTime() > start.getTime()) throw badInput('agendaDeadline', 'OUT_OF_RANGE');
}

/** Both or neither; the number of meetings 2..12, every 1..12 weeks. Null: a single meeting. */
export function cleanSeries(
  repeatEveryWeeks: number | null | undefined,
  repeatCount: number | null | undefined,
): { everyWeeks: number; count: number } | null {
  const every = repeatEveryWeeks ?? null;
  const count = repeatCount ?? null;
  if (every === null && count === null) return null;
  if (every === null) throw badInput('repeatEveryWeeks', 'REQUIRED');
  if (count === null) throw badInput('repeatCount', 'REQUIRED');
  if (!Number.isInteger(every) || every < 1 || every > SERIES_MAX_WEEKS)
    throw badInput('repeatEveryWeeks', 'OUT_OF_RANGE', `1–${SERIES_MAX_WEEKS}`);
  if (!Number.isInteger(count) || count < 2 || count > SERIES_MAX_COUNT)
    throw badInput('repeatCount', 'OUT_OF_RANGE', `2–${SERIES_MAX_COUNT}`);
  return { everyWeeks: every, count };
}

/** An MO's answer: coming with 1..500 people and the languages it needs, or not coming (no people, no languages). */
export function cleanResponse(input: { attending: boolean; people?: number | null; interpretation?: string[] | null }): {
  attending: boolean;
  people: number;
  interpretation: string[];
} {
  if (!input.attending) return { attending: false, people: 0, interpretation: [] };
  const people = input.people ?? null;
  if (people === null) throw badInput('people', 'REQUIRED');
  if (!Number.isInteger(people) || people < 1 || people > MAX_PEOPLE) throw badInput('people', 'OUT_OF_RANGE', `1–${MAX_PEOPLE}`);
  return { attending: true, people, interpretation: cleanLanguageTags('interpretation', input.interpretation, MAX_NEEDED_LANGUAGES) };
}
