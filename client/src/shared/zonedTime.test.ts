import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isoDate, isoInZone, plusDays, startOfWallDay, wallClock, wallDaysBetween, wallParts, wallTimeToInstant } from './zonedTime.js';

const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata'];
// both switch days in Leipzig (2027-03-28 02:00 → 03:00, 2027-10-31 03:00 → 02:00), New Year's Eve, 29 February, 23:30
const INSTANTS = [
  '2027-03-27T23:30:00Z',
  '2027-03-28T00:59:59Z',
  '2027-03-28T01:00:00Z',
  '2027-03-28T22:30:00Z',
  '2027-10-30T23:30:00Z',
  '2027-10-31T00:30:00Z',
  '2027-10-31T01:30:00Z',
  '2027-10-31T02:30:00Z',
  '2026-12-31T22:59:59.999Z',
  '2026-12-31T23:00:00Z',
  '2028-02-29T11:45:00Z',
  '2026-06-01T21:59:00Z',
];

describe('the wall clock through Intl, read as Luxon reads it', () => {
  it.each(ZONES)('%s: the day, its start, the clock, ISO with offset', (zone) => {
    for (const iso of INSTANTS) {
      const instant = Date.parse(iso);
      const luxon = DateTime.fromMillis(instant, { zone });
      const wall = wallParts(instant, zone);
      expect({ iso, day: isoDate(wall), weekday: wall.weekday }).toEqual({ iso, day: luxon.toISODate(), weekday: luxon.weekday });
      expect({ iso, start: startOfWallDay(instant, zone) }).toEqual({ iso, start: luxon.startOf('day').toMillis() });
      expect({ iso, clock: wallClock(instant, zone) }).toEqual({ iso, clock: luxon.toFormat('HH:mm') });
      expect({ iso, text: isoInZone(instant, zone) }).toEqual({ iso, text: luxon.toISO() });
      const tomorrow = plusDays(wall, 1);
      expect({ iso, next: wallTimeToInstant(tomorrow, 0, zone) }).toEqual({ iso, next: luxon.startOf('day').plus({ days: 1 }).toMillis() });
    }
  });

  it.each(ZONES)('%s: a wall time of the switch days as an instant, as Luxon sets it', (zone) => {
    for (const date of ['2027-03-28', '2027-10-31', '2027-03-14', '2027-11-07', '2028-02-29']) {
      const [year, month, day] = date.split('-').map(Number) as [number, number, number];
      for (const minutes of [0, 90, 150, 180, 9 * 60, 23 * 60 + 30]) {
        const luxon = DateTime.fromISO(date, { zone }).set({ hour: Math.floor(minutes / 60), minute: minutes % 60 });
        expect({ date, minutes, at: wallTimeToInstant({ year, month, day }, minutes, zone) }).toEqual({
          date,
          minutes,
          at: luxon.toMillis(),
        });
      }
    }
  });

  it('counts calendar days between wall days, whatever their length', () => {
    expect(wallDaysBetween(Date.parse('2027-03-27T12:00:00Z'), Date.parse('2027-03-29T00:30:00Z'), 'Europe/Berlin')).toBe(2);
    expect(wallDaysBetween(Date.parse('2027-03-28T21:59:00Z'), Date.parse('2027-03-28T22:00:00Z'), 'Europe/Berlin')).toBe(1);
    expect(wallDaysBetween(Date.parse('2027-01-01T00:00:00Z'), Date.parse('2026-12-31T12:00:00Z'), 'Europe/Berlin')).toBe(-1);
  });
});
