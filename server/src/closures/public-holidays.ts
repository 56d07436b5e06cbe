/**
 * Saxony's public holidays (the centre is in Leipzig), computed per year: fixed dates, the ones that follow
 * Easter, Reformationstag and Buß- und Bettag. The API sends each holiday's code; the client words it in
 * the reader's language. The official German name is data, shown where the code has no wording.
 */
export const PUBLIC_HOLIDAYS = [
  'NEW_YEAR',
  'GOOD_FRIDAY',
  'EASTER_MONDAY',
  'LABOUR_DAY',
  'ASCENSION_DAY',
  'WHIT_MONDAY',
  'GERMAN_UNITY_DAY',
  'REFORMATION_DAY',
  'REPENTANCE_DAY',
  'CHRISTMAS_DAY',
  'SECOND_CHRISTMAS_DAY',
] as const;
export type PublicHolidayCode = (typeof PUBLIC_HOLIDAYS)[number];

export interface PublicHoliday {
  code: PublicHolidayCode;
  /** The official name in Saxony's law. */
  name: string;
  /** yyyy-mm-dd */
  date: string;
}

const OFFICIAL_NAMES: Record<PublicHolidayCode, string> = {
  NEW_YEAR: 'Neujahr',
  GOOD_FRIDAY: 'Karfreitag',
  EASTER_MONDAY: 'Ostermontag',
  LABOUR_DAY: 'Tag der Arbeit',
  ASCENSION_DAY: 'Christi Himmelfahrt',
  WHIT_MONDAY: 'Pfingstmontag',
  GERMAN_UNITY_DAY: 'Tag der Deutschen Einheit',
  REFORMATION_DAY: 'Reformationstag',
  REPENTANCE_DAY: 'Buß- und Bettag',
  CHRISTMAS_DAY: '1. Weihnachtstag',
  SECOND_CHRISTMAS_DAY: '2. Weihnachtstag',
};

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm), as a UTC date. */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const plusDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

/** Buß- und Bettag: the last Wednesday before 23 November. */
function repentanceDay(year: number): Date {
  const november22 = new Date(Date.UTC(year, 10, 22));
  const daysSinceWednesday = (november22.getUTCDay() - 3 + 7) % 7;
  return plusDays(november22, -daysSinceWednesday);
}

export function saxonPublicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const dates: Record<PublicHolidayCode, Date> = {
    NEW_YEAR: new Date(Date.UTC(year, 0, 1)),
    GOOD_FRIDAY: plusDays(easter, -2),
    EASTER_MONDAY: plusDays(easter, 1),
    LABOUR_DAY: new Date(Date.UTC(year, 4, 1)),
    ASCENSION_DAY: plusDays(easter, 39),
    WHIT_MONDAY: plusDays(easter, 50),
    GERMAN_UNITY_DAY: new Date(Date.UTC(year, 9, 3)),
    REFORMATION_DAY: new Date(Date.UTC(year, 9, 31)),
    REPENTANCE_DAY: repentanceDay(year),
    CHRISTMAS_DAY: new Date(Date.UTC(year, 11, 25)),
    SECOND_CHRISTMAS_DAY: new Date(Date.UTC(year, 11, 26)),
  };
  return PUBLIC_HOLIDAYS.map((code) => ({ code, name: OFFICIAL_NAMES[code], date: isoDate(dates[code]) })).sort((x, y) =>
    x.date.localeCompare(y.date),
  );
}

/** The holidays whose date lies in [fromDate, toDate] (yyyy-mm-dd, inclusive). */
export function publicHolidaysBetween(fromDate: string, toDate: string): PublicHoliday[] {
  const holidays: PublicHoliday[] = [];
  for (let year = Number(fromDate.slice(0, 4)); year <= Number(toDate.slice(0, 4)); year++)
    holidays.push(...saxonPublicHolidays(year).filter((holiday) => holiday.date >= fromDate && holiday.date <= toDate));
  return holidays;
}
