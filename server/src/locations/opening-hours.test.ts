import { describe, expect, it } from 'vitest';
import { checkOpeningHours, isValidOpeningHours, type OpeningHours } from './opening-hours.js';

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
    });
    expect(checkOpeningHours(new Date('2026-06-07T08:00:00Z'), new Date('2026-06-07T09:00:00Z'), weekdays8to22, BERLIN)).toEqual({
      ok: false,
      field: 'start',
      opens: null,
      closes: null,
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
