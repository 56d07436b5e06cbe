import { DateTime } from 'luxon';
import { TIME_ZONE } from '../shared/types.js';

export const PERIODS = ['LAST_MONTH', 'LAST_QUARTER', 'LAST_YEAR', 'THIS_YEAR', 'CUSTOM'] as const;
export type Period = (typeof PERIODS)[number];

/** The first and last day (inclusive, yyyy-mm-dd) of a period as people name it, seen from `now` in Leipzig. */
export function periodDays(period: Exclude<Period, 'CUSTOM'>, now: Date = new Date()): { first: string; last: string } {
  const today = DateTime.fromJSDate(now, { zone: TIME_ZONE }).startOf('day');
  const span = (start: DateTime, end: DateTime) => ({ first: start.toISODate()!, last: end.minus({ days: 1 }).toISODate()! });
  switch (period) {
    case 'LAST_MONTH': {
      const start = today.startOf('month').minus({ months: 1 });
      return span(start, start.plus({ months: 1 }));
    }
    case 'LAST_QUARTER': {
      const start = today.startOf('quarter').minus({ quarters: 1 });
      return span(start, start.plus({ quarters: 1 }));
    }
    case 'LAST_YEAR': {
      const start = today.startOf('year').minus({ years: 1 });
      return span(start, start.plus({ years: 1 }));
    }
    case 'THIS_YEAR':
      return span(today.startOf('year'), today.startOf('year').plus({ years: 1 }));
  }
}

/** The instants [from, to) the API takes for first and last day in Leipzig. */
export function periodInstants(first: string, last: string): { from: string; to: string } | null {
  const from = DateTime.fromISO(first, { zone: TIME_ZONE });
  const to = DateTime.fromISO(last, { zone: TIME_ZONE }).plus({ days: 1 });
  if (!from.isValid || !to.isValid || to <= from) return null;
  return { from: from.toISO(), to: to.toISO() };
}
