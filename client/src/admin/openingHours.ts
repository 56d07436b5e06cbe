import { minutesOfDay } from '../shared/localTime.js';
/** One span of opening hours, "HH:MM" local time; "24:00" means midnight. */
export interface Span {
  opens: string;
  closes: string;
}

export interface OpeningHoursEntry extends Span {
  weekday: number;
}

/** A weekday as the editor shows it: its spans, earliest first; none means closed. */
export interface DayRow {
  weekday: number;
  spans: Span[];
}

export type WeekProblem = { weekday: number; problem: 'FORMAT' | 'ORDER' | 'OVERLAP' };

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** Monday to Sunday, each with its spans from the house's opening hours. */
export function toWeekRows(hours: readonly OpeningHoursEntry[]): DayRow[] {
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    weekday,
    spans: hours
      .filter((entry) => entry.weekday === weekday)
      .map(({ opens, closes }) => ({ opens, closes }))
      .sort((a, b) => minutesOfDay(a.opens) - minutesOfDay(b.opens)),
  }));
}

export function fromWeekRows(rows: readonly DayRow[]): OpeningHoursEntry[] {
  return rows.flatMap((row) => row.spans.map((span) => ({ weekday: row.weekday, opens: span.opens, closes: span.closes })));
}

/** What the server would refuse, said per weekday before sending: a malformed time, a span closing before it opens, spans that overlap. */
export function weekProblems(rows: readonly DayRow[]): WeekProblem[] {
  const problems: WeekProblem[] = [];
  for (const row of rows) {
    if (row.spans.some((span) => !TIME.test(span.opens) || !TIME.test(span.closes))) {
      problems.push({ weekday: row.weekday, problem: 'FORMAT' });
      continue;
    }
    if (row.spans.some((span) => minutesOfDay(span.opens) >= minutesOfDay(span.closes))) {
      problems.push({ weekday: row.weekday, problem: 'ORDER' });
      continue;
    }
    const sorted = [...row.spans].sort((a, b) => minutesOfDay(a.opens) - minutesOfDay(b.opens));
    if (sorted.some((span, index) => index > 0 && minutesOfDay(span.opens) <= minutesOfDay(sorted[index - 1]!.closes)))
      problems.push({ weekday: row.weekday, problem: 'OVERLAP' });
  }
  return problems;
}

/** Monday to Friday: the days most houses keep the same hours. */
export const WORKDAYS = [1, 2, 3, 4, 5] as const;

/** The week with `from`'s spans copied to each of `to` (their own replaced), so a week is set up from one day. */
export function copySpans(rows: readonly DayRow[], from: number, to: readonly number[]): DayRow[] {
  const source = rows.find((row) => row.weekday === from);
  if (!source) return [...rows];
  return rows.map((row) =>
    to.includes(row.weekday) && row.weekday !== from ? { ...row, spans: source.spans.map((span) => ({ ...span })) } : row,
  );
}

/** A new span for a day: after its last one, or the usual 09:00–17:00. */
export function nextSpan(row: DayRow): Span {
  const last = row.spans.at(-1);
  if (!last) return { opens: '09:00', closes: '17:00' };
  const start = Math.min(minutesOfDay(last.closes) + 60, 22 * 60);
  const end = Math.min(start + 120, 24 * 60);
  const format = (value: number) =>
    value === 24 * 60 ? '24:00' : `${String(Math.floor(value / 60)).padStart(2, '0')}:${String(value % 60).padStart(2, '0')}`;
  return { opens: format(start), closes: format(end) };
}
