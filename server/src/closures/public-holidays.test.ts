import { describe, expect, it } from 'vitest';
import { easterSunday, publicHolidaysBetween, saxonPublicHolidays } from './public-holidays.js';

describe("Saxony's public holidays", () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('finds Easter Sunday %i on %s', (year, date) => {
    expect(easterSunday(year).toISOString().slice(0, 10)).toBe(date);
  });

  it('lists the eleven holidays of 2026 with their dates', () => {
    expect(Object.fromEntries(saxonPublicHolidays(2026).map((holiday) => [holiday.code, holiday.date]))).toEqual({
      NEW_YEAR: '2026-01-01',
      GOOD_FRIDAY: '2026-04-03',
      EASTER_MONDAY: '2026-04-06',
      LABOUR_DAY: '2026-05-01',
      ASCENSION_DAY: '2026-05-14',
      WHIT_MONDAY: '2026-05-25',
      GERMAN_UNITY_DAY: '2026-10-03',
      REFORMATION_DAY: '2026-10-31',
      REPENTANCE_DAY: '2026-11-18',
      CHRISTMAS_DAY: '2026-12-25',
      SECOND_CHRISTMAS_DAY: '2026-12-26',
    });
  });

  it.each([
    [2023, '2023-11-22'],
    [2024, '2024-11-20'],
    [2025, '2025-11-19'],
    [2027, '2027-11-17'],
    [2028, '2028-11-22'],
  ])('puts Buß- und Bettag %i on the Wednesday before 23 November: %s', (year, date) => {
    const holiday = saxonPublicHolidays(year).find((candidate) => candidate.code === 'REPENTANCE_DAY')!;
    expect(holiday).toEqual({ code: 'REPENTANCE_DAY', name: 'Buß- und Bettag', date });
    expect(new Date(`${date}T12:00:00Z`).getUTCDay()).toBe(3);
  });

  it('finds the holidays of a span across a new year', () => {
    expect(publicHolidaysBetween('2026-12-20', '2027-01-06').map((holiday) => holiday.date)).toEqual([
      '2026-12-25',
      '2026-12-26',
      '2027-01-01',
    ]);
  });
});
