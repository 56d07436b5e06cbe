import { describe, expect, it } from 'vitest';
import { checkOpeningHours, isValidOpeningHours, isValidWeek, type OpeningHours } from './opening-hours.js';

const BERLIN = 'Europe/Berlin';
const weekdays8to22: OpeningHours[] = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '22:00' }));
const allDay: OpeningHours[] = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));

describe('checkOpeningHours', () => {
  it.each([
    ['inside, summer time', '2026-06-01T06:00:00Z', '2026-06-01T08:00:00Z', true],
    ['starts exactly at opening (08:00 CEST)', '2026-06-01T06:00:00Z', '2026-06-01T07:00:00Z', true],
    ['ends exactly at closing (22:00 CEST)', '2026-06-01T19:00:00Z', '2026-06-01T20:00:00Z', true],
    ['starts before opening (07:45 CEST)', '2026-06-01T05:45:00Z', '2026-06-01T07:00:00Z', false],
    ['ends after closing (22:15 CEST)', '2026-06-01T19:00:00Z', '2026-06-01T20:15:00Z', false],
    ['winter time shifts the UTC window (08:00 CET = 07:00Z)', '2026-01-12T07:00:00Z', '2026-01-12T09:00:00Z', true],
    ['winter: 07:00Z is 08:00 CET, 06:45Z is too early', '2026-01-12T06:45:00Z', '2026-01-12T09:00:00Z', false],
    ['closed on Sunday', '2026-06-07T08:00:00Z', '2026-06-07T09:00:00Z', false],
    ['spans midnight', '2026-06-01T19:00:00Z', '2026-06-02T07:00:00Z', false],
  ])('%s', (_name, start, end, ok) => {
    expect(checkOpeningHours(new Date(start), new Date(end), weekdays8to22, BERLIN).ok).toBe(ok);
  });

  it('names the field that is outside and the hours that apply', () => {
    expect(checkOpeningHours(new Date('2026-06-01T19:00:00Z'), new Date('2026-06-01T20:30:00Z'), weekdays8to22, BERLIN)).toEqual({
      ok: false,
      field: 'end',
      opens: '08:00',
      closes: '22:00',
      spans: [{ opens: '08:00', closes: '22:00' }],
    });
    expect(checkOpeningHours(new Date('2026-06-07T08:00:00Z'), new Date('2026-06-07T09:00:00Z'), weekdays8to22, BERLIN)).toEqual({
      ok: false,
      field: 'start',
      opens: null,
      closes: null,
      spans: [],
    });
  });

  it('accepts a booking until midnight when the house is open until 24:00', () => {
    // 2026-06-01 22:00–24:00 CEST
    expect(checkOpeningHours(new Date('2026-06-01T20:00:00Z'), new Date('2026-06-01T22:00:00Z'), allDay, BERLIN).ok).toBe(true);
  });

  it('judges daylight-saving days by the wall clock', () => {
    // 29 March 2026: clocks jump from 02:00 to 03:00. 00:00–04:00 local is three real hours.
    expect(checkOpeningHours(new Date('2026-03-28T23:00:00Z'), new Date('2026-03-29T02:00:00Z'), allDay, BERLIN).ok).toBe(true);
    // 25 October 2026: clocks fall back from 03:00 to 02:00; 00:00 CEST–24:00 CET is 25 real hours, so over a day.
    expect(checkOpeningHours(new Date('2026-10-24T22:00:00Z'), new Date('2026-10-25T23:00:00Z'), allDay, BERLIN).ok).toBe(true);
  });
});

describe('several spans a day', () => {
  // Monday 09:00–13:00 and 15:00–21:00
  const split: OpeningHours[] = [
    { weekday: 1, opens: '15:00', closes: '21:00' },
    { weekday: 1, opens: '09:00', closes: '13:00' },
  ];
  it.each([
    ['inside the morning span', '09:00', '13:00', true],
    ['inside the evening span', '18:00', '20:30', true],
    ['across the lunch break', '12:00', '16:00', false],
    ['in the lunch break', '13:30', '14:30', false],
  ])('%s', (_name, from, to, ok) => {
    const at = (time: string) => new Date(`2026-06-01T${time}:00+02:00`);
    expect(checkOpeningHours(at(from), at(to), split, BERLIN).ok).toBe(ok);
  });

  it('names the span the booking starts in, or the next one, and lists the day', () => {
    const at = (time: string) => new Date(`2026-06-01T${time}:00+02:00`);
    expect(checkOpeningHours(at('12:00'), at('16:00'), split, BERLIN)).toMatchObject({ field: 'end', opens: '09:00', closes: '13:00' });
    expect(checkOpeningHours(at('13:30'), at('14:30'), split, BERLIN)).toMatchObject({
      field: 'start',
      opens: '15:00',
      closes: '21:00',
      spans: [
        { opens: '09:00', closes: '13:00' },
        { opens: '15:00', closes: '21:00' },
      ],
    });
  });

  it('accepts a week whose spans do not overlap, and refuses one whose spans do', () => {
    expect(isValidWeek(split)).toBe(true);
    expect(isValidWeek([...split, { weekday: 1, opens: '12:00', closes: '14:00' }])).toBe(false);
    expect(isValidWeek([...split, { weekday: 1, opens: '13:00', closes: '14:00' }])).toBe(false);
  });
});

describe('isValidOpeningHours', () => {
  it.each([
    [{ weekday: 1, opens: '08:00', closes: '22:00' }, true],
    [{ weekday: 7, opens: '00:00', closes: '24:00' }, true],
    [{ weekday: 0, opens: '08:00', closes: '22:00' }, false],
    [{ weekday: 1, opens: '22:00', closes: '08:00' }, false],
    [{ weekday: 1, opens: '8:00', closes: '22:00' }, false],
    [{ weekday: 1, opens: '08:00', closes: '24:30' }, false],
  ])('%j → %s', (hours, valid) => {
    expect(isValidOpeningHours(hours)).toBe(valid);
  });
});
