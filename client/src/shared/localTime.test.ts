import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { localDate, localTime } from './localTime.js';

// instants around what makes a calendar hard: both DST switches, New Year's Eve late at night, 29 February
const INSTANTS = [
  '2027-03-28T00:59:59Z',
  '2027-03-28T01:00:00Z',
  '2027-03-28T01:30:00+00:00',
  '2027-10-31T00:30:00Z',
  '2027-10-31T01:00:00Z',
  '2027-10-31T01:30:00Z',
  '2026-12-31T22:30:00Z',
  '2026-12-31T23:00:00Z',
  '2028-02-29T23:30:00+01:00',
  '2026-12-07T23:30:00.000+01:00',
  '2026-06-30T22:00:00Z',
];

describe('Berlin date and time of an instant, without a date library', () => {
  it('reads as Luxon read it in Europe/Berlin', () => {
    for (const iso of INSTANTS) {
      const luxon = DateTime.fromISO(iso, { zone: 'Europe/Berlin' });
      expect({ iso, date: localDate(iso), time: localTime(iso) }).toEqual({ iso, date: luxon.toISODate(), time: luxon.toFormat('HH:mm') });
    }
  });

  it('takes a date or time without offset as Berlin wall time', () => {
    expect(localDate('2027-03-28')).toBe('2027-03-28');
    expect(localDate('2027-03-28T02:30:00')).toBe('2027-03-28');
    expect(localTime('2026-12-24T23:30')).toBe('23:30');
    expect(localDate('no date')).toBe('');
  });
});
