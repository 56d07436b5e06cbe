/** Weekday names in the reader's language (ISO: Monday = 1), from Intl rather than messages. */
export function weekdayName(weekday: number, locale: string, width: 'long' | 'short' = 'long'): string {
  // 1 January 2024 was a Monday
  return new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, weekday)));
}
