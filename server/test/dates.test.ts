import { describe, expect, it } from 'vitest';
import {
  FRIDAY,
  houseDate,
  houseTime,
  MONDAY,
  nextOrdinary,
  REFERENCE_NOW,
  TUESDAY,
  unusualBecause,
  WEDNESDAY,
  weekdayOf,
  weeklyRunEndingOnHoliday,
} from './dates.js';

describe('unusualBecause: the days a calendar meets that are no ordinary working day', () => {
  it.each([
    ['2026-12-05', 'WEEKEND'], // Saturday
    ['2026-12-06', 'WEEKEND'], // Sunday
    ['2026-11-18', 'PUBLIC_HOLIDAY'], // Buß- und Bettag, a Wednesday, Saxony only
    ['2027-11-17', 'PUBLIC_HOLIDAY'], // and the next year's
    ['2027-10-29', null], // the Friday before Reformationstag
    ['2029-10-31', 'PUBLIC_HOLIDAY'], // Reformationstag on a Wednesday
    ['2027-03-26', 'PUBLIC_HOLIDAY'], // Good Friday
    ['2027-03-29', 'PUBLIC_HOLIDAY'], // Easter Monday
    ['2026-12-24', 'YEAR_END'], // a Thursday, no holiday, yet not ordinary
    ['2026-12-25', 'PUBLIC_HOLIDAY'],
    ['2026-12-28', 'YEAR_END'],
    ['2026-12-31', 'YEAR_END'],
    ['2027-01-01', 'PUBLIC_HOLIDAY'],
    ['2027-01-04', null],
    ['2026-12-23', null],
    ['2027-03-28', 'WEEKEND'], // clocks go forward, a Sunday
    ['2027-10-31', 'WEEKEND'], // clocks go back, a Sunday (and Reformationstag)
    ['2028-02-29', null], // a leap day on a Tuesday is an ordinary Tuesday
  ] as const)('%s → %s', (date, expected) => {
    expect(unusualBecause(date)).toBe(expected);
  });
});

describe('nextOrdinary: the next ordinary weekday after a date or instant', () => {
  it.each([
    // [after, weekday, expected, why]
    ['2026-12-06T12:00:00+01:00', TUESDAY, '2026-12-08', 'a Sunday in December'],
    ['2026-12-08T10:00:00+01:00', TUESDAY, '2026-12-15', 'strictly after the day itself'],
    ['2026-12-22', TUESDAY, '2027-01-05', '29 December lies in the year-end days'],
    ['2026-12-24T23:30:00+01:00', MONDAY, '2027-01-04', 'Christmas Eve at 23:30'],
    ['2026-12-31T23:59:00+01:00', FRIDAY, '2027-01-08', 'New Year’s Eve at 23:59; 1 January is a holiday'],
    ['2027-01-01T00:00:00+01:00', FRIDAY, '2027-01-08', 'New Year at midnight'],
    ['2026-11-17', WEDNESDAY, '2026-11-25', 'Buß- und Bettag is skipped'],
    ['2029-10-30', WEDNESDAY, '2029-11-07', 'Reformationstag on a Wednesday is skipped'],
    ['2027-03-27T23:30:00+01:00', MONDAY, '2027-04-05', 'Easter Monday after the spring switch'],
    ['2027-03-28T02:30:00+02:00', TUESDAY, '2027-03-30', 'the spring switch day itself'],
    ['2027-10-31T02:30:00+01:00', MONDAY, '2027-11-01', 'the autumn switch, in the repeated hour'],
    ['2028-02-28T23:59:00+01:00', TUESDAY, '2028-02-29', '29 February is an ordinary Tuesday'],
    ['2028-02-29T00:00:00+01:00', WEDNESDAY, '2028-03-01', 'the day after the leap day'],
  ] as const)('after %s, weekday %i → %s (%s)', (after, weekday, expected, _why) => {
    const next = nextOrdinary(weekday, after);
    expect(next).toBe(expected);
    expect(weekdayOf(next)).toBe(weekday);
    expect(unusualBecause(next)).toBeNull();
    expect(next > houseDate(after)).toBe(true);
  });

  it('takes the day in the houses’ zone: 23:30 UTC on a Monday is already Tuesday in Leipzig', () => {
    expect(houseDate('2027-06-07T23:30:00Z')).toBe('2027-06-08');
    expect(nextOrdinary(TUESDAY, '2027-06-07T23:30:00Z')).toBe('2027-06-15');
  });

  it('finds an ordinary day from every day of three years', () => {
    for (let day = 0; day < 3 * 366; day++) {
      const after = new Date(Date.UTC(2026, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
      for (const weekday of [MONDAY, TUESDAY, FRIDAY]) {
        const next = nextOrdinary(weekday, after);
        expect(unusualBecause(next)).toBeNull();
        // never more than the year-end days and a holiday away
        expect(Date.parse(next) - Date.parse(after)).toBeLessThanOrEqual(21 * 86_400_000);
      }
    }
  });
});

describe('houseTime: a wall-clock time in Leipzig', () => {
  it.each([
    ['2027-06-08', '10:00', '2027-06-08T10:00:00.000+02:00'],
    ['2027-01-05', '10:00', '2027-01-05T10:00:00.000+01:00'],
    ['2027-03-28', '03:00', '2027-03-28T03:00:00.000+02:00'],
    ['2028-02-29', '23:59', '2028-02-29T23:59:00.000+01:00'],
  ])('%s %s → %s', (date, time, expected) => {
    expect(houseTime(date, time)).toBe(expected);
  });

  it('refuses a time the clock skips', () => {
    expect(() => houseTime('2027-03-28', '02:30')).toThrow(/does not exist/);
  });
});

describe('weeklyRunEndingOnHoliday: a weekly series that meets one holiday, at its end', () => {
  it.each([
    ['2026-12-06', '2027-03-26'], // Christmas and New Year would each put a second holiday in the series
    ['2027-06-08', '2027-11-17'], // Buß- und Bettag; 3 and 31 October 2027 are Sundays
    ['2026-10-20', '2026-11-18'],
  ])('after %s: the series ends on %s', (after, expected) => {
    const { dates, holiday } = weeklyRunEndingOnHoliday(after, 4);
    expect(holiday.date).toBe(expected);
    expect(dates).toHaveLength(4);
    expect(dates.at(-1)).toBe(holiday.date);
    expect(unusualBecause(holiday.date)).toBe('PUBLIC_HOLIDAY');
    for (const date of dates.slice(0, -1)) {
      expect(unusualBecause(date)).toBeNull();
      expect(date > after).toBe(true);
    }
    for (let index = 1; index < dates.length; index++) expect(weekdayOf(dates[index]!)).toBe(weekdayOf(dates[0]!));
  });

  it('from a Sunday in December skips Christmas and New Year, which would both fall in the series', () => {
    const { dates, holiday } = weeklyRunEndingOnHoliday('2026-12-06', 4);
    expect(holiday.code).not.toBe('CHRISTMAS_DAY');
    expect(holiday.code).not.toBe('NEW_YEAR');
    expect(dates[0]! > '2026-12-06').toBe(true);
  });

  it('from the reference instant', () => {
    expect(houseDate(REFERENCE_NOW)).toBe('2027-06-08');
    expect(weekdayOf(houseDate(REFERENCE_NOW))).toBe(TUESDAY);
    expect(unusualBecause(houseDate(REFERENCE_NOW))).toBeNull();
  });
});
