import { formatLongDate, intlLocale, localTime } from '../../shared/localTime.js';
import { TIME_ZONE } from '../../shared/types.js';
import type { RoomsMode, RoomsSpan } from './roomsRange.js';

/** What the rooms view writes of its time: the title, the column headings, and each column as said aloud. */
export function roomsWords(mode: RoomsMode, span: RoomsSpan, language: string) {
  const locale = intlLocale(language);
  const first = new Date(span.columns[0] ?? span.from);
  if (mode === 'day') {
    return {
      title: new Intl.DateTimeFormat(locale, {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: TIME_ZONE,
      }).format(first),
      headings: span.columns.map((column) => localTime(column)),
      spoken: span.columns.map((column) => localTime(column)),
    };
  }
  const last = new Date(span.columns.at(-1) ?? span.to);
  const heading = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'numeric', timeZone: TIME_ZONE });
  return {
    title: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE }).formatRange(
      first,
      last,
    ),
    headings: span.columns.map((column) => heading.format(new Date(column))),
    spoken: span.columns.map((column) => formatLongDate(column, language)),
  };
}
