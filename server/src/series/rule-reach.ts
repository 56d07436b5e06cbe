import type { SeriesRule } from './series-rule.js';

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const DAY_MS = 86_400_000;

/** ISO weekday index of a floating date (its UTC fields hold the wall-clock date): Monday = 0 … Sunday = 6. */
const weekdayIndex = (date: Date) => (date.getUTCDay() + 6) % 7;

/**
 * Whether the rule yields any date in [dtstart, windowEnd] (floating dates). The recurrence library walks
 * period after period until one holds a date, up to the year 9999: a rule that can never match
 * ("the 31st that is the first Monday") costs most of a second of CPU per expansion. Walking the periods
 * here, for the few shapes `parseSeriesRule` accepts, costs at most a few thousand steps, so such a rule is
 * refused before the library sees it.
 */
export function reachesADate(rule: SeriesRule, dtstart: Date, windowEnd: Date): boolean {
  if (rule.freq === 'WEEKLY') return true; // every week holds every weekday; the first date is at most a week on
  if (rule.freq === 'DAILY') {
    const wanted = new Set(rule.byDay.map((day) => WEEKDAYS.indexOf(day.weekday)));
    for (let time = dtstart.getTime(); time <= windowEnd.getTime(); time += rule.interval * DAY_MS)
      if (wanted.size === 0 || wanted.has(weekdayIndex(new Date(time)))) return true;
    return false;
  }
  const startDay = Date.UTC(dtstart.getUTCFullYear(), dtstart.getUTCMonth(), dtstart.getUTCDate());
  for (let month = 0; ; month += rule.interval) {
    const first = new Date(Date.UTC(dtstart.getUTCFullYear(), dtstart.getUTCMonth() + month, 1));
    if (first.getTime() > windowEnd.getTime()) return false;
    const days = monthlyCandidates(rule, first, dtstart.getUTCDate()).filter(
      (day) => day.getTime() >= startDay && day.getTime() <= windowEnd.getTime(),
    );
    if (days.length > 0) return true;
  }
}

/** The days of one month a MONTHLY rule picks (BYMONTHDAY, BYDAY with or without an ordinal, BYSETPOS). */
function monthlyCandidates(rule: SeriesRule, first: Date, dtstartDay: number): Date[] {
  const year = first.getUTCFullYear();
  const month = first.getUTCMonth();
  const length = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const all = Array.from({ length }, (_, index) => new Date(Date.UTC(year, month, index + 1)));
  const byMonthDay = new Set(rule.byMonthDay.map((day) => (day > 0 ? day : length + day + 1)));
  const weekdayMatches = (day: Date) =>
    rule.byDay.some((wanted) => {
      if (WEEKDAYS.indexOf(wanted.weekday) !== weekdayIndex(day)) return false;
      if (wanted.nth === null) return true;
      const sameWeekday = all.filter((other) => weekdayIndex(other) === weekdayIndex(day));
      const position = sameWeekday.findIndex((other) => other.getTime() === day.getTime());
      return wanted.nth > 0 ? position === wanted.nth - 1 : position === sameWeekday.length + wanted.nth;
    });
  let days = all;
  if (byMonthDay.size > 0) days = days.filter((day) => byMonthDay.has(day.getUTCDate()));
  if (rule.byDay.length > 0) days = days.filter(weekdayMatches);
  if (byMonthDay.size === 0 && rule.byDay.length === 0) days = days.filter((day) => day.getUTCDate() === dtstartDay);
  if (rule.bySetPos.length === 0) return days;
  return rule.bySetPos.flatMap((position) => {
    const picked = position > 0 ? days[position - 1] : days[days.length + position];
    return picked ? [picked] : [];
  });
}
