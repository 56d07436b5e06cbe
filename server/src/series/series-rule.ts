import { createRequire } from 'node:module';
import type { Options as RRuleOptions, RRule as RRuleClass, Weekday as WeekdayClass } from 'rrule';
import { badInput } from '../shared/errors.js';
import { zonedParts, zonedTimeToInstant } from '../shared/zoned-time.js';
import { reachesADate } from './rule-reach.js';

// rrule ships CommonJS for Node and an ES build only bundlers find; require it, the same in every runner
const { RRule, Weekday } = createRequire(import.meta.url)('rrule') as {
  RRule: typeof RRuleClass;
  Weekday: typeof WeekdayClass;
};

/** The most dates one series may have (daily for two years). */
export const MAX_OCCURRENCES = 731;
/**
 * How far past its first date a series is ever expanded: beyond the booking horizon (two years from the day it
 * was booked, whose first date may lie in the past for staff), so every series stored is expanded whole.
 */
export const EXPANSION_WINDOW_DAYS = 3 * 366;

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
type WeekdayCode = (typeof WEEKDAYS)[number];

/** A recurrence as people use it here, parsed and checked; the RFC 5545 text is `rruleText`. */
export interface SeriesRule {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY';
  interval: number;
  /** Weekdays, with an ordinal for monthly rules ("2nd Tuesday": { weekday: 'TU', nth: 2 }). */
  byDay: Array<{ weekday: WeekdayCode; nth: number | null }>;
  bySetPos: number[];
  byMonthDay: number[];
  count: number | null;
  /** Inclusive end, in the house's wall time: a date (the whole day) or a date and time. */
  until: { year: number; month: number; day: number; hour: number; minute: number; second: number } | null;
  /** The same as given with `Z`: UNTIL as a UTC instant, to be read in the house's wall time. */
  untilIsUtc: boolean;
  weekStart: WeekdayCode | null;
}

const invalid = () => badInput('rrule', 'INVALID_RRULE');

function integers(value: string, min: number, max: number, nonZero = false): number[] {
  const list = value.split(',').map((item) => {
    if (!/^[+-]?\d{1,3}$/.test(item)) throw invalid();
    const number = Number(item);
    if (number < min || number > max || (nonZero && number === 0)) throw invalid();
    return number;
  });
  return list;
}

/**
 * Reads an RRULE line (without DTSTART: the series' first start is DTSTART), strictly: FREQ DAILY, WEEKLY
 * or MONTHLY; INTERVAL; BYDAY (monthly with an ordinal: 2TU); BYSETPOS and BYMONTHDAY for monthly rules;
 * exactly one of COUNT and UNTIL; WKST. Anything else is INVALID_RRULE, named on the `rrule` field.
 */
export function parseSeriesRule(text: string): SeriesRule {
  const line = text.trim().replace(/^RRULE:/i, '');
  if (line.length === 0 || line.length > 300) throw invalid();
  const parts = new Map<string, string>();
  for (const part of line.split(';')) {
    const match = /^([A-Z]+)=([A-Z0-9,+-]+)$/i.exec(part);
    if (!match) throw invalid();
    const key = match[1]!.toUpperCase();
    if (parts.has(key)) throw invalid();
    parts.set(key, match[2]!.toUpperCase());
  }
  const known = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYSETPOS', 'BYMONTHDAY', 'COUNT', 'UNTIL', 'WKST']);
  if ([...parts.keys()].some((key) => !known.has(key))) throw invalid();

  const freq = parts.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY') throw invalid();
  const monthly = freq === 'MONTHLY';
  const interval = parts.has('INTERVAL') ? integers(parts.get('INTERVAL')!, 1, 12)[0]! : 1;
  if (parts.get('INTERVAL')?.includes(',')) throw invalid();

  const byDay = (parts.get('BYDAY')?.split(',') ?? []).map((item) => {
    const match = /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item);
    if (!match) throw invalid();
    const nth = match[1] ? Number(match[1]) : null;
    if (nth !== null && !monthly) throw invalid();
    return { weekday: match[2] as WeekdayCode, nth };
  });
  const bySetPos = parts.has('BYSETPOS') ? integers(parts.get('BYSETPOS')!, -5, 5, true) : [];
  const byMonthDay = parts.has('BYMONTHDAY') ? integers(parts.get('BYMONTHDAY')!, -31, 31, true) : [];
  if (!monthly && (bySetPos.length > 0 || byMonthDay.length > 0)) throw invalid();
  if (bySetPos.length > 0 && byDay.length === 0) throw invalid();

  if (parts.has('COUNT') === parts.has('UNTIL')) throw invalid();
  const count = parts.has('COUNT') ? integers(parts.get('COUNT')!, 1, MAX_OCCURRENCES)[0]! : null;
  if (parts.get('COUNT')?.includes(',')) throw invalid();
  let until: SeriesRule['until'] = null;
  let untilIsUtc = false;
  if (parts.has('UNTIL')) {
    const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(parts.get('UNTIL')!);
    if (!match) throw invalid();
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) throw invalid();
    until = match[4]
      ? { year, month, day, hour: Number(match[4]), minute: Number(match[5]), second: Number(match[6]) }
      : { year, month, day, hour: 23, minute: 59, second: 59 };
    if (until.hour > 23 || until.minute > 59 || until.second > 59) throw invalid();
    untilIsUtc = match[7] === 'Z';
  }
  const weekStart = parts.has('WKST') ? (parts.get('WKST') as WeekdayCode) : null;
  if (weekStart !== null && !WEEKDAYS.includes(weekStart)) throw invalid();
  return { freq, interval, byDay, bySetPos, byMonthDay, count, until, untilIsUtc, weekStart };
}

/** The rule as an RRULE line again (normalised: upper case, fixed order). */
export function ruleText(rule: SeriesRule): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.byDay.length) parts.push(`BYDAY=${rule.byDay.map((day) => `${day.nth ?? ''}${day.weekday}`).join(',')}`);
  if (rule.bySetPos.length) parts.push(`BYSETPOS=${rule.bySetPos.join(',')}`);
  if (rule.byMonthDay.length) parts.push(`BYMONTHDAY=${rule.byMonthDay.join(',')}`);
  if (rule.count !== null) parts.push(`COUNT=${rule.count}`);
  if (rule.until) {
    const { year, month, day, hour, minute, second } = rule.until;
    const pad = (value: number, length = 2) => String(value).padStart(length, '0');
    parts.push(`UNTIL=${pad(year, 4)}${pad(month)}${pad(day)}T${pad(hour)}${pad(minute)}${pad(second)}${rule.untilIsUtc ? 'Z' : ''}`);
  }
  if (rule.weekStart) parts.push(`WKST=${rule.weekStart}`);
  return parts.join(';');
}

export interface Occurrence {
  start: Date;
  end: Date;
}

/** Wall-clock parts as a "floating" date: the UTC fields hold the local time (how rrule computes without zones). */
function floating(parts: { year: number; month: number; day: number; hour: number; minute: number; second?: number }): Date {
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second ?? 0));
}

function fromFloating(date: Date, timeZone: string): Date {
  return zonedTimeToInstant(
    {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: date.getUTCHours(),
      minute: date.getUTCMinutes(),
    },
    timeZone,
  );
}

/**
 * The dates of a series, expanded in the house's wall time: the first occurrence is [first.start,
 * first.end), and every other one keeps its wall-clock times, so a Tuesday 18:00–20:30 stays 18:00–20:30
 * across both daylight-saving switches. At most `limit` dates (more is refused by the caller).
 */
export function expandSeries(rule: SeriesRule, first: Occurrence, timeZone: string, limit = MAX_OCCURRENCES + 1): Occurrence[] {
  const startParts = zonedParts(first.start, timeZone);
  const dtstart = floating(startParts);
  // the wall-clock length, so an occurrence on a switch day still ends at its wall-clock end
  const durationMs = floating(zonedParts(first.end, timeZone)).getTime() - dtstart.getTime();
  const windowEnd = new Date(dtstart.getTime() + EXPANSION_WINDOW_DAYS * 86_400_000);
  // a rule that never gives a date would send the library walking to the year 9999
  if (!reachesADate(rule, dtstart, windowEnd)) return [];
  const dates = new RRule(rruleOptions(rule, dtstart, timeZone, windowEnd)).all((_date, index) => index < limit);
  return dates.map((date) => ({
    start: fromFloating(date, timeZone),
    end: fromFloating(new Date(date.getTime() + durationMs), timeZone),
  }));
}

/**
 * Whether the rule runs past the expansion window (more COUNT dates, or an UNTIL, beyond it): such a rule is
 * refused when booked, so every series stored is expanded whole.
 */
export function exceedsExpansionWindow(rule: SeriesRule, first: Occurrence, timeZone: string, datesWithinWindow: number): boolean {
  if (rule.count !== null) return datesWithinWindow > 0 && datesWithinWindow < rule.count;
  if (!rule.until) return false;
  const dtstart = floating(zonedParts(first.start, timeZone));
  const windowEnd = dtstart.getTime() + EXPANSION_WINDOW_DAYS * 86_400_000;
  const until = rule.untilIsUtc
    ? floating({ ...zonedParts(floating(rule.until), timeZone), second: rule.until.second })
    : floating(rule.until);
  return until.getTime() > windowEnd;
}

/**
 * The recurrence library's options for a rule from `dtstart` (floating), never past `windowEnd`: no series
 * reaches further than the booking horizon, so nothing beyond it is ever worth computing.
 */
export function rruleOptions(rule: SeriesRule, dtstart: Date, timeZone = 'UTC', windowEnd?: Date): Partial<RRuleOptions> {
  const options: Partial<RRuleOptions> = {
    freq: { DAILY: RRule.DAILY, WEEKLY: RRule.WEEKLY, MONTHLY: RRule.MONTHLY }[rule.freq],
    interval: rule.interval,
    dtstart,
  };
  if (rule.byDay.length) options.byweekday = rule.byDay.map((day) => new Weekday(WEEKDAYS.indexOf(day.weekday), day.nth ?? undefined));
  if (rule.bySetPos.length) options.bysetpos = rule.bySetPos;
  if (rule.byMonthDay.length) options.bymonthday = rule.byMonthDay;
  if (rule.weekStart) options.wkst = WEEKDAYS.indexOf(rule.weekStart);
  if (rule.count !== null) options.count = rule.count;
  let until = windowEnd;
  if (rule.until) {
    const ruleUntil = rule.untilIsUtc
      ? floating({ ...zonedParts(floating(rule.until), timeZone), second: rule.until.second })
      : floating(rule.until);
    if (until === undefined || ruleUntil < until) until = ruleUntil;
  }
  if (until !== undefined) options.until = until;
  return options;
}

/**
 * The rule cut so that it ends before `before` (the first date that moves to a new series): COUNT
 * becomes the dates kept, or UNTIL the moment before.
 */
export function ruleEndingBefore(rule: SeriesRule, keptDates: number, before: Date, timeZone: string): SeriesRule {
  if (rule.count !== null) return { ...rule, count: Math.max(1, keptDates) };
  const last = zonedParts(new Date(before.getTime() - 60_000), timeZone);
  return { ...rule, until: { ...last, second: 59 }, untilIsUtc: false };
}

/** The rule for the dates from a split on: the same rhythm, COUNT reduced by the dates left behind. */
export function ruleFromSplit(rule: SeriesRule, datesLeftBehind: number): SeriesRule {
  if (rule.count === null) return rule;
  return { ...rule, count: Math.max(1, rule.count - datesLeftBehind) };
}
