import { DateTime } from 'luxon';
import { isolateLtr } from '../i18n/bidi.js';
import { intlLocale } from '../shared/localTime.js';
import { TIME_ZONE } from '../shared/types.js';

/** The rhythms the booking dialog offers; the API takes any RRULE, people pick one of these. */
export const REPEAT_KINDS = ['NONE', 'WEEKLY', 'BIWEEKLY', 'MONTHLY'] as const;
export type RepeatKind = (typeof REPEAT_KINDS)[number];

const NTH_WORDS: Record<number, string> = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', [-1]: 'last' };

const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** Which of its weekdays in the month a date is: 1–4, or -1 for the last (a 5th is always the last). */
export function weekOfMonth(date: string): number {
  const day = DateTime.fromISO(date).day;
  const nth = Math.ceil(day / 7);
  return nth === 5 ? -1 : nth;
}

/** The RRULE line for a rhythm starting on `date` (yyyy-mm-dd) and ending on `until` (inclusive, the house's day). */
export function rruleFor(kind: Exclude<RepeatKind, 'NONE'>, date: string, until: string): string {
  const weekday = WEEKDAY_CODES[DateTime.fromISO(date).weekday - 1]!;
  const untilPart = `UNTIL=${until.replaceAll('-', '')}`;
  switch (kind) {
    case 'WEEKLY':
      return `FREQ=WEEKLY;BYDAY=${weekday};${untilPart}`;
    case 'BIWEEKLY':
      return `FREQ=WEEKLY;INTERVAL=2;BYDAY=${weekday};${untilPart}`;
    case 'MONTHLY':
      return `FREQ=MONTHLY;BYDAY=${weekOfMonth(date)}${weekday};${untilPart}`;
  }
}

/** A season by default: three months from the first date. */
export function defaultUntil(date: string): string {
  return DateTime.fromISO(date).plus({ months: 3 }).toISODate() ?? date;
}

export type Translate = (key: string, values?: Record<string, unknown>, plural?: number) => string;

/** "every Tuesday", "every other Tuesday", "every 2nd Tuesday of the month", in the reader's language. */
export function rhythmText(kind: Exclude<RepeatKind, 'NONE'>, date: string, language: string, t: Translate): string {
  const weekday = new Intl.DateTimeFormat(intlLocale(language), { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
  if (kind === 'MONTHLY') return t('series.rhythm.MONTHLY', { weekday, nth: t(`series.nth.${NTH_WORDS[weekOfMonth(date)]}`) });
  return t(`series.rhythm.${kind}`, { weekday });
}

/**
 * The plain-language summary the dialog shows before booking:
 * "every Tuesday, 18:00–20:30, until 30 June 2027 — 29 dates, 2 skipped".
 */
export function seriesSummary(
  input: {
    kind: Exclude<RepeatKind, 'NONE'>;
    date: string;
    startTime: string;
    endTime: string;
    until: string;
    dates: number;
    skipped: number;
  },
  language: string,
  t: Translate,
): string {
  const until = new Intl.DateTimeFormat(intlLocale(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(DateTime.fromISO(input.until, { zone: TIME_ZONE }).set({ hour: 12 }).toJSDate());
  const counts =
    input.skipped > 0
      ? t('series.countsWithSkipped', {
          dates: t('series.dates', { count: input.dates }, input.dates),
          skipped: t('series.skippedCount', { count: input.skipped }, input.skipped),
        })
      : t('series.dates', { count: input.dates }, input.dates);
  return t('series.summary', {
    rhythm: rhythmText(input.kind, input.date, language, t),
    time: isolateLtr(`${input.startTime}–${input.endTime}`),
    until,
    counts,
  });
}

/** An occurrence as the preview returns it: free, or why not. */
export interface OccurrenceLike {
  status: 'FREE' | 'CONFLICT' | 'HOLIDAY' | 'CLOSED' | 'OUTSIDE_OPENING_HOURS';
  reason: string | null;
  holiday: string | null;
  conflicting: ReadonlyArray<{ title: string | null }>;
}

/** Why a date is skipped, in the reader's language: "Feiertag: Ostermontag", "schon belegt: „Malkurs“". */
export function skippedReason(occurrence: OccurrenceLike, t: Translate): string {
  switch (occurrence.status) {
    case 'CONFLICT': {
      const title = occurrence.conflicting.find((conflict) => conflict.title !== null)?.title;
      return title ? t('series.reasons.CONFLICT_WITH', { title }) : t('series.reasons.CONFLICT');
    }
    case 'HOLIDAY':
      return t('series.reasons.HOLIDAY', { name: occurrence.holiday ? t(`holidays.${occurrence.holiday}`) : (occurrence.reason ?? '') });
    case 'CLOSED':
      return t('series.reasons.CLOSED', { name: occurrence.reason ?? '' });
    case 'OUTSIDE_OPENING_HOURS':
      return t('series.reasons.OUTSIDE_OPENING_HOURS');
    case 'FREE':
      return '';
  }
}
