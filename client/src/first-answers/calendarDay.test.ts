import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { dayRange as displayDay } from '../display/nowNext.js';
import { TIME_ZONE } from '../shared/types.js';
import { calendarDate, dayRange, HOUSES_TIME_ZONE } from './calendarDay.js';

describe('the calendar’s day, as the page and the first answers’ script ask it', () => {
  it('uses the houses’ zone the app uses', () => {
    expect(HOUSES_TIME_ZONE).toBe(TIME_ZONE);
  });

  it('takes the address’s date, else today on the houses’ wall clock', () => {
    expect(calendarDate('2027-02-28', new Date('2027-06-01T12:00:00Z'), TIME_ZONE)).toBe('2027-02-28');
    for (const wrong of [undefined, null, '', '2027-2-28', '28.02.2027', ['2027-02-28']]) {
      expect(calendarDate(wrong, new Date('2026-12-31T22:45:00Z'), TIME_ZONE)).toBe('2026-12-31');
    }
    // 23:30 in UTC is already the next day in Leipzig, and New Year's Day at that
    expect(calendarDate(null, new Date('2026-12-31T23:30:00Z'), TIME_ZONE)).toBe('2027-01-01');
    expect(calendarDate(null, new Date('2028-02-28T23:30:00Z'), TIME_ZONE)).toBe('2028-02-29');
    expect(calendarDate(null, new Date('2027-03-27T23:30:00Z'), TIME_ZONE)).toBe('2027-03-28');
  });

  it('asks the day’s range as Luxon wrote it before, on switch days, 29 February and the year’s turn', () => {
    for (const date of ['2027-03-28', '2027-10-31', '2028-02-29', '2026-12-31', '2027-01-01', '2026-12-07']) {
      const day = DateTime.fromISO(date, { zone: TIME_ZONE }).startOf('day');
      expect(dayRange(date, TIME_ZONE)).toEqual({ from: day.toISO(), to: day.plus({ days: 1 }).toISO() });
    }
    // the spring day is 23 hours long, the autumn day 25
    expect(dayRange('2027-03-28', TIME_ZONE)).toEqual({ from: '2027-03-28T00:00:00.000+01:00', to: '2027-03-29T00:00:00.000+02:00' });
    expect(dayRange('2027-10-31', TIME_ZONE)).toEqual({ from: '2027-10-31T00:00:00.000+02:00', to: '2027-11-01T00:00:00.000+01:00' });
  });

  it('is the wall display’s day too, whatever the instant of it', () => {
    for (const instant of [
      '2027-03-28T00:30:00Z',
      '2027-10-31T01:30:00Z',
      '2026-12-31T23:30:00Z',
      '2028-02-29T12:00:00Z',
      '2026-12-07T22:45:00Z',
    ]) {
      const now = new Date(instant);
      const { from, to } = displayDay(now, TIME_ZONE);
      expect(dayRange(calendarDate(null, now, TIME_ZONE), TIME_ZONE)).toEqual({ from, to });
    }
  });
});
