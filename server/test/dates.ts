import { DateTime } from 'luxon';
import { saxonPublicHolidays, type PublicHoliday } from '../src/closures/public-holidays.js';

/**
 * The one place tests take their dates from. A test never asks what today is: it either runs at a fixed
 * instant (`REFERENCE_NOW`, or one it names) or derives its dates from a stated rule here, so the suite
 * passes on a Sunday, on 24 December, on a daylight-saving switch day, at 23:30 and on 29 February alike.
 */

export const HOUSE_ZONE = 'Europe/Berlin';

/**
 * The instant the browser tests and their demo data live at: an ordinary Tuesday, 10:00 in Leipzig, in a
 * week without holidays or clock changes. Their server and every browser page run from it at real speed.
 */
export const REFERENCE_NOW = '2027-06-08T10:00:00+02:00';

/** ISO weekdays, as Luxon and the houses' opening hours count them. */
export const MONDAY = 1;
export const TUESDAY = 2;
export const WEDNESDAY = 3;
export const THURSDAY = 4;
export const FRIDAY = 5;
export const SATURDAY = 6;
export const SUNDAY = 7;

/** yyyy-mm-dd of an instant (or the date itself) in the houses' time zone; a time without offset is Leipzig's. */
export function houseDate(instant: Date | string): string {
  if (typeof instant === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(instant)) return instant;
  const parsed =
    typeof instant === 'string' ? DateTime.fromISO(instant, { zone: HOUSE_ZONE, setZone: false }) : DateTime.fromJSDate(instant);
  return parsed.setZone(HOUSE_ZONE).toISODate()!;
}

/** The instant of a wall-clock time ("18:00") on a date in the houses' time zone, as an ISO string. */
export function houseTime(date: string, time: string): string {
  const instant = DateTime.fromISO(`${date}T${time}`, { zone: HOUSE_ZONE });
  if (!instant.isValid || instant.toFormat('HH:mm') !== time) throw new Error(`${time} does not exist on ${date} in ${HOUSE_ZONE}`);
  return instant.toISO();
}

export function plusDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate()!;
}

export function weekdayOf(date: string): number {
  return DateTime.fromISO(date, { zone: 'UTC' }).weekday;
}

/** The Saxon public holiday on that date, if any. */
export function holidayOn(date: string): PublicHoliday | undefined {
  return saxonPublicHolidays(Number(date.slice(0, 4))).find((holiday) => holiday.date === date);
}

/** Whether the clock changes that day in the houses' time zone (the day is 23 or 25 hours long). */
export function isClockChangeDay(date: string): boolean {
  const start = DateTime.fromISO(date, { zone: HOUSE_ZONE });
  return start.plus({ days: 1 }).diff(start, 'hours').hours !== 24;
}

/** 24 December to 1 January: the houses may close, people travel, and a week view spans two years. */
export function isYearEnd(date: string): boolean {
  const monthDay = date.slice(5);
  return monthDay >= '12-24' || monthDay === '01-01';
}

/** Why a date is no ordinary working day for the houses, or null when it is one. */
export function unusualBecause(date: string): 'WEEKEND' | 'PUBLIC_HOLIDAY' | 'YEAR_END' | 'CLOCK_CHANGE' | null {
  if (weekdayOf(date) >= SATURDAY) return 'WEEKEND';
  if (holidayOn(date)) return 'PUBLIC_HOLIDAY';
  if (isYearEnd(date)) return 'YEAR_END';
  if (isClockChangeDay(date)) return 'CLOCK_CHANGE';
  return null;
}

/**
 * The first ordinary date on `weekday` strictly after the day of `after` (a date or an instant): not a
 * weekend, public holiday, the days from 24 December to 1 January or a clock-change day. "The next Tuesday
 * that is no holiday" — always in the future, and every house is open on it.
 */
export function nextOrdinary(weekday: number, after: Date | string): string {
  let date = plusDays(houseDate(after), 1);
  while (weekdayOf(date) !== weekday || unusualBecause(date) !== null) date = plusDays(date, 1);
  return date;
}

/**
 * Weekly dates, `count` of them, whose last is the first public holiday on a working day at least
 * `(count - 1)` weeks after the day of `after`, while every earlier date is ordinary: a weekly series that
 * meets exactly one holiday, at its end.
 */
export function weeklyRunEndingOnHoliday(after: Date | string, count: number): { dates: string[]; holiday: PublicHoliday } {
  let date = plusDays(houseDate(after), 7 * (count - 1) + 1);
  for (;;) {
    const holiday = holidayOn(date);
    if (holiday && weekdayOf(date) <= FRIDAY) {
      const dates = Array.from({ length: count }, (_, index) => plusDays(date, -7 * (count - 1 - index)));
      if (dates.slice(0, -1).every((earlier) => unusualBecause(earlier) === null && houseDate(after) < earlier)) return { dates, holiday };
    }
    date = plusDays(date, 1);
  }
}

/**
 * A clock that starts at `instant` and runs on at real speed: for an app that a browser talks to, whose
 * pages run from the same instant (`launchChromium` installs it), so timers, "now" and "today" agree.
 */
export function runningFrom(instant: string | Date): () => Date {
  const offset = new Date(instant).getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}
